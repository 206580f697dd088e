// The search page: query, suggestions, facets, highlighted passages, sort and paging, all kept in
// the URL so that a search can be shared as a link.
import { api, apiUrl, el, fill, marked, params, dateText, paperHref, showError, followButton } from './koers.js';

const FACETS = [
  ['kind', 'Kind'], ['year', 'Year'], ['author', 'Author'], ['entity', 'Entity'], ['topic', 'Topic'], ['dossier', 'Dossier'],
];
const FILTERS = ['kind', 'year', 'author', 'entity', 'topic', 'dossier', 'from', 'to'];
const LIMIT = 10;
const FACET_SHOWN = 12;
const expanded = new Set();

const form = document.getElementById('search-form');
const q = document.getElementById('q');
const sort = document.getElementById('sort');
const list = document.getElementById('suggestions');

function state() {
  const p = params();
  return { ...p, page: Number(p.page || 1) };
}

function go(next, replace) {
  const s = new URLSearchParams();
  for (const [k, v] of Object.entries(next)) if (v && !(k === 'page' && Number(v) === 1) && !(k === 'sort' && v === 'relevance')) s.set(k, v);
  const url = '/?' + s.toString();
  if (replace) history.replaceState(null, '', url); else history.pushState(null, '', url);
  render();
}

/** Follow this search: its words and the filters a watch keeps (a dossier search is a dossier's page). */
function follow(s) {
  const spec = { query: s.q && s.q !== '*' ? s.q : null, kind: s.kind, dossier: s.dossier, entity: s.entity, topic: s.topic, member: s.author };
  if (!spec.query && !spec.dossier && !spec.entity && !spec.topic && !spec.member) return null;
  return followButton(spec, spec.query || spec.dossier || spec.entity || spec.topic || spec.member);
}

async function render() {
  const s = state();
  q.value = s.q && s.q !== '*' ? s.q : '';
  sort.value = s.sort || 'relevance';
  const hits = document.getElementById('hits');
  const count = document.getElementById('result-count');
  const hasFilter = FILTERS.some((f) => s[f]);
  if (s.like) {
    renderSimilar(s, hits, count);
    return;
  }
  if (!s.q && !hasFilter) {
    fill(hits);
    fill(document.getElementById('pages'));
    fill(document.getElementById('chips'));
    try {
      const stats = await api('stats');
      fill(count, `${stats.papers} papers, ${stats.passages} passages indexed. Type words, "a phrase", AND/OR/NOT or prefix*; or browse with the filters.`);
      renderFacets({ kind: stats.kinds, year: stats.years, dossier: stats.dossiers }, {}, s);
    } catch (e) { showError(count, e); }
    return;
  }
  document.title = (s.q || 'Browse') + ' — Koers';
  try {
    const r = await api('search', {
      q: s.q || '*', sort: s.sort, page: s.page, limit: LIMIT,
      kind: s.kind, year: s.year, author: s.author, entity: s.entity, topic: s.topic, dossier: s.dossier, from: s.from, to: s.to,
      facet_limit: 0,
    });
    const res = r.results;
    const query = { q: s.q || '*', sort: s.sort, kind: s.kind, year: s.year, author: s.author, entity: s.entity, topic: s.topic, dossier: s.dossier, from: s.from, to: s.to };
    fill(count, `${res.totalPapers} paper${res.totalPapers === 1 ? '' : 's'} (${res.tookMillis} ms) · `,
      el('a', { href: apiUrl('search', { ...query, limit: 100, facets: false, format: 'csv' }), download: 'koers-search.csv' }, 'CSV of the first 100'),
      howRead(res, s), follow(s));
    fill(hits, res.hits.map((h) => el('li', {},
      el('h3', {}, el('a', { href: paperHref(h.id) + '#at-' + h.passageBegin, class: 'hit-title' }, h.title || h.id)),
      el('div', { class: 'meta' },
        el('span', {}, h.id), dateText(h.date, h.dateInferred), h.kind ? el('span', {}, h.kind) : null,
        h.dossier ? el('span', {}, 'dossier ' + h.dossier) : null,
        h.matchingPassages ? el('span', {}, `${h.matchingPassages} matching passage${h.matchingPassages === 1 ? '' : 's'}`) : null),
      el('p', { class: 'passage' }, marked(h.highlight)))));
    renderChips(s, r);
    renderFacets(res.facets, r, s);
    renderPages(s, r.pages);
  } catch (e) {
    showError(count, e);
    fill(hits);
  }
}

// How the query was read: as English, expanded with synonyms, retried as words; what to try instead.
function howRead(res, s) {
  const lines = [];
  if (res.notice) lines.push(el('span', { class: 'notice' }, 'Note: ' + res.notice + '.'));
  if (res.english) lines.push(el('span', {}, 'Read as English; Dutch translations added.'));
  if (res.expandedTo && res.expandedTo.length) lines.push(el('span', { class: 'expanded' }, 'Also searched: ' + res.expandedTo.join('; ')));
  for (const sugg of res.suggestions || []) {
    const m = /^did you mean (.+?)(?: \(entity:(.+)\))?$/.exec(sugg);
    if (m && m[2]) lines.push(el('a', { href: '#', onclick: (ev) => { ev.preventDefault(); go({ ...s, q: '*', entity: m[2], page: 1 }); } }, `Did you mean ${m[1]}?`));
    else if (m) lines.push(el('a', { href: '#', onclick: (ev) => { ev.preventDefault(); go({ ...s, q: m[1], page: 1 }); } }, `Did you mean ${m[1]}?`));
    else lines.push(el('span', {}, sugg));
  }
  return lines.length ? el('span', { class: 'how-read' }, ...lines.flatMap((l) => [el('br'), l])) : null;
}

async function renderSimilar(s, hits, count) {
  document.title = 'Papers like ' + s.like + ' — Koers';
  fill(document.getElementById('facets'));
  fill(document.getElementById('pages'));
  fill(document.getElementById('chips'), el('span', { class: 'chip' }, 'like: ' + s.like,
    el('button', { type: 'button', 'aria-label': 'remove more like this', onclick: () => go({ q: s.q, page: 1 }) }, '×')));
  try {
    const similar = await api('similar', { id: s.like, limit: LIMIT });
    fill(count, `${similar.length} paper${similar.length === 1 ? '' : 's'} like ${s.like}`);
    fill(hits, similar.map((h) => el('li', {},
      el('h3', {}, el('a', { href: paperHref(h.id), class: 'hit-title' }, h.title || h.id)),
      el('div', { class: 'meta' }, el('span', {}, h.id), dateText(h.date, h.dateInferred), h.kind ? el('span', {}, h.kind) : null))));
  } catch (e) { showError(count, e); fill(hits); }
}

function label(field, value, r) {
  if (field === 'entity') return (r.entityLabels || {})[value] || value;
  if (field === 'topic') return (r.topicLabels || {})[value] || value;
  return value;
}

function renderChips(s, r) {
  const chips = FILTERS.filter((f) => s[f]).map((f) => el('span', { class: 'chip' },
    `${f}: ${label(f, s[f], r)}`,
    el('button', { type: 'button', 'aria-label': `remove filter ${f}`, onclick: () => go({ ...s, [f]: '', page: 1 }) }, '×')));
  fill(document.getElementById('chips'), chips);
}

function renderFacets(facets, r, s) {
  const aside = document.getElementById('facets');
  fill(aside, FACETS.filter(([f]) => facets && facets[f] && Object.keys(facets[f]).length).map(([f, title]) => {
    let entries = Object.entries(facets[f]);
    if (f === 'year') entries.sort((a, b) => b[0].localeCompare(a[0]));
    const all = expanded.has(f);
    const more = entries.length > FACET_SHOWN
      ? el('button', { type: 'button', class: 'more', 'aria-expanded': String(all), onclick: () => { if (all) expanded.delete(f); else expanded.add(f); renderFacets(facets, r, s); } },
        all ? 'fewer' : `more… (${entries.length - FACET_SHOWN})`)
      : null;
    return [el('h2', {}, title), el('ul', {}, (all ? entries : entries.slice(0, FACET_SHOWN)).map(([value, n]) => el('li', {},
      el('a', {
        href: '#', 'aria-current': s[f] === value ? 'true' : null, dataset: { facet: f, value },
        onclick: (ev) => { ev.preventDefault(); go({ ...s, q: s.q || '*', [f]: s[f] === value ? '' : value, page: 1 }); },
      }, el('span', {}, label(f, value, r)), el('span', { class: 'muted' }, String(n)))))), more];
  }));
}

function renderPages(s, pages) {
  const nav = document.getElementById('pages');
  if (pages <= 1) { fill(nav); return; }
  const items = [];
  const link = (p, text) => el('a', { href: '#', 'aria-label': `page ${p}`, onclick: (ev) => { ev.preventDefault(); go({ ...s, page: p }); window.scrollTo(0, 0); } }, text);
  if (s.page > 1) items.push(link(s.page - 1, '‹ previous'));
  for (let p = Math.max(1, s.page - 3); p <= Math.min(pages, s.page + 3); p++) {
    items.push(p === s.page ? el('span', { 'aria-current': 'page' }, String(p)) : link(p, String(p)));
  }
  if (s.page < pages) items.push(link(s.page + 1, 'next ›'));
  fill(nav, items);
}

// Suggestions: entities, topics and dossiers that start with what was typed.
let active = -1;
let timer;
let options = [];
function closeSuggestions() { list.hidden = true; q.setAttribute('aria-expanded', 'false'); active = -1; q.removeAttribute('aria-activedescendant'); }
function choose(o) {
  closeSuggestions();
  if (o.kind === 'entity') go({ ...state(), q: state().q || '*', entity: o.id, page: 1 });
  else if (o.kind === 'topic') go({ ...state(), q: state().q || '*', topic: o.id, page: 1 });
  else go({ ...state(), q: state().q || '*', dossier: o.id, page: 1 });
  q.value = state().q && state().q !== '*' ? state().q : '';
}
q.addEventListener('input', () => {
  clearTimeout(timer);
  const typed = q.value.trim();
  if (typed.length < 2) { closeSuggestions(); return; }
  timer = setTimeout(async () => {
    try { options = await api('suggest', { q: typed }); } catch { options = []; }
    fill(list, options.map((o, i) => el('li', { id: 'sugg-' + i, role: 'option', 'aria-selected': 'false', onmousedown: (ev) => { ev.preventDefault(); choose(o); } },
      el('span', {}, o.label), el('span', { class: 'muted' }, `${o.kind} · ${o.papers}`))));
    list.hidden = options.length === 0;
    q.setAttribute('aria-expanded', String(options.length > 0));
  }, 150);
});
q.addEventListener('keydown', (ev) => {
  if (list.hidden) return;
  if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
    ev.preventDefault();
    active = (active + (ev.key === 'ArrowDown' ? 1 : -1) + options.length) % options.length;
    [...list.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === active)));
    q.setAttribute('aria-activedescendant', 'sugg-' + active);
  } else if (ev.key === 'Enter' && active >= 0) {
    ev.preventDefault();
    choose(options[active]);
  } else if (ev.key === 'Escape') {
    closeSuggestions();
  }
});
q.addEventListener('blur', () => setTimeout(closeSuggestions, 100));

form.addEventListener('submit', (ev) => {
  ev.preventDefault();
  closeSuggestions();
  const s = state();
  go({ ...s, q: q.value.trim() || (FILTERS.some((f) => s[f]) ? '*' : ''), sort: sort.value, page: 1 });
});
sort.addEventListener('change', () => { if (state().q) go({ ...state(), sort: sort.value, page: 1 }); });
window.addEventListener('popstate', render);
render();
