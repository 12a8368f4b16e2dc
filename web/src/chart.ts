/**
 * «الاهتمام عبر الزمن»: a uPlot bar chart of matches per day (or week). Clicking a bar, or dragging
 * across several, narrows the search to those dates. Time runs left to right, as in print charts.
 */
import uPlot from '/assets/vendor/uPlot.esm.js';
import { el } from './dom.js';
import { formatDay } from './dates.js';
import { count, dayNumber } from './format.js';
import type { Series } from './day-series.js';

export interface Chart {
  destroy(): void;
}

const HEIGHT = 170;
const dayLabel = new Intl.DateTimeFormat('ar-u-nu-latn', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const yearDayLabel = new Intl.DateTimeFormat('ar-u-nu-latn', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const seconds = (iso: string): number => dayNumber(iso) * 86_400;

/** Draws `series` into `container`; `onPick(from, to)` gets the days of the bars chosen. */
export function renderChart(container: HTMLElement, series: Series, onPick: (from: string, to: string) => void): Chart {
  const { buckets, unit } = series;
  const xs = buckets.map((b) => seconds(b.from));
  const ys = buckets.map((b) => b.count);
  const half = (unit === 'week' ? 7 : 1) * 43_200;
  const tip = el('p', { class: 'chart-tip', 'aria-live': 'polite' }, unit === 'week' ? 'المطابقات في كل أسبوع' : 'المطابقات في كل يوم');
  const plot = el('div', { class: 'chart-plot', dir: 'ltr' });
  container.replaceChildren(tip, plot);
  const spanDays = xs.length ? (xs[xs.length - 1]! - xs[0]!) / 86_400 : 0;
  const label = spanDays > 200 ? yearDayLabel : dayLabel;
  const font = '12px "Noto Naskh Arabic", system-ui, sans-serif';
  const describe = (i: number): string => {
    const b = buckets[i];
    if (!b) return '';
    return `${b.from === b.to ? formatDay(b.from) : `${formatDay(b.from)} – ${formatDay(b.to)}`}: ${count(b.count)}`;
  };
  const opts: uPlot.Options = {
    width: Math.max(200, container.clientWidth),
    height: HEIGHT,
    legend: { show: false },
    cursor: { drag: { x: true, y: false, setScale: false }, points: { show: false } },
    scales: {
      // From the data, not uPlot's guess: with one bar it would widen the scale by a day in milliseconds.
      x: { time: true, range: () => [(xs[0] ?? 0) - half, (xs[xs.length - 1] ?? 0) + half] },
      y: { range: (_u, _min, max) => [0, Math.max(1, max) * 1.1] },
    },
    axes: [
      {
        font,
        stroke: '#5b6470',
        grid: { show: false },
        // Ticks on bucket starts only (never hours), as many as fit about 90px apart.
        splits: (u) => {
          const every = Math.max(1, Math.ceil(xs.length / Math.max(1, Math.floor(u.width / 90))));
          return xs.filter((_x, i) => i % every === 0);
        },
        values: (_u, splits) => splits.map((s) => label.format(new Date(s * 1000))),
      },
      { font, stroke: '#5b6470', size: 44, incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000], values: (_u, splits) => splits.map((s) => count(s)) },
    ],
    series: [
      {},
      { label: 'مطابقات', fill: 'rgba(14, 116, 144, 0.75)', stroke: '#0e7490', width: 0, paths: uPlot.paths.bars!({ size: [0.8, 48] }), points: { show: false } },
    ],
    hooks: {
      setCursor: [(u) => {
        const i = u.cursor.idx;
        if (i !== null && i !== undefined) tip.textContent = describe(i);
      }],
      setSelect: [(u) => {
        if (u.select.width < 4) return;
        const lo = u.posToIdx(u.select.left);
        const hi = u.posToIdx(u.select.left + u.select.width);
        u.setSelect({ left: 0, top: 0, width: 0, height: 0 }, false);
        const a = buckets[Math.max(0, Math.min(lo, hi))];
        const b = buckets[Math.min(buckets.length - 1, Math.max(lo, hi))];
        if (a && b) onPick(a.from, b.to);
      }],
    },
  };
  const u = new uPlot(opts, [xs, ys], plot);
  plot.setAttribute('role', 'img');
  plot.setAttribute('aria-label', `رسم بياني للمطابقات ${unit === 'week' ? 'في كل أسبوع' : 'في كل يوم'}${xs.length ? ` من ${formatDay(buckets[0]!.from)} إلى ${formatDay(buckets[buckets.length - 1]!.to)}` : ''}`);
  let down = 0;
  u.over.addEventListener('mousedown', (e) => (down = e.clientX));
  u.over.addEventListener('click', (e) => {
    if (Math.abs(e.clientX - down) > 3) return; // a drag, handled by setSelect
    const i = u.cursor.idx;
    const b = i === null || i === undefined ? undefined : buckets[i];
    if (b && b.count > 0) onPick(b.from, b.to);
  });
  const resize = new ResizeObserver(() => {
    const width = Math.max(200, container.clientWidth);
    if (Math.abs(width - u.width) > 1) u.setSize({ width, height: HEIGHT });
  });
  resize.observe(container);
  return {
    destroy() {
      resize.disconnect();
      u.destroy();
    },
  };
}
