// Shared helpers of the Koers pages. Paper text is untrusted: everything is built with
// createElement and textContent, never innerHTML, so nothing in a paper can run as code.

const NAV = [
  ['/', 'Search'], ['/entity.html', 'Entities & topics'], ['/graph.html', 'Citation graph'],
  ['/figures.html', 'Figures'], ['/commitments.html', 'Commitments'], ['/watches.html', 'Watches'],
  ['/v1/openapi.json', 'API'],
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

/** The server's token as this tab remembers it (adding and removing watches need it, as uploads do). */
export const token = {
  get: () => sessionStorage.getItem('koers-token') || '',
  set: (t) => sessionStorage.setItem('koers-token', t),
};

/** Sends JSON to a /v1 route with the token; rejects with the server's error message. */
export async function send(method, path, body, bearer) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (bearer) headers.Authorization = 'Bearer ' + bearer;
  const res = await fetch('/v1/' + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const answer = await res.json().catch(() => ({}));
  if (!res.ok) {
    const err = new Error(answer.error || res.statusText);
    err.status = res.status;
    throw err;
  }
  return answer;
}

/** A name a watch may have, made from a label: navo-top, oekraine. */
export function watchName(label) {
  return String(label || 'watch').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 64) || 'watch';
}

/**
 * A Follow button: it opens a small form (the watch's name and the server's token) that adds a
 * watch for `spec` ({query, kind, dossier, entity, topic, member, paper}); papers ingested from
 * then on show on the Watches page and in the watch's Atom feed.
 */
export function followButton(spec, label) {
  const status = el('span', { class: 'follow-status', role: 'status', 'aria-live': 'polite' });
  const name = el('input', { type: 'text', name: 'watch-name', value: watchName(label), 'aria-label': 'Name of the watch', required: true, maxlength: 64 });
  const secret = el('input', { type: 'password', name: 'watch-token', value: token.get(), 'aria-label': 'Server token', placeholder: 'server token', autocomplete: 'off' });
  const form = el('form', { class: 'follow-form', hidden: true },
    el('label', {}, 'Name ', name), ' ', el('label', {}, 'Token ', secret), ' ',
    el('button', { type: 'submit', class: 'primary' }, 'Create watch'));
  const button = el('button', { type: 'button', class: 'follow-button', 'aria-expanded': 'false' }, 'Follow');
  button.addEventListener('click', () => {
    form.hidden = !form.hidden;
    button.setAttribute('aria-expanded', String(!form.hidden));
    if (!form.hidden) name.focus();
  });
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    try {
      const w = await send('POST', 'watches', { ...spec, name: name.value.trim() }, secret.value.trim());
      token.set(secret.value.trim());
      form.hidden = true;
      button.setAttribute('aria-expanded', 'false');
      fill(status, 'Following as ', el('a', { href: '/watches.html#' + encodeURIComponent(w.name) }, w.name), ' (', w.follows, ')');
    } catch (e) {
      fill(status, el('span', { class: 'error', role: 'alert' }, e.message));
    }
  });
  return el('div', { class: 'follow' }, button, form, status);
}

siteHeader();
