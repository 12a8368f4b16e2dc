/** Moves the offsets of what an extractor found in a piece of text to the piece's place in the whole input. */
import type { Diagnostic } from '../../errors.js';
import type { Article, ArticleSpan } from '../../core/article.js';

const span = <T extends ArticleSpan>(s: T, by: number): T => ({ ...s, start: s.start + by, end: s.end + by });
const maybe = (s: ArticleSpan | null, by: number): ArticleSpan | null => (s ? span(s, by) : null);

/** `d` with its character offsets moved by `by` (byte offsets are already global). */
export function shiftDiagnostic(d: Diagnostic, by: number): Diagnostic {
  return by === 0 || d.unit !== 'char' ? d : span(d, by);
}

/** `a` with every span moved by `by` code units. */
export function shiftArticle(a: Article, by: number): Article {
  if (by === 0) return a;
  return {
    ...a,
    captions: a.captions.map((c) => span(c, by)),
    source: span(a.source, by),
    spans: {
      headline: maybe(a.spans.headline, by),
      subtitle: maybe(a.spans.subtitle, by),
      byline: maybe(a.spans.byline, by),
      dateline: maybe(a.spans.dateline, by),
      paragraphs: a.spans.paragraphs.map((p) => span(p, by)),
    },
    removed: a.removed.map((r) => span(r, by)),
    diagnostics: a.diagnostics.map((d) => shiftDiagnostic(d, by)),
  };
}
