// Entity and topic pages: labels, a timeline chart (papers per period and mean stance, shifts
// flagged), the strongest quotes each way, the papers, and figures about the subject.
import { api, apiUrl, el, svg, fill, params, dateText, paperHref, entityHref, topicHref, showError, stance, table } from './koers.js';

const root = document.getElementById('subject');
const p = params();

async function main() {
  try {
    if (p.id) await entityPage(p.id);
    else if (p.topic) await topicPage(p.topic);
    else await indexPage();
  } catch (e) { showError(root, e); }
}

async function indexPage() {
  const [entities, topics] = await Promise.all([api('entities', { limit: 300 }), api('topics')]);
  document.title = 'Entities & topics — Koers';
  fill(root, el('h1', {}, 'Entities & topics'),
    el('div', { class: 'two' },
      el('section', {}, el('h2', {}, 'Entities'), el('div', { class: 'table-wrap' }, table(entities.items, [
        { label: 'Entity', render: (r) => el('a', { href: entityHref(r.id) }, r.label) },
        { label: 'Type', key: 'type' }, { label: 'Wikidata', key: 'qid' }, { label: 'Papers', key: 'papers' }]))),
      el('section', {}, el('h2', {}, 'Topics'), el('div', { class: 'table-wrap' }, table(topics.items.filter((t) => t.papers > 0), [
        { label: 'Topic', render: (r) => el('a', { href: topicHref(r.id) }, r.label) }, { label: 'Papers', key: 'papers' }])))));
}

async function entityPage(id) {
  const e = await api('entities/' + encodeURIComponent(id));
  document.title = e.label + ' — Koers';
  const by = p.by || 'year';
  const [timeline, figures] = await Promise.all([
    api('timeline', { subject: e.id, by }), api('figures', { entity: e.id })]);
  const info = e.entity;
  fill(root,
    el('h1', {}, e.label),
    el('section', { class: 'card', 'aria-label': 'About' }, el('dl', {},
      el('dt', {}, 'Type'), el('dd', {}, info ? info.type : 'person (member of parliament)'),
      info && info.qid ? [el('dt', {}, 'Wikidata'), el('dd', {}, el('a', { href: 'https://www.wikidata.org/wiki/' + info.qid, rel: 'noopener noreferrer' }, info.qid))] : null,
      info ? [el('dt', {}, 'Labels'), el('dd', {}, [...info.names, ...info.abbreviations, ...info.adjectives].join(', '))] : null,
      info && info.description ? [el('dt', {}, 'About'), el('dd', {}, info.description)] : null,
      el('dt', {}, 'Papers'), el('dd', {}, el('a', { href: '/?q=*&entity=' + encodeURIComponent(e.id) }, `${e.totalPapers} — search them`)))),
    course(timeline, by),
    quotes(timeline),
    el('h2', {}, e.papers.length < e.totalPapers ? `Papers (the newest ${e.papers.length} of ${e.totalPapers})` : 'Papers'),
    el('ul', {}, e.papers.slice().reverse().map((x) => el('li', {},
      dateText(x.date, x.dateInferred), ' ', el('a', { href: paperHref(x.paper) }, x.title || x.paper),
      el('span', { class: 'muted' }, ` — ${x.mentions} mention${x.mentions === 1 ? '' : 's'} as ${x.forms.join(', ')}`),
      x.quotes.length ? el('blockquote', {}, x.quotes[0]) : null))),
    figureSection(figures, { entity: e.id }));
}

async function topicPage(key) {
  const t = await api('topics/' + encodeURIComponent(key));
  const topic = t.topic;
  document.title = topic.label + ' — Koers';
  const by = p.by || 'year';
  const [timeline, figures] = await Promise.all([
    api('timeline', { subject: 'topic:' + topic.id, by }), api('figures', { topic: topic.id })]);
  fill(root,
    el('h1', {}, topic.label),
    el('section', { class: 'card', 'aria-label': 'About' }, el('dl', {},
      el('dt', {}, 'Topic'), el('dd', {}, `${topic.id} (${topic.axis})`),
      el('dt', {}, 'Cues'), el('dd', {}, topic.cues.join(', ')),
      el('dt', {}, 'Papers'), el('dd', {}, el('a', { href: '/?q=*&topic=' + encodeURIComponent(topic.id) }, `${t.papers.length} — search them`)))),
    course(timeline, by),
    quotes(timeline),
    el('h2', {}, 'Papers'),
    el('ul', {}, t.papers.slice().reverse().map((x) => el('li', {}, dateText(x.date, x.dateInferred), ' ', el('a', { href: paperHref(x.id) }, x.title || x.id)))),
    figureSection(figures, { topic: topic.id }));
}

/** The chart: bars for papers per period, a line through the mean stance, ⚑ where it shifted. */
function course(t, by) {
  const pts = t.points;
  const W = 720, H = 300, L = 44, R = 44, T = 20, B = 40, BAND = 70, GAP = 16;
  const n = Math.max(1, pts.length);
  const step = (W - L - R) / n;
  const maxPapers = Math.max(1, ...pts.map((x) => x.papers));
  const x = (i) => L + step * (i + 0.5);
  const yStance = (s) => T + (1 - (s + 1) / 2) * (H - T - B - BAND - GAP);
  const yPapers = (c) => H - B - (c / maxPapers) * BAND;
  const chart = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-labelledby': 'chart-title chart-desc' },
    svg('title', { id: 'chart-title' }, `Course of ${t.subject} by ${by.toLowerCase()}`),
    svg('line', { class: 'axis', x1: L, x2: W - R, y1: yStance(0), y2: yStance(0) }),
    svg('text', { class: 'axis-label', x: 4, y: yStance(1) + 4 }, '+1'),
    svg('text', { class: 'axis-label', x: 4, y: yStance(0) + 4 }, '0'),
    svg('text', { class: 'axis-label', x: 4, y: yStance(-1) + 4 }, '−1'),
    svg('text', { class: 'axis-label', x: 4, y: yPapers(maxPapers) + 4 }, `${maxPapers} p.`),
    svg('text', { class: 'axis-label', x: 4, y: yPapers(0) }, '0 p.'),
    pts.map((pt, i) => svg('rect', { class: 'bar', x: x(i) - step * 0.3, width: step * 0.6, y: yPapers(pt.papers), height: H - B - yPapers(pt.papers) },
      svg('title', {}, `${pt.period}: ${pt.papers} paper(s), ${pt.passages} passage(s)`))),
    pts.map((pt, i) => svg('text', { class: 'axis-label', x: x(i), y: H - B + 16, 'text-anchor': 'middle' }, pt.period)));
  const withStance = pts.map((pt, i) => [pt, i]).filter(([pt]) => pt.meanStance !== null);
  if (withStance.length > 1) {
    chart.append(svg('polyline', { class: 'stance-line', points: withStance.map(([pt, i]) => `${x(i)},${yStance(pt.meanStance)}`).join(' ') }));
  }
  for (const [pt, i] of withStance) {
    chart.append(svg('circle', { class: 'stance-point', cx: x(i), cy: yStance(pt.meanStance), r: 5, dataset: { period: pt.period } },
      svg('title', {}, `${pt.period}: mean stance ${stance(pt.meanStance)} over ${pt.stanceSentences} sentence(s)`)));
  }
  for (const s of t.shifts) {
    const i = pts.findIndex((pt) => pt.period === s.period);
    if (i >= 0) chart.append(svg('text', { class: 'shift-flag', x: x(i) + 7, y: T + 12 }, '⚑', svg('title', {}, `${s.kind} shift ${s.direction}`)));
  }
  const rows = pts.map((pt) => ({ ...pt, shift: t.shifts.filter((s) => s.period === pt.period).map((s) => `${s.kind} ${s.direction}`).join('; ') }));
  return el('section', { 'aria-labelledby': 'course-h' },
    el('h2', { id: 'course-h' }, 'Course over time'),
    el('p', {}, 'Per ', ['year', 'quarter', 'month'].map((b) => b === by ? el('strong', {}, b + ' ') : [el('a', { href: '?' + new URLSearchParams({ ...p, by: b }) }, b), ' ']),
      ' · ', el('a', { href: apiUrl('timeline', { subject: t.subject, by, format: 'csv' }) }, 'CSV')),
    el('figure', { class: 'chart' }, chart,
      el('figcaption', { id: 'chart-desc' }, 'Bars: papers per period. Line and dots: mean stance of the sentences about the subject that carry a stance cue (−1 critical … +1 supportive). ⚑: a shift in stance or salience.')),
    el('details', {}, el('summary', {}, 'Chart as a table'), table(rows, [
      { label: 'Period', key: 'period' }, { label: 'Papers', key: 'papers' }, { label: 'Passages', key: 'passages' },
      { label: 'Mean stance', render: (r) => stance(r.meanStance) }, { label: 'Shift', key: 'shift' }])));
}

function quotes(t) {
  const all = t.points.flatMap((pt) => [...pt.supportive, ...pt.critical]);
  const strongest = all.sort((a, b) => Math.abs(b.score) - Math.abs(a.score)).slice(0, 8);
  if (!strongest.length) return null;
  return el('section', {}, el('h2', {}, 'Strongest quotes'), strongest.map((q) => el('blockquote', { class: q.score >= 0 ? 'pos' : 'neg' },
    q.text, el('div', { class: 'meta' }, el('span', {}, stance(q.score) + ' ' + (q.label || '')), dateText(q.date, q.dateInferred), el('a', { href: paperHref(q.paper) }, q.paper), el('span', {}, q.cues)))));
}

function figureSection(figures, filter) {
  if (!figures.items.length) return null;
  return el('section', {}, el('h2', {}, `Figures (${figures.count})`),
    el('p', {}, el('a', { href: '/figures.html?' + new URLSearchParams(filter) }, 'All figures in a table'), ' · ', el('a', { href: apiUrl('figures', { ...filter, format: 'csv' }) }, 'CSV')),
    el('div', { class: 'table-wrap' }, table(figures.items.slice(0, 15), [
      { label: 'Date', render: (r) => dateText(r.date, r.dateInferred) },
      // formatted for people ("€ 474,3 mln"); one row per figure with its own clause as quote
      { label: 'Figure', key: 'display' }, { label: 'Year', key: 'year' }, { label: 'Measure', key: 'measure' },
      { label: 'Quote', key: 'quote' }, { label: 'Paper', render: (r) => el('a', { href: paperHref(r.paper) }, r.paper) }])));
}

main();
