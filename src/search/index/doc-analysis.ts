/**
 * An article → its indexed terms: every field analysed with the search analyser (the one queries
 * use), each occurrence with its field and position, and each field's length in terms.
 */
import type { Article } from '../../core/article.js';
import { Analyzer, isDefinite, TermBuffer } from '../../text/analyze.js';
import { PART_BREAK } from '../../core/document.js';
import type { Entity } from '../../core/entity-schema.js';
import { POSITION_GAP } from './fields.js';
import { defaultNameCues } from './name-cues.js';

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

/**
 * Analyses `a` into `out` (reset first). A word's surface term inside an entity the tagger found
 * (`a.entities`, spans into the parts joined by blank lines) gets a mention term too.
 */
export function analyzeArticle(analyzer: Analyzer, a: Pick<Article, 'headline' | 'subtitle' | 'captions' | 'paragraphs' | 'entities'>, out: DocTerms): void {
  out.reset();
  const buf = out.buffer;
  let position = 0;
  const texts = fieldTexts(a);
  const entities = a.entities ?? [];
  let offset = 0;
  let next = 0;
  for (let f = 0; f < texts.length; f++) {
    const before = buf.length;
    const extraBefore = buf.extra;
    for (const t of texts[f]!) {
      const from = buf.length;
      position = analyzer.analyzeInto(t, buf, position) + POSITION_GAP;
      next = markMentions(analyzer, t, buf, from, offset, entities, next);
      offset += t.length + PART_BREAK.length;
    }
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

/**
 * Adds a mention term after the surface term of each word of `buf` from `from` on (the terms of
 * `text`) that is an entity's own name (`entities` in text order; `offset` is where `text` starts
 * in the joined text). A word is one when the entity is that word alone («الاتفاق» as an
 * organisation), a person's name (every word of «حسني مبارك»), or the one word after nouns that
 * announce a name («نادي الاتفاق», «حركة فتح»: data/search/name-cues.txt). A name written with
 * the article has a mention term of its own (الهلال the club, not the given name هلال). Any other word of an entity is a word
 * of a longer name, and gets a part term instead: «الاتفاق النووي الإيراني» is no mention of
 * الاتفاق, nor «مجلس التعاون» of التعاون, and a search for the word alone discounts them.
 * Returns the index of the first entity that may still hold a later word.
 */
function markMentions(analyzer: Analyzer, text: string, buf: TermBuffer, from: number, offset: number, entities: readonly Entity[], next: number): number {
  const end = buf.length;
  const cues = defaultNameCues();
  for (let k = from; k < end && next < entities.length; k++) {
    if (!analyzer.isSurface(buf.ids[k]!)) continue;
    const start = offset + buf.starts[k]!;
    while (next < entities.length && entities[next]!.end <= start) next++;
    const e = entities[next];
    if (!e || e.start > start || offset + buf.ends[k]! > e.end) continue;
    // The entity's terms, those of its words whose spans lie inside it; a word's terms share its position.
    let first = k;
    while (first > from && inside(buf, first - 1, offset, e)) first--;
    let last = k;
    while (last + 1 < end && inside(buf, last + 1, offset, e)) last++;
    const pos = buf.positions[k]!;
    let named = e.type === 'PERS' || buf.positions[first] === buf.positions[last];
    // The last word, after nothing but nouns that announce it.
    if (!named && buf.positions[last] === pos) {
      named = true;
      for (let j = first; j < k && named; j++) if (buf.positions[j] !== pos && analyzer.isSurface(buf.ids[j]!)) named = cues.has(analyzer.term(buf.ids[j]!));
    }
    const term = named ? analyzer.mentionTerm(buf.ids[k]!, isDefinite(text.slice(buf.starts[k]!, buf.ends[k]!))) : analyzer.partTerm(buf.ids[k]!);
    buf.push(term, buf.positions[k]!, buf.starts[k]!, buf.ends[k]!);
    buf.extra++;
  }
  return next;
}

/** Whether the word of term `i` of `buf` lies inside `e`. */
function inside(buf: TermBuffer, i: number, offset: number, e: Entity): boolean {
  return offset + buf.starts[i]! >= e.start && offset + buf.ends[i]! <= e.end;
}
