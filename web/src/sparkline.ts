/** A small inline SVG line of weekly counts, drawn by hand (a polyline and its shaded area). */

const SVG = 'http://www.w3.org/2000/svg';

export interface SparklineOptions {
  width?: number;
  height?: number;
  /** Read by screen readers and shown on hover. */
  label?: string;
}

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

/** `[0, 2, 5, 1]` → an `<svg class="sparkline">`; time runs left to right. */
export function sparkline(values: readonly number[], options: SparklineOptions = {}): SVGSVGElement {
  const width = options.width ?? 120;
  const height = options.height ?? 28;
  const pad = 2;
  const root = svg('svg', { class: 'sparkline', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': options.label ?? '' });
  if (options.label) {
    const title = svg('title', {});
    title.textContent = options.label;
    root.append(title);
  }
  if (!values.length) return root;
  const max = Math.max(1, ...values);
  const step = values.length > 1 ? (width - 2 * pad) / (values.length - 1) : 0;
  const points = values.map((v, i): [number, number] => [
    values.length > 1 ? pad + i * step : width / 2,
    height - pad - (v / max) * (height - 2 * pad),
  ]);
  const line = points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ');
  const first = points[0]!;
  const last = points[points.length - 1]!;
  root.append(
    svg('path', { class: 'area', d: `M${first[0].toFixed(1)},${height - pad} L${line.replaceAll(' ', ' L')} L${last[0].toFixed(1)},${height - pad} Z` }),
    svg('polyline', { class: 'line', points: line, fill: 'none' }),
    svg('circle', { class: 'dot', cx: last[0].toFixed(1), cy: last[1].toFixed(1), r: 2 }),
  );
  return root;
}
