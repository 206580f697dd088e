// Shared helpers of the Koers pages. Paper text is untrusted: everything is built with
// createElement and textContent, never innerHTML, so nothing in a paper can run as code.

const NAV = [
  ['/', 'Search'], ['/entity.html', 'Entities & topics'], ['/graph.html', 'Citation graph'],
  ['/figures.html', 'Figures'], ['/commitments.html', 'Commitments'], ['/v1/openapi.json', 'API'],
];

/** The site header every page shares, with the current page marked. */
function siteHeader() {
  const here = location.pathname === '/index.html' ? '/' : location.pathname;
  const header = el('header', { class: 'site' },
    el('a', { class: 'brand', href: '/' }, 'Koers'),
    el('nav', { 'aria-label': 'Main' }, el('ul', {}, NAV.map(([href, text]) =>
      el('li', {}, el('a', { href, 'aria-current': href === here ? 'page' : null }, text))))));
  document.querySelector('main').before(header);
}

/** Fetches a /v1 route as JSON; rejects with the server's error message. */
export async function api(path, params) {
  const url = new URL('/v1/' + path, location.origin);
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== undefined && v !== null && v !== '') url.searchParams.set(k, v);
  }
  const res = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = await res.json().catch(() => ({}));
  if (!res.ok) {
    const err = new Error(body.error || res.statusText);
    err.status = res.status;
    throw err;
  }
  return body;
}

/** The URL of a /v1 route with parameters, e.g. for a CSV download link. */
export function apiUrl(path, params) {
  const url = new URL('/v1/' + path, location.origin);
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== undefined && v !== null && v !== '') url.searchParams.set(k, v);
  }
  return url.pathname + url.search;
}

/** Creates an element: el('a', {href: '…', class: 'x'}, 'text', child, …). */
export function el(tag, attrs, ...children) {
  return build(document.createElement(tag), attrs, children);
}

/** Creates an SVG element, the same way: svg('circle', {cx: 1, cy: 2, r: 3}). */
export function svg(tag, attrs, ...children) {
  return build(document.createElementNS('http://www.w3.org/2000/svg', tag), attrs, children);
}

function build(e, attrs, children) {
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') e.addEventListener(k.slice(2), v);
    else if (k === 'dataset') Object.assign(e.dataset, v);
    else e.setAttribute(k, v === true ? '' : String(v));
  }
  append(e, children);
  return e;
}

function append(parent, children) {
  for (const c of children.flat(Infinity)) {
    if (c === undefined || c === null || c === false) continue;
    parent.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

/** Replaces an element's children. */
export function fill(target, ...children) {
  target.replaceChildren();
  append(target, children);
  return target;
}

/** A highlighted passage: the server marks matches «like this»; each becomes a <mark>. */
export function marked(text) {
  const out = [];
  const parts = String(text || '').split(/[«»]/);
  parts.forEach((part, i) => {
    if (part) out.push(i % 2 === 1 ? el('mark', {}, part) : document.createTextNode(part));
  });
  return out;
}

/** The query parameters of this page as an object. */
export function params() {
  return Object.fromEntries(new URLSearchParams(location.search));
}

/** A date as the papers give it; an inferred date gets a ~ and an explanation. */
export function dateText(date, inferred) {
  if (!date) return el('span', { class: 'muted' }, 'undated');
  return inferred
    ? el('abbr', { title: 'inferred from the text: the paper states no date' }, '~' + date)
    : el('time', { datetime: date }, date);
}

export const paperHref = (id) => '/paper.html?id=' + encodeURIComponent(id);
export const entityHref = (id) => '/entity.html?id=' + encodeURIComponent(id);
export const topicHref = (id) => '/entity.html?topic=' + encodeURIComponent(id);
export const graphHref = (q) => '/graph.html?' + new URLSearchParams(q).toString();

/** Shows an error where the content would have been. */
export function showError(target, err) {
  fill(target, el('p', { class: 'error', role: 'alert' }, err.status === 404 ? 'Not found: ' : 'Error: ', err.message));
}

/** Formats a stance score for reading: +0.25 / −0.30. */
export function stance(x) {
  if (x === null || x === undefined) return '–';
  return (x >= 0 ? '+' : '−') + Math.abs(x).toFixed(2);
}

/** A simple table from rows and column definitions [{key, label, render?}]. */
export function table(rows, columns, caption) {
  return el('table', {},
    caption ? el('caption', {}, caption) : null,
    el('thead', {}, el('tr', {}, columns.map((c) => el('th', { scope: 'col' }, c.label)))),
    el('tbody', {}, rows.map((r) => el('tr', {}, columns.map((c) => el('td', {}, c.render ? c.render(r) : r[c.key] ?? ''))))));
}

siteHeader();
