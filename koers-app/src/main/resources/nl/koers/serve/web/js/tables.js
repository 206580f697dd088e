// Figures and commitments as tables: filters kept in the URL, a word filter on the rows, paging,
// and a CSV download of exactly what is filtered.
import { api, apiUrl, el, fill, params, dateText, paperHref, showError, table } from './koers.js';

const target = document.getElementById('table');
const which = target.dataset.table;
const p = params();
const FILTERS = [['entity', 'Entity (id, QID or label)'], ['topic', 'Topic'], ['kind', 'Paper kind'], ['paper', 'Paper id'], ['from', 'From'], ['to', 'To']];
const PAGE = 100;

const COLUMNS = {
  figures: [
    { label: 'Date', render: (r) => dateText(r.date, r.dateInferred) },
    // the value for people ("€ 474,3 mln", "5% van het bbp"); the CSV keeps the plain decimal
    { label: 'Value', key: 'display' }, { label: 'As written', key: 'text' },
    { label: 'Year', key: 'year' }, { label: 'Measure', key: 'measure' }, { label: 'Quote', key: 'quote' },
    { label: 'Paper', render: (r) => el('a', { href: paperHref(r.paper) }, r.paper) }],
  commitments: [
    { label: 'Date', render: (r) => dateText(r.date, r.dateInferred) },
    { label: 'Kind', key: 'kind' }, { label: 'Actor', key: 'actor' },
    { label: 'Action', render: (r) => (r.conditional ? '(if) ' : '') + r.action }, { label: 'Due', key: 'due' },
    { label: 'Sentence', key: 'sentence' },
    { label: 'Paper', render: (r) => el('a', { href: paperHref(r.paper) }, r.paper) }],
};

async function main() {
  const filter = Object.fromEntries(FILTERS.map(([k]) => [k, p[k]]).filter(([, v]) => v));
  const form = el('form', { class: 'filters', method: 'get' },
    FILTERS.map(([k, label]) => el('div', {}, el('label', { for: 'f-' + k }, label),
      el('input', { id: 'f-' + k, name: k, type: k === 'from' || k === 'to' ? 'date' : 'text', value: p[k] || '' }))),
    el('button', { class: 'primary', type: 'submit' }, 'Filter'));
  const words = el('input', { id: 'f-words', type: 'search', placeholder: 'words in the sentence' });
  let data;
  try { data = await api(which, filter); } catch (e) { fill(target, form); target.append(el('div', {}, '')); return showError(target.lastChild, e); }
  let page = 0;
  const body = el('div', { class: 'table-wrap' });
  const status = el('p', { class: 'muted', 'aria-live': 'polite' });
  const pager = el('nav', { class: 'pages', 'aria-label': 'Table pages' });
  const draw = () => {
    const w = words.value.trim().toLowerCase();
    const rows = w ? data.items.filter((r) => (r.sentence || r.quote || '').toLowerCase().includes(w)) : data.items;
    const pages = Math.max(1, Math.ceil(rows.length / PAGE));
    page = Math.min(page, pages - 1);
    fill(status, `${rows.length} ${which}${w ? ' with “' + w + '”' : ''}`);
    fill(body, table(rows.slice(page * PAGE, (page + 1) * PAGE), COLUMNS[which]));
    fill(pager, pages > 1 ? Array.from({ length: pages }, (_, i) => i === page
      ? el('span', { 'aria-current': 'page' }, String(i + 1))
      : el('a', { href: '#', onclick: (ev) => { ev.preventDefault(); page = i; draw(); } }, String(i + 1))) : []);
  };
  words.addEventListener('input', () => { page = 0; draw(); });
  fill(target, form,
    el('div', { class: 'toolbar' }, el('label', { for: 'f-words' }, 'Rows with'), words,
      el('a', { href: apiUrl(which, { ...filter, format: 'csv' }), download: which + '.csv' }, 'Download CSV'),
      el('a', { href: apiUrl(which, { ...filter, format: 'jsonl' }) }, 'JSON Lines')),
    status, body, pager);
  draw();
}

main();
