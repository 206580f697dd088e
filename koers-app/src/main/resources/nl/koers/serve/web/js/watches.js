// The Watches page: every watch with what it follows, its feed, how its last run went and the
// papers it reported last; removing one needs the server's token.
import { api, send, token, el, fill, dateText, paperHref, showError } from './koers.js';

const root = document.getElementById('watches');

function when(millis) {
  return millis ? new Date(millis).toISOString().replace('T', ' ').slice(0, 16) + ' UTC' : 'never';
}

function item(i) {
  return el('li', { class: 'watch-item' },
    dateText(i.date, false), ' ', el('a', { href: paperHref(i.id) }, i.title || i.id),
    el('span', { class: 'muted' }, ` — ${i.id}${i.kind ? ', ' + i.kind : ''}`),
    i.official ? [' · ', el('a', { href: i.official, class: 'official', rel: 'noopener noreferrer' }, 'official page')] : null,
    i.passage ? el('blockquote', {}, i.passage) : null);
}

function watch(w, secret) {
  const remove = el('button', { type: 'button', class: 'remove-watch' }, 'Remove');
  const status = el('span', { role: 'status', 'aria-live': 'polite' });
  remove.addEventListener('click', async () => {
    try {
      await send('DELETE', 'watches/' + encodeURIComponent(w.name), undefined, secret.value.trim());
      token.set(secret.value.trim());
      render();
    } catch (e) {
      fill(status, el('span', { class: 'error', role: 'alert' }, e.message));
    }
  });
  return el('section', { class: 'card watch', id: w.name, 'aria-labelledby': 'h-' + w.name },
    el('h2', { id: 'h-' + w.name }, w.name),
    el('p', {}, 'Follows ', w.follows, ' · ', el('a', { href: w.feed, type: 'application/atom+xml' }, 'Atom feed'), ' · ', remove, ' ', status),
    el('p', { class: 'muted' }, `Last run ${when(w.lastRun)}; ${w.reported} paper${w.reported === 1 ? '' : 's'} reported`,
      w.lastError ? el('span', { class: 'error' }, ' — last error: ', w.lastError) : null),
    w.latest.length ? el('ul', { class: 'watch-items' }, w.latest.map(item)) : el('p', { class: 'muted' }, 'Nothing new yet.'));
}

async function render() {
  try {
    const list = await api('watches');
    const secret = el('input', { type: 'password', value: token.get(), 'aria-label': 'Server token', placeholder: 'server token', autocomplete: 'off' });
    fill(root,
      list.count ? el('p', {}, el('label', {}, 'Token (to remove a watch) ', secret)) : el('p', {}, 'No watches yet.'),
      list.items.map((w) => watch(w, secret)));
    if (location.hash) document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
  } catch (e) {
    showError(root, e);
  }
}

render();
