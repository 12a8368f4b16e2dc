/**
 * An article → its indexed terms: every field analysed with the search analyser (the one queries
 * use), each occurrence with its field and position, and each field's length in terms.
 */
import type { Article } from '../../ingest/article.js';
import { Analyzer, TermBuffer } from '../../text/analyze.js';
import { POSITION_GAP } from './fields.js';

/** Term occurrences of one article, columnar: analyser term id, field number, position. */
export class DocTerms {
  readonly buffer = new TermBuffer();
  fields = new Uint8Array(1024);
  /** Terms per field, by field number. */
  readonly lengths = new Uint32Array(4);

  reset(): void {
    this.buffer.reset();
    this.lengths.fill(0);
  }
}

/** The texts of an article's fields, in field order. */
export function fieldTexts(a: Pick<Article, 'headline' | 'subtitle' | 'captions' | 'paragraphs'>): string[][] {
  return [a.headline ? [a.headline] : [], a.subtitle ? [a.subtitle] : [], a.captions.map((c) => c.text), a.paragraphs];
}

/** Analyses `a` into `out` (reset first). */
export function analyzeArticle(analyzer: Analyzer, a: Pick<Article, 'headline' | 'subtitle' | 'captions' | 'paragraphs'>, out: DocTerms): void {
  out.reset();
  const buf = out.buffer;
  let position = 0;
  const texts = fieldTexts(a);
  for (let f = 0; f < texts.length; f++) {
    const before = buf.length;
    const extraBefore = buf.extra;
    for (const t of texts[f]!) position = analyzer.analyzeInto(t, buf, position) + POSITION_GAP;
    if (out.fields.length < buf.length) {
      const grownFields = new Uint8Array(buf.ids.length);
      grownFields.set(out.fields);
      out.fields = grownFields;
    }
    out.fields.fill(f, before, buf.length);
    // A field's length counts its words: a surface term shares its word's position.
    out.lengths[f] = buf.length - before - (buf.extra - extraBefore);
  }
}
