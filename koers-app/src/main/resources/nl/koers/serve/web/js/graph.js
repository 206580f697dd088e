// The citation graph: a force layout in SVG (or papers by date, x = time), zoom with the wheel or
// the buttons, drag to pan, click (or Enter on) a paper to open it. Without a paper or dossier it
// opens on the most-cited papers of the index. Edge types have a colour each and a legend;
// parallel edges curve apart. A table lists the same edges for screen readers.
import { api, apiUrl, el, svg, fill, params, paperHref, graphHref, showError, table } from './koers.js';

const p = params();
const target = document.getElementById('graph');
const form = document.getElementById('graph-form');
form.around.value = p.around || '';
form.dossier.value = p.dossier || '';
form.depth.value = p.depth || '1';
form.layout.value = p.layout === 'date' ? 'date' : 'forces';
form.addEventListener('submit', (ev) => {
  ev.preventDefault();
  const q = {};
  if (form.around.value.trim()) { q.around = form.around.value.trim(); q.depth = form.depth.value; }
  if (form.dossier.value.trim()) q.dossier = form.dossier.value.trim();
  if (form.layout.value === 'date') q.layout = 'date';
  location.href = graphHref(q);
});

/** The edge types, their colours (also in app.css) and what they mean. */
const EDGE_TYPES = [
  { type: 'cites', colour: '#0b5cad', label: 'cites (paper → Kamerstuk it cites)' },
  { type: 'reported-in', colour: '#c2410c', label: 'reported in (motion → paper reporting on it)' },
  { type: 'answered-by', colour: '#8a4b00', label: 'answered by (request → answering paper)' },
];
const colourOf = (type) => (EDGE_TYPES.find((t) => t.type === type) || { colour: '#8c959f' }).colour;

/** A short label: the title's first words (or the id) and the date. */
function nodeLabel(n) {
  if (n.type === 'request') return n.member ? `verzoek ${n.member}${n.date ? ' · ' + n.date : ''}` : 'request';
  let title = n.type === 'placeholder' || !n.title ? n.id.replace(/^kst-/, '') : n.title;
  if (title.length > 34) title = title.slice(0, 34).replace(/\s+\S*$/, '') + '…';
  return n.date ? `${title} · ${n.dateInferred ? '~' : ''}${n.date}` : title;
}

/**
 * Curves parallel edges apart: the edges between one pair of nodes (either direction) get
 * offsets −k … +k around the straight line, so each stays visible and clickable.
 */
function offsets(edges) {
  const groups = new Map();
  for (const e of edges) {
    const key = e.from < e.to ? e.from + '\u0000' + e.to : e.to + '\u0000' + e.from;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(e);
  }
  const out = new Map();
  for (const group of groups.values()) {
    group.forEach((e, i) => {
      const k = group.length === 1 ? 0 : (i - (group.length - 1) / 2) * 26;
      // the offset is measured from the pair's first node, so opposite edges bend apart too
      out.set(e, e.from < e.to ? k : -k);
    });
  }
  return out;
}

/** Papers by date: x is the date on a time scale (undated at the right), y from the forces. */
function byDate(nodes, pos) {
  const dated = nodes.filter((n) => n.date).map((n) => Date.parse(n.date + 'T00:00:00Z'));
  if (!dated.length) return null;
  const t0 = Math.min(...dated), t1 = Math.max(...dated);
  const width = Math.max(600, nodes.length * 18);
  const x = (ms) => -width / 2 + ((ms - t0) / Math.max(1, t1 - t0)) * width;
  for (const n of nodes) {
    const q = pos.get(n.id);
    q.x = n.date ? x(Date.parse(n.date + 'T00:00:00Z')) : width / 2 + 80;
  }
  // undated nodes share one column: spread them so their labels do not overlap
  const undated = nodes.filter((n) => !n.date).map((n) => pos.get(n.id)).sort((a, b) => a.y - b.y);
  for (let i = 1; i < undated.length; i++) undated[i].y = Math.max(undated[i].y, undated[i - 1].y + 16);
  // a rule at each 1 January in range, and at the first date; one that would crowd the last is left out
  const years = [];
  for (let y = new Date(t0).getUTCFullYear(); y <= new Date(t1).getUTCFullYear(); y++) {
    const at = x(Math.max(Date.UTC(y, 0, 1), t0));
    if (!years.length || at - years[years.length - 1].x >= 40) years.push({ year: y, x: at });
  }
  return years;
}

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
  const top = !p.around && !p.dossier;
  let g;
  try { g = await api('graph', top ? { top: 15 } : { around: p.around, depth: p.depth, dossier: p.dossier }); } catch (e) { return showError(target, e); }
  if (!g.nodes.length) {
    fill(target, el('p', { class: 'muted' }, 'No papers cite one another yet: ingest papers to see their citations.'));
    return;
  }
  const nodes = g.nodes.slice(0, 400);
  const keep = new Set(nodes.map((n) => n.id));
  const edges = g.edges.filter((e) => keep.has(e.from) && keep.has(e.to));
  const pos = layout(nodes, edges, p.around);
  const years = p.layout === 'date' ? byDate(nodes, pos) : null;
  const xs = [...pos.values()].map((q) => q.x), ys = [...pos.values()].map((q) => q.y);
  const pad = 80;
  // a small graph keeps a readable scale: the view is never smaller than 640 × 400
  const w = Math.max(640, Math.max(...xs) - Math.min(...xs) + 2 * pad + 160);
  const h = Math.max(400, Math.max(...ys) - Math.min(...ys) + 2 * pad);
  const cx = (Math.max(...xs) + Math.min(...xs)) / 2 + 80, cy = (Math.max(...ys) + Math.min(...ys)) / 2;
  let view = { x: cx - w / 2, y: cy - h / 2, w, h };
  const canvas = svg('svg', { role: 'group', 'aria-label': `Citation graph: ${nodes.length} nodes, ${edges.length} edges` },
    svg('defs', {}, EDGE_TYPES.map((t) => svg('marker', { id: 'arrow-' + t.type, viewBox: '0 0 10 10', refX: 16, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' },
      svg('path', { d: 'M 0 0 L 10 5 L 0 10 z', fill: t.colour })))));
  const scene = svg('g', {});
  canvas.append(scene);
  if (years) {
    const top0 = Math.min(...ys) - pad / 2, bottom = Math.max(...ys) + pad / 2;
    for (const y of years) {
      scene.append(svg('line', { class: 'year-rule', x1: y.x, x2: y.x, y1: top0, y2: bottom }),
        svg('text', { class: 'year-label', x: y.x + 3, y: top0 + 12 }, String(y.year)));
    }
  }
  const bend = offsets(edges);
  for (const e of edges) {
    const a = pos.get(e.from), b = pos.get(e.to);
    const dx = b.x - a.x, dy = b.y - a.y, d = Math.sqrt(dx * dx + dy * dy) || 1;
    const k = bend.get(e);
    const mx = (a.x + b.x) / 2 - (dy / d) * k * 2, my = (a.y + b.y) / 2 + (dx / d) * k * 2;
    scene.append(svg('path', { class: 'edge edge-' + e.type, d: `M ${a.x} ${a.y} Q ${mx} ${my} ${b.x} ${b.y}`, stroke: colourOf(e.type), 'marker-end': `url(#arrow-${e.type})` },
      svg('title', {}, `${e.from} ${e.type} ${e.to}${e.member ? ' (' + e.member + ')' : ''}`)));
  }
  for (const n of nodes) {
    const q = pos.get(n.id);
    const shape = svg('circle', { class: `node-${n.type}${n.id === p.around ? ' node-focus' : ''}`, cx: q.x, cy: q.y, r: n.id === p.around ? 10 : 7 },
      svg('title', {}, `${n.id}${n.date ? ' · ' + n.date : ''}${n.kind ? ' · ' + n.kind : ''}\n${n.title || ''}`));
    const label = svg('text', { class: 'node-label', x: q.x + 10, y: q.y + 4 }, nodeLabel(n));
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
  const q = top ? { top: 15 } : { around: p.around, depth: p.depth, dossier: p.dossier };
  const present = new Set(edges.map((e) => e.type));
  fill(target,
    top ? el('p', { class: 'muted', id: 'graph-scope' }, 'The most-cited papers of the index and the papers linked to them. Give a paper or dossier above to look closer.') : null,
    el('div', { class: 'toolbar' },
      el('button', { type: 'button', onclick: () => zoom(1 / 1.3) }, 'Zoom in'),
      el('button', { type: 'button', onclick: () => zoom(1.3) }, 'Zoom out'),
      el('span', { class: 'muted' }, `${nodes.length} nodes, ${edges.length} edges${g.nodes.length > nodes.length ? ' (first 400 nodes shown)' : ''}${years ? '; papers by date, left to right' : ''}.`),
      el('a', { href: apiUrl('graph', { ...q, format: 'graphml' }) }, 'GraphML'),
      el('a', { href: apiUrl('graph', { ...q, format: 'dot' }) }, 'DOT')),
    el('ul', { class: 'graph-legend', 'aria-label': 'Legend' },
      EDGE_TYPES.map((t) => el('li', { class: present.has(t.type) ? '' : 'absent', dataset: { type: t.type } },
        svg('svg', { width: 28, height: 10, 'aria-hidden': 'true' }, svg('line', { x1: 0, y1: 5, x2: 28, y2: 5, stroke: t.colour, 'stroke-width': 2.5, class: 'edge-' + t.type })), ' ', t.label)),
      el('li', {}, el('span', { class: 'swatch node-paper-swatch' }), ' indexed paper'),
      el('li', {}, el('span', { class: 'swatch node-placeholder-swatch' }), ' cited, not indexed'),
      el('li', {}, el('span', { class: 'swatch node-request-swatch' }), ' request')),
    el('div', { class: 'graph-wrap' }, canvas),
    el('details', {}, el('summary', {}, 'Edges as a table'), table(edges, [
      { label: 'From', render: (e) => e.from }, { label: 'Relation', key: 'type' }, { label: 'To', render: (e) => e.to }, { label: 'Member', key: 'member' }])));
}

main();
