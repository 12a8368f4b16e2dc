/**
 * The nouns that announce a proper name after them (data/search/name-cues.txt): «نادي الاتفاق»,
 * «حركة فتح», «مدينة تدمر». Held as the surface terms the index writes for them.
 */
import { readLines } from '../../text/read-data.js';
import { normalizeText } from '../../text/normalize.js';
import { SURFACE_MARK, termForm } from '../../text/analyze.js';

/** A cue's surface term: the search form without the article, marked as a surface (النادي → =نادي). */
export function cueTerm(word: string): string {
  const w = normalizeText(word.trim(), 'search');
  return SURFACE_MARK + termForm(/^ال.../u.test(w) ? w.slice(2) : w);
}

/** Parses cue lines (comments already removed) into their surface terms. */
export function parseNameCues(lines: readonly string[]): Set<string> {
  return new Set(lines.map(cueTerm));
}

let cached: ReadonlySet<string> | undefined;

/** The bundled cues, read once. */
export function defaultNameCues(): ReadonlySet<string> {
  cached ??= parseNameCues(readLines('search/name-cues.txt'));
  return cached;
}
