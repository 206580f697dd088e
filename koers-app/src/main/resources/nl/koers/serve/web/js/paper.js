// The paper page: a metadata card, the cleaned text with every annotation as a typed highlight
// (toggled from the legend), references that click through, and what cites the paper.
import { api, el, fill, params, dateText, paperHref, entityHref, topicHref, graphHref, showError, stance, followButton } from './koers.js';

const LEGEND = [
  ['entity', 'Entities', 'var(--entity)'],
  ['kamerstuk_ref', 'References', 'var(--ref)'],
  ['motion', 'Motions', 'var(--motion)'],
  ['request', 'Requests', 'var(--request)'],
  ['figure', 'Figures', 'var(--figure)'],
  ['commitment', 'Commitments', 'var(--commitment)'],
  ['stance', 'Stance cues', '#86efac'],
  ['signatory', 'Signatories, meetings, dates', 'var(--meeting)'],
];
const SHOWN = new Set(['entity', 'kamerstuk_ref', 'other_ref', 'motion', 'request', 'figure', 'commitment', 'stance', 'signatory', 'meeting', 'date']);
const PASSAGES = new Set(['heading', 'paragraph', 'numbered_point', 'table', 'footnote', 'page_footer']);
const root = document.getElementById('paper');
const id = params().id;

async function main() {
  if (!id) { fill(root, el('p', {}, 'No paper given. ', el('a', { href: '/' }, 'Search'), ' for one.')); return; }
  // the references come first: they also tell a cited paper that is not indexed
  const refs = await api('refs/' + encodeURIComponent(id)).catch(() => null);
  if (refs && refs.paper.type === 'placeholder') return placeholder(refs);
  let detail;
  try {
    detail = await api('documents/' + encodeURIComponent(id));
  } catch (e) {
    return showError(root, e);
  }
  render(detail, refs);
  if (location.hash) document.getElementById(location.hash.slice(1))?.scrollIntoView();
}

function placeholder(r) {
  document.title = id + ' — Koers';
  fill(root,
    el('h1', {}, id),
    el('p', { class: 'card' }, 'This paper is not in the index: Koers knows it because other papers refer to it.'),
    refList('Cited or reported on by', r.in.map((e) => e.from), r.nodes));
}

function render(detail, refs) {
  const d = detail.document;
  const f = d.facts;
  document.title = detail.title + ' — Koers';
  const article = el('article', { class: 'paper', id: 'text', 'aria-label': 'Text of the paper' }, segments(d, detail));
  const legend = el('fieldset', { class: 'legend' }, el('legend', {}, 'Highlight'),
    LEGEND.map(([type, text, colour]) => el('label', {},
      el('input', { type: 'checkbox', checked: true, dataset: { type }, onchange: (ev) => article.classList.toggle('hide-' + type, !ev.target.checked) }),
      el('span', { class: 'swatch', 'aria-hidden': 'true', style: null, dataset: { colour } }), text)));
  // colours are set through the CSSOM: style attributes in markup would need 'unsafe-inline'
  legend.querySelectorAll('.swatch').forEach((s) => { s.style.background = s.dataset.colour; });
  fill(root,
    el('h1', {}, detail.title),
    followButton({ paper: d.id }, 'cites-' + d.id),
    card(d, f, detail),
    legend,
    el('div', { class: 'two' }, article, side(d, detail, refs)));
}

function row(term, ...value) {
  const v = value.flat().filter((x) => x !== null && x !== undefined && x !== '');
  return v.length ? [el('dt', {}, term), el('dd', {}, v)] : [];
}

function card(d, f, detail) {
  const joined = (xs) => xs.flatMap((x, i) => (i ? [', ', x] : [x]));
  return el('section', { class: 'card', 'aria-label': 'About this paper' }, el('dl', {},
    row('Id', d.id),
    row('Kind', f.kind),
    row('Dossier', f.dossier ? el('a', { href: graphHref({ dossier: f.dossier }) }, f.dossier) : null, f.dossierTitle ? ' — ' + f.dossierTitle : null),
    row('Number', f.number),
    row('Date', dateText(detail.date.date, detail.date.inferred)),
    row('Author', f.authorRole),
    row('Signed by', el('span', { class: 'signatories' }, f.signatories.join(', '))),
    row('To', f.addressee),
    row('Meetings', joined(f.meetings.map((m) => `${m.body} ${m.date || ''}`.trim()))),
    row('Motions', joined(f.motions.map((m) => `${m.member ? 'motie ' + m.member : 'motie'}${m.kst ? ' (' + m.kst + ')' : ''}`))),
    row('Answers', joined(f.requests.map((r) => `request of ${r.member}${r.party ? ' (' + r.party + ')' : ''}${r.date ? ' of ' + r.date : ''}`))),
    kamerRows(detail.kamer),
    row('Official', (detail.links || []).flatMap((l, i) => [i ? ' · ' : null, el('a', { href: l.url, class: 'official', rel: 'noopener noreferrer' }, l.site)])),
    row('Source differs', disagreements(d)),
    row('Source', d.format, ' · ', detail.original ? el('a', { href: detail.original }, 'original file') : 'original file not available',
      ' · ', el('a', { href: '/?like=' + encodeURIComponent(d.id), class: 'more-like-this' }, 'more like this')),
    row('Notes', d.notes.join(' · '))));
}

/** How a vote reads: Aangenomen (88 for: …; 31 against: …). */
function vote(v) {
  return `${v.decision || 'voted'} (${v.seatsFor} for${v.partiesFor.length ? ': ' + v.partiesFor.join(', ') : ''}; ` +
    `${v.seatsAgainst} against${v.partiesAgainst.length ? ': ' + v.partiesAgainst.join(', ') : ''})`;
}

function kamerRows(k) {
  if (!k) return [];
  const p = k.paper;
  return [
    p ? row('Kamer record', [p.documentNumber, p.documentKind ? `(${p.documentKind})` : null, p.caseNumber ? `zaak ${p.caseNumber}` : null].filter(Boolean).join(' ')) : [],
    p && p.vote ? row('Vote', el('span', { class: 'vote' }, vote(p.vote))) : [],
    Object.keys(k.motionVotes).length ? row('Motion votes', el('ul', {}, Object.entries(k.motionVotes).map(([kst, v]) =>
      el('li', {}, el('a', { href: paperHref(kst) }, kst), ': ', el('span', { class: 'vote' }, vote(v)))))) : [],
    Object.keys(k.toezeggingen).length ? row('Toezeggingen', Object.values(k.toezeggingen).map((c) => `${c.number} ${c.status}${c.dueDate ? ', due ' + c.dueDate.slice(0, 10) : ''}`).join('; ')) : [],
  ];
}

/** Where the source's metadata and the text disagree (the source wins; both are shown). */
function disagreements(d) {
  const t = d.textFacts;
  if (!t) return null;
  const out = [];
  for (const field of ['id', 'dossier', 'number', 'date', 'kind', 'authorRole']) {
    if (t[field] && d.facts[field] && t[field] !== d.facts[field]) out.push(`${field}: the text says ${t[field]}`);
  }
  return out.length ? out.join('; ') : null;
}

function segments(d, detail) {
  const text = d.text;
  const anns = d.annotations.filter((a) => SHOWN.has(a.type));
  const refs = d.segments.filter((s) => s.type === 'footnote_ref');
  const placed = new Set();
  const segs = d.segments.filter((s) => PASSAGES.has(s.type)).sort((a, b) => a.span.begin - b.span.begin || b.span.end - a.span.end);
  const out = [];
  let end = -1;
  for (const s of segs) {
    if (s.span.begin < end) continue;
    end = s.span.end;
    const tag = s.type === 'heading' ? 'h2' : s.type === 'footnote' || s.type === 'page_footer' ? 'aside' : 'p';
    const inside = anns.filter((a) => a.span.begin < s.span.end && a.span.end > s.span.begin);
    const marks = refs.filter((r) => !placed.has(r) && r.span.begin >= s.span.begin && r.span.begin <= s.span.end);
    marks.forEach((m) => placed.add(m));
    const seg = el(tag, { class: 'seg seg-' + s.type, id: 'at-' + s.span.begin }, pieces(text, s.span.begin, s.span.end, inside, detail, marks));
    if (s.type === 'footnote' && s.label) {
      // the note links back to where it is referred to, and can be reached from there
      seg.id = 'fn-' + s.label;
      if (refs.some((r) => r.label === s.label)) seg.append(' ', el('a', { href: '#fnref-' + s.label, 'aria-label': 'back to the text' }, '↩'));
    }
    out.push(seg);
  }
  return out;
}

/** Cuts a passage at every annotation boundary and wraps each piece in its annotations. */
function pieces(text, begin, end, anns, detail, marks = []) {
  const cuts = new Set([begin, end]);
  for (const m of marks) cuts.add(m.span.begin);
  const footnoteMark = (at) => marks.filter((m) => m.span.begin === at).map((m) =>
    el('sup', {}, el('a', { href: '#fn-' + m.label, id: 'fnref-' + m.label, class: 'footnote-ref', 'aria-label': 'footnote ' + m.label }, m.label)));
  for (const a of anns) { cuts.add(Math.max(begin, a.span.begin)); cuts.add(Math.min(end, a.span.end)); }
  const points = [...cuts].sort((x, y) => x - y);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    out.push(...footnoteMark(a));
    if (a === b) continue;
    const active = anns.filter((x) => x.span.begin <= a && x.span.end >= b)
      .sort((x, y) => (x.span.end - x.span.begin) - (y.span.end - y.span.begin));
    let node = document.createTextNode(text.slice(a, b));
    let linked = false;
    for (const ann of active) {
      const href = linked ? null : link(ann);
      if (href) linked = true;
      node = el(href ? 'a' : 'span', {
        href, class: 'ann ' + cls(ann), title: tip(ann, detail), dataset: { type: ann.type, value: ann.value },
      }, node);
    }
    out.push(node);
  }
  if (points.length > 1) out.push(...footnoteMark(end));
  return out;
}

function cls(a) {
  if (a.type === 'stance') return Number(a.value) >= 0 ? 'ann-stance-pos' : 'ann-stance-neg';
  return 'ann-' + a.type;
}

function link(a) {
  if (a.type === 'kamerstuk_ref') return paperHref(a.value);
  if (a.type === 'motion' && a.attributes.kst) return paperHref(a.attributes.kst);
  if (a.type === 'entity') return entityHref(a.value);
  return null;
}

function tip(a, detail) {
  switch (a.type) {
    case 'entity': return `${detail.entityLabels[a.value] || a.value} (${a.attributes.type || 'entity'})`;
    case 'kamerstuk_ref': return 'reference to ' + a.value;
    case 'motion': return `motion${a.value ? ' of ' + a.value : ''}${a.attributes.kst ? ' — ' + a.attributes.kst : ''}`;
    case 'request': return `request of ${a.value}${a.attributes.date ? ' of ' + a.attributes.date : ''}`;
    case 'figure': return `figure: ${a.value} ${a.attributes.unit || ''}${a.attributes.measure ? ' (' + a.attributes.measure + ')' : ''}`;
    case 'commitment': {
      const tz = detail.kamer && detail.kamer.toezeggingen[a.span.begin];
      return `commitment (${a.attributes.kind || ''}) by ${a.attributes.actor || 'the government'}` +
        (tz ? ` — toezegging ${tz.number}: ${tz.status}` : '');
    }
    case 'stance': return `stance ${stance(Number(a.value))} — ${a.attributes.label || ''}: ${a.attributes.cues || ''}`;
    default: return `${a.type.replace('_', ' ')}: ${a.value}`;
  }
}

function refList(title, ids, nodes) {
  if (!ids.length) return null;
  return el('section', { class: 'refs' }, el('h2', {}, title), el('ul', {}, [...new Set(ids)].map((x) => {
    const n = nodes[x] || { id: x, type: 'placeholder' };
    return el('li', {}, n.type === 'request' ? n.title : el('a', { href: paperHref(x) }, x),
      n.type === 'paper' && n.title ? el('div', { class: 'muted' }, n.title) : null,
      n.type === 'placeholder' ? el('span', { class: 'muted' }, ' (not indexed)') : null);
  })));
}

function side(d, detail, refs) {
  const counts = new Map();
  for (const a of d.annotations) if (a.type === 'entity') counts.set(a.value, (counts.get(a.value) || 0) + 1);
  const entities = [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 15);
  const topics = Object.entries(detail.topicLabels);
  return el('aside', { 'aria-label': 'Related' },
    refs ? [
      refList('Cites', refs.out.filter((e) => e.type === 'cites').map((e) => e.to), refs.nodes),
      refList('Motions reported on', refs.out.filter((e) => e.type === 'reports-on').map((e) => e.to), refs.nodes),
      refList('Cited by', refs.in.filter((e) => e.type === 'cites').map((e) => e.from), refs.nodes),
      refList('Answers', refs.in.filter((e) => e.type === 'answered-by').map((e) => e.from), refs.nodes),
    ] : null,
    topics.length ? [el('h2', {}, 'Topics'), el('ul', {}, topics.map(([t, label]) => el('li', {}, el('a', { href: topicHref(t) }, label))))] : null,
    entities.length ? [el('h2', {}, 'Entities'), el('ul', {}, entities.map(([e, n]) => el('li', {}, el('a', { href: entityHref(e) }, detail.entityLabels[e] || e), el('span', { class: 'muted' }, ` ×${n}`))))] : null,
    el('h2', {}, 'More'),
    el('ul', {},
      el('li', {}, el('a', { href: graphHref({ around: d.id }) }, 'Citation graph around this paper')),
      el('li', {}, el('a', { href: '/figures.html?paper=' + encodeURIComponent(d.id) }, 'Figures in this paper')),
      el('li', {}, el('a', { href: '/commitments.html?paper=' + encodeURIComponent(d.id) }, 'Commitments in this paper'))));
}

main();
