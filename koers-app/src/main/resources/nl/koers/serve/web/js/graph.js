// The citation graph: a force layout in SVG, zoom with the wheel or the buttons, drag to pan,
// click (or Enter on) a paper to open it. A table lists the same edges for screen readers.
import { api, apiUrl, el, svg, fill, params, paperHref, graphHref, showError, table } from './koers.js';

const p = params();
const target = document.getElementById('graph');
const form = document.getElementById('graph-form');
form.around.value = p.around || '';
form.dossier.value = p.dossier || '';
form.depth.value = p.depth || '1';
form.addEventListener('submit', (ev) => {
  ev.preventDefault();
  const q = {};
  if (form.around.value.trim()) { q.around = form.around.value.trim(); q.depth = form.depth.value; }
  if (form.dossier.value.trim()) q.dossier = form.dossier.value.trim();
  location.href = graphHref(q);
});

/** Spring layout: edges pull, all nodes push, a little gravity; deterministic start on a circle. */
function layout(nodes, edges, focus) {
  const pos = new Map();
  nodes.forEach((n, i) => {
    const a = (2 * Math.PI * i) / nodes.length;
    pos.set(n.id, { x: Math.cos(a) * 200, y: Math.sin(a) * 200 });
  });
  if (focus && pos.has(focus)) pos.set(focus, { x: 0, y: 0 });
  const ids = nodes.map((n) => n.id);
  for (let it = 0; it < 300; it++) {
    const force = new Map(ids.map((id) => [id, { x: 0, y: 0 }]));
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const a = pos.get(ids[i]), b = pos.get(ids[j]);
        let dx = a.x - b.x, dy = a.y - b.y;
        const d2 = Math.max(dx * dx + dy * dy, 25);
        const f = 6000 / d2;
        const d = Math.sqrt(d2);
        dx /= d; dy /= d;
        force.get(ids[i]).x += dx * f; force.get(ids[i]).y += dy * f;
        force.get(ids[j]).x -= dx * f; force.get(ids[j]).y -= dy * f;
      }
    }
    for (const e of edges) {
      const a = pos.get(e.from), b = pos.get(e.to);
      if (!a || !b) continue;
      const dx = b.x - a.x, dy = b.y - a.y;
      const d = Math.sqrt(dx * dx + dy * dy) || 1;
      const f = (d - 90) * 0.05;
      force.get(e.from).x += (dx / d) * f; force.get(e.from).y += (dy / d) * f;
      force.get(e.to).x -= (dx / d) * f; force.get(e.to).y -= (dy / d) * f;
    }
    const cool = 1 - it / 300;
    for (const id of ids) {
      const q = pos.get(id), f = force.get(id);
      f.x -= q.x * 0.01; f.y -= q.y * 0.01;
      const m = Math.sqrt(f.x * f.x + f.y * f.y) || 1;
      const capped = Math.min(m, 20 * cool + 1);
      q.x += (f.x / m) * capped; q.y += (f.y / m) * capped;
    }
  }
  return pos;
}

async function main() {
  if (!p.around && !p.dossier) {
    fill(target, el('p', { class: 'muted' }, 'Give a paper id (and how many steps around it) or a dossier number.'));
    return;
  }
  let g;
  try { g = await api('graph', { around: p.around, depth: p.depth, dossier: p.dossier }); } catch (e) { return showError(target, e); }
  const nodes = g.nodes.slice(0, 400);
  const keep = new Set(nodes.map((n) => n.id));
  const edges = g.edges.filter((e) => keep.has(e.from) && keep.has(e.to));
  const pos = layout(nodes, edges, p.around);
  const xs = [...pos.values()].map((q) => q.x), ys = [...pos.values()].map((q) => q.y);
  const pad = 60;
  // a small graph keeps a readable scale: the view is never smaller than 640 × 400
  const w = Math.max(640, Math.max(...xs) - Math.min(...xs) + 2 * pad);
  const h = Math.max(400, Math.max(...ys) - Math.min(...ys) + 2 * pad);
  const cx = (Math.max(...xs) + Math.min(...xs)) / 2, cy = (Math.max(...ys) + Math.min(...ys)) / 2;
  let view = { x: cx - w / 2, y: cy - h / 2, w, h };
  const canvas = svg('svg', { role: 'group', 'aria-label': `Citation graph: ${nodes.length} nodes, ${edges.length} edges` },
    svg('defs', {}, svg('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 16, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' },
      svg('path', { d: 'M 0 0 L 10 5 L 0 10 z', fill: '#8c959f' }))));
  const scene = svg('g', {});
  canvas.append(scene);
  for (const e of edges) {
    const a = pos.get(e.from), b = pos.get(e.to);
    scene.append(svg('line', { class: 'edge edge-' + e.type, x1: a.x, y1: a.y, x2: b.x, y2: b.y, 'marker-end': 'url(#arrow)' },
      svg('title', {}, `${e.from} ${e.type} ${e.to}${e.member ? ' (' + e.member + ')' : ''}`)));
  }
  for (const n of nodes) {
    const q = pos.get(n.id);
    const shape = svg('circle', { class: `node-${n.type}${n.id === p.around ? ' node-focus' : ''}`, cx: q.x, cy: q.y, r: n.id === p.around ? 10 : 7 },
      svg('title', {}, `${n.id}${n.date ? ' · ' + n.date : ''}${n.kind ? ' · ' + n.kind : ''}\n${n.title || ''}`));
    const labelText = n.type === 'request' ? (n.member || 'request') : n.id.replace(/^kst-/, '');
    const label = svg('text', { class: 'node-label', x: q.x + 10, y: q.y + 4 }, labelText);
    if (n.type === 'request') scene.append(svg('g', { class: 'node' }, shape, label));
    else scene.append(svg('a', { href: paperHref(n.id), class: 'node', 'aria-label': `${n.id} ${n.title || ''}` }, shape, label));
  }
  const apply = () => canvas.setAttribute('viewBox', `${view.x} ${view.y} ${view.w} ${view.h}`);
  apply();
  const zoom = (k, cx, cy) => {
    cx = cx ?? view.x + view.w / 2; cy = cy ?? view.y + view.h / 2;
    view = { x: cx - (cx - view.x) * k, y: cy - (cy - view.y) * k, w: view.w * k, h: view.h * k };
    apply();
  };
  canvas.addEventListener('wheel', (ev) => {
    ev.preventDefault();
    const r = canvas.getBoundingClientRect();
    zoom(ev.deltaY > 0 ? 1.15 : 1 / 1.15, view.x + ((ev.clientX - r.left) / r.width) * view.w, view.y + ((ev.clientY - r.top) / r.height) * view.h);
  }, { passive: false });
  let drag = null;
  canvas.addEventListener('pointerdown', (ev) => { if (ev.target === canvas) { drag = { x: ev.clientX, y: ev.clientY }; canvas.setPointerCapture(ev.pointerId); } });
  canvas.addEventListener('pointermove', (ev) => {
    if (!drag) return;
    const r = canvas.getBoundingClientRect();
    view.x -= ((ev.clientX - drag.x) / r.width) * view.w; view.y -= ((ev.clientY - drag.y) / r.height) * view.h;
    drag = { x: ev.clientX, y: ev.clientY };
    apply();
  });
  canvas.addEventListener('pointerup', () => { drag = null; });
  const q = { around: p.around, depth: p.depth, dossier: p.dossier };
  fill(target,
    el('div', { class: 'toolbar' },
      el('button', { type: 'button', onclick: () => zoom(1 / 1.3) }, 'Zoom in'),
      el('button', { type: 'button', onclick: () => zoom(1.3) }, 'Zoom out'),
      el('span', { class: 'muted' }, `${nodes.length} nodes, ${edges.length} edges${g.nodes.length > nodes.length ? ' (first 400 nodes shown)' : ''}. Filled: indexed paper; open: cited, not indexed; brown: request.`),
      el('a', { href: apiUrl('graph', { ...q, format: 'graphml' }) }, 'GraphML'),
      el('a', { href: apiUrl('graph', { ...q, format: 'dot' }) }, 'DOT')),
    el('div', { class: 'graph-wrap' }, canvas),
    el('details', {}, el('summary', {}, 'Edges as a table'), table(edges, [
      { label: 'From', render: (e) => e.from }, { label: 'Relation', key: 'type' }, { label: 'To', render: (e) => e.to }, { label: 'Member', key: 'member' }])));
}

main();
