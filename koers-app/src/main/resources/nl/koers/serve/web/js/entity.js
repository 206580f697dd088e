// Entity and topic pages: labels, a timeline chart (papers per period and mean stance, shifts
// flagged), the strongest quotes each way, the papers, and figures about the subject.
import { api, apiUrl, el, svg, fill, params, dateText, paperHref, entityHref, topicHref, showError, stance, table, followButton } from './koers.js';

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
    followButton(info ? { entity: e.id } : { member: e.label }, e.label),
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
    followButton({ topic: topic.id }, topic.label),
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

const DAY = 86400000;
const day = (iso) => Date.parse(iso + 'T00:00:00Z');

/**
 * Keeps the labels that fit: walks them left to right and drops one that would overlap the last
 * one kept (widths estimated from the font size), so labels never run together.
 */
export function thin(labels, fontPx = 11) {
  const kept = [];
  let right = -Infinity;
  for (const l of labels) {
    const half = (l.text.length * fontPx * 0.6) / 2 + 3;
    if (l.x - half >= right) {
      kept.push(l);
      right = l.x + half;
    }
  }
  return kept;
}

/**
 * The chart on a real time axis: a bar per period spanning its dates (papers), the mean stance
 * with its 95% interval as a whisker, "n s · m p" beneath each point, the line broken wherever
 * periods are not adjacent, ⚑ where a tested shift was flagged.
 */
function course(t, by) {
  const pts = t.points;
  const W = Math.round(Math.max(360, Math.min(1100, root.clientWidth || 720)));
  const H = 320, L = 44, R = 24, T = 20, B = 56, BAND = 70, GAP = 22;
  const t0 = pts.length ? day(pts[0].start) : 0;
  const t1 = pts.length ? day(pts[pts.length - 1].end) + DAY : 1;
  const x = (ms) => L + ((ms - t0) / Math.max(DAY, t1 - t0)) * (W - L - R);
  const mid = (pt) => (x(day(pt.start)) + x(day(pt.end) + DAY)) / 2;
  const maxPapers = Math.max(1, ...pts.map((q) => q.papers));
  const yStance = (s) => T + (1 - (s + 1) / 2) * (H - T - B - BAND - GAP);
  const yPapers = (c) => H - B - (c / maxPapers) * BAND;
  const chart = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-labelledby': 'chart-title chart-desc' },
    svg('title', { id: 'chart-title' }, `Course of ${t.subject} by ${by.toLowerCase()}`),
    svg('line', { class: 'axis', x1: L, x2: W - R, y1: yStance(0), y2: yStance(0) }),
    svg('line', { class: 'axis', x1: L, x2: W - R, y1: H - B, y2: H - B }),
    svg('text', { class: 'axis-label', x: 4, y: yStance(1) + 4 }, '+1'),
    svg('text', { class: 'axis-label', x: 4, y: yStance(0) + 4 }, '0'),
    svg('text', { class: 'axis-label', x: 4, y: yStance(-1) + 4 }, '−1'),
    svg('text', { class: 'axis-label', x: 4, y: yPapers(maxPapers) + 4 }, `${maxPapers} p.`),
    svg('text', { class: 'axis-label', x: 4, y: yPapers(0) }, '0 p.'),
    pts.map((pt) => {
      const x0 = x(day(pt.start)), x1 = x(day(pt.end) + DAY);
      const pad = Math.min(3, (x1 - x0) * 0.15);
      return svg('rect', { class: 'bar', x: x0 + pad, width: Math.max(1, x1 - x0 - 2 * pad), y: yPapers(pt.papers), height: H - B - yPapers(pt.papers) },
        svg('title', {}, `${pt.period} (${pt.start} – ${pt.end}): ${pt.papers} paper(s), ${pt.passages} passage(s)`));
    }));
  const periodLabels = thin(pts.map((pt) => ({ x: mid(pt), text: pt.period })));
  for (const l of periodLabels) chart.append(svg('text', { class: 'axis-label period-label', x: l.x, y: H - B + 15, 'text-anchor': 'middle' }, l.text));
  // The stance line runs only between adjacent periods that both have a stance.
  let run = [];
  const flush = () => {
    if (run.length > 1) chart.append(svg('polyline', { class: 'stance-line', points: run.map(([a, b]) => `${a},${b}`).join(' ') }));
    run = [];
  };
  let previous = null;
  for (const pt of pts) {
    const adjacent = previous && day(previous.end) + DAY === day(pt.start);
    if (!adjacent || pt.meanStance === null) flush();
    if (pt.meanStance !== null) run.push([mid(pt), yStance(pt.meanStance)]);
    previous = pt;
  }
  flush();
  const withStance = pts.filter((pt) => pt.meanStance !== null);
  for (const pt of withStance) {
    const cx = mid(pt);
    if (pt.ciLow !== null && pt.ciHigh !== null) {
      const lo = yStance(Math.max(-1, pt.ciLow)), hi = yStance(Math.min(1, pt.ciHigh));
      chart.append(svg('g', { class: 'ci' },
        svg('line', { x1: cx, x2: cx, y1: lo, y2: hi }),
        svg('line', { x1: cx - 4, x2: cx + 4, y1: lo, y2: lo }),
        svg('line', { x1: cx - 4, x2: cx + 4, y1: hi, y2: hi })));
    }
    chart.append(svg('circle', { class: 'stance-point' + (pt.stancePapers < 2 ? ' thin' : ''), cx, cy: yStance(pt.meanStance), r: 5, dataset: { period: pt.period } },
      svg('title', {}, `${pt.period}: mean stance ${stance(pt.meanStance)}` +
        (pt.ciLow !== null ? ` (95% CI ${stance(pt.ciLow)} … ${stance(pt.ciHigh)})` : ' (no interval: one sentence)') +
        ` over ${pt.stanceSentences} sentence(s) from ${pt.stancePapers} paper(s)`)));
  }
  const countLabels = thin(withStance.map((pt) => ({ x: mid(pt), text: `${pt.stanceSentences} s · ${pt.stancePapers} p` })), 10);
  for (const l of countLabels) chart.append(svg('text', { class: 'axis-label count-label', x: l.x, y: H - B + 30, 'text-anchor': 'middle' }, l.text));
  for (const s of t.shifts) {
    const pt = pts.find((q) => q.period === s.period);
    if (pt) chart.append(svg('text', { class: 'shift-flag', x: mid(pt) + 7, y: T + 12 }, '⚑',
      svg('title', {}, `${s.kind} shift ${s.direction}: ${s.test} p = ${s.p} (${s.nBefore} vs ${s.nAfter} from ${s.papersBefore} vs ${s.papersAfter} paper(s))`)));
  }
  const rows = pts.map((pt) => ({ ...pt, shift: t.shifts.filter((s) => s.period === pt.period).map((s) => `${s.kind} ${s.direction} (${s.test} p = ${s.p})`).join('; ') }));
  return el('section', { 'aria-labelledby': 'course-h' },
    el('h2', { id: 'course-h' }, 'Course over time'),
    el('p', {}, 'Per ', ['year', 'quarter', 'month'].map((b) => b === by ? el('strong', {}, b + ' ') : [el('a', { href: '?' + new URLSearchParams({ ...p, by: b }) }, b), ' ']),
      ' · ', el('a', { href: apiUrl('timeline', { subject: t.subject, by, format: 'csv' }) }, 'CSV')),
    el('figure', { class: 'chart' }, chart,
      el('figcaption', { id: 'chart-desc' }, 'Time runs left to right at true scale; gaps are periods without papers. Bars: papers per period. Dots: mean stance of the sentences about the subject that carry a stance cue (−1 critical … +1 supportive), with a whisker for the ',
        t.interval, '; an open dot rests on one paper only; beneath: scored sentences (s) and the papers (p) they come from. ⚑: ', t.shiftTest, '.')),
    el('details', {}, el('summary', {}, 'Chart as a table'), table(rows, [
      { label: 'Period', key: 'period' }, { label: 'Papers', key: 'papers' }, { label: 'Passages', key: 'passages' },
      { label: 'Scored sentences', key: 'stanceSentences' }, { label: 'from papers', key: 'stancePapers' },
      { label: 'Mean stance', render: (r) => stance(r.meanStance) },
      { label: '95% CI', render: (r) => r.ciLow === null ? '–' : `${stance(r.ciLow)} … ${stance(r.ciHigh)}` },
      { label: 'Shift', key: 'shift' }])));
}

/** Per period, the quotes that carry its score: on the side of its mean, strongest first. */
function quotes(t) {
  const carried = t.points.filter((pt) => pt.evidence && pt.evidence.length);
  if (!carried.length) return null;
  return el('section', {}, el('h2', {}, 'Quotes that carry each period'),
    carried.slice().reverse().map((pt) => [
      el('h3', {}, `${pt.period}: ${stance(pt.meanStance)} over ${pt.stanceSentences} sentence(s) from ${pt.stancePapers} paper(s)`),
      pt.evidence.slice(0, 2).map((q) => el('blockquote', { class: q.score >= 0 ? 'pos' : 'neg' },
        q.text, el('div', { class: 'meta' }, el('span', {}, stance(q.score) + ' ' + (q.label || '')), dateText(q.date, q.dateInferred), el('a', { href: paperHref(q.paper) }, q.paper), el('span', {}, q.cues))))]));
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
