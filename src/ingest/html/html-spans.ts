/**
 * Spans for the fields of an HTML article, found again in the page source (source-map.ts), and
 * the honest account of where that failed: a span that covers markup or character references
 * (`html.slice(start, end)` is not the field's text) or a field not found at all becomes one
 * `html/span-approximate` info diagnostic per article, naming the fields.
 */
import type { Diagnostic } from '../../errors.js';
import type { ArticleSpan } from '../../core/article.js';
import { locate, type Located, type SourceMap } from './source-map.js';

/** Finds field spans in one page and remembers which were not exact. */
export interface SpanFinder {
  /** The field `label` (e.g. `paragraph 2`) with text `text`, looked for from visible-text index `from`, else anywhere. */
  find(label: string, text: string | null, from?: number): Located | null;
  /** The diagnostic for the spans that were not exact, or null when all were. */
  report(path: string): Diagnostic | null;
}

/** The span of a located field, or null. */
export function spanOf(hit: Located | null): ArticleSpan | null {
  return hit ? { start: hit.start, end: hit.end } : null;
}

/** `paragraph 2, caption 1, removed block ×3` */
function list(labels: string[]): string {
  const counts = new Map<string, number>();
  for (const l of labels) counts.set(l, (counts.get(l) ?? 0) + 1);
  return [...counts].map(([l, n]) => (n > 1 ? `${l} ×${n}` : l)).join(', ');
}

/** A span finder over `html` and its source map. */
export function spanFinder(html: string, map: SourceMap): SpanFinder {
  const covering: string[] = [];
  const missing: string[] = [];
  return {
    find(label, text, from = 0) {
      if (!text) return null;
      const hit = locate(html, map, text, from) ?? (from > 0 ? locate(html, map, text, 0) : null);
      if (!hit) missing.push(label);
      else if (!hit.exact) covering.push(label);
      return hit;
    },
    report(path) {
      if (!covering.length && !missing.length) return null;
      const parts = [
        ...(covering.length ? [`the spans of ${list(covering)} cover markup or character references`] : []),
        ...(missing.length ? [`${list(missing)} could not be found in the page source`] : []),
      ];
      return { code: 'html/span-approximate', message: parts.join('; '), input: path, start: 0, end: html.length, unit: 'char', severity: 'info' };
    },
  };
}
