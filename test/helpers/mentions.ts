/** Mentions of the given words of a text (each at its first occurrence), as a tagger would give them. */
import type { EntityType, Mention } from '../../src/core/entity-schema.js';

/** One mention of `type` for each of `words`, at its first occurrence in `text`. */
export function mentionsAt(type: EntityType, text: string, ...words: string[]): Mention[] {
  return words.map((w) => {
    const start = text.indexOf(w);
    return { type, start, end: start + w.length, text: w };
  });
}
