/**
 * Snippets that highlight the original text: the paragraph with the most distinct query terms, cut
 * to a window around its first match, with the spans of the matching words as written (diacritics,
 * clitics and all), found by analysing the text with the indexing analyser. An `entity:` or `said:`
 * query has mentions instead of words: their spans (`marks`) count as one more match and are marked.
 */
import { TermBuffer, type Analyzer } from '../../text/analyze.js';

export interface Highlighted {
  text: string;
  /** `[start, end)` of each matching word in `text`. */
  highlights: Array<[number, number]>;
}

const scratch = new TermBuffer();

function matches(analyzer: Analyzer, text: string, terms: ReadonlySet<string>): { spans: Array<[number, number]>; distinct: number } {
  scratch.reset();
  analyzer.analyzeInto(text, scratch);
  const spans: Array<[number, number]> = [];
  const seen = new Set<string>();
  for (let i = 0; i < scratch.length; i++) {
    const t = analyzer.term(scratch.ids[i]!);
    if (!terms.has(t)) continue;
    seen.add(t);
    // A word's stem and surface terms share its span: it is marked once.
    const last = spans[spans.length - 1];
    if (last && last[0] === scratch.starts[i] && last[1] === scratch.ends[i]) continue;
    spans.push([scratch.starts[i]!, scratch.ends[i]!]);
  }
  return { spans, distinct: seen.size };
}

type Span = [number, number];

/** Term spans and marks, in order, overlaps merged. */
function merged(spans: readonly Span[], marks: readonly Span[] = []): Span[] {
  if (!marks.length) return spans.slice();
  const out: Span[] = [];
  for (const [a, b] of [...spans, ...marks].sort((x, y) => x[0] - y[0] || x[1] - y[1])) {
    const last = out[out.length - 1];
    if (last && a < last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** `text` with its matching words marked, and `marks` (mentions) too. */
export function highlight(analyzer: Analyzer, text: string, terms: ReadonlySet<string>, marks: readonly Span[] = []): Highlighted {
  return { text, highlights: merged(matches(analyzer, text, terms).spans, marks) };
}

/**
 * The best window of at most about `max` characters from `paragraphs`, marked; starts or ends with … when cut.
 * `marks[i]` are mention spans in paragraph i (sorted): «entity:الجبير» centres the window on «الجبير».
 */
export function snippet(analyzer: Analyzer, paragraphs: readonly string[], terms: ReadonlySet<string>, max = 240, marks: ReadonlyArray<readonly Span[]> = []): Highlighted {
  let best = { i: -1, distinct: 0, count: 0, spans: [] as Span[] };
  paragraphs.forEach((p, i) => {
    const m = matches(analyzer, p, terms);
    const mk = marks[i] ?? [];
    const distinct = m.distinct + (mk.length ? 1 : 0);
    const count = m.spans.length + mk.length;
    if (distinct > best.distinct || (distinct === best.distinct && count > best.count)) best = { i, distinct, count, spans: merged(m.spans, mk) };
  });
  const i = best.i < 0 ? 0 : best.i;
  const p = paragraphs[i] ?? '';
  if (p.length <= max) return { text: p, highlights: best.i < 0 ? [] : best.spans };
  const first = best.spans[0]?.[0] ?? 0;
  let start = Math.max(0, first - Math.floor(max / 4));
  if (start > 0) {
    const sp = p.indexOf(' ', start);
    start = sp >= 0 && sp < first ? sp + 1 : start;
  }
  let end = Math.min(p.length, start + max);
  if (end < p.length) {
    const sp = p.lastIndexOf(' ', end);
    if (sp > start) end = sp;
  }
  const lead = start > 0 ? '… ' : '';
  const text = lead + p.slice(start, end) + (end < p.length ? ' …' : '');
  const highlights = best.spans.filter(([a, b]) => a >= start && b <= end).map(([a, b]): [number, number] => [a - start + lead.length, b - start + lead.length]);
  return { text, highlights };
}
