/**
 * The nouns that announce a proper name after them (data/search/name-cues.txt): «نادي الاتفاق»,
 * «حركة فتح», «مدينة تدمر». Held as the surface terms the index writes for them.
 */
import { readLines } from '../../text/read-data.js';
import { nameKey } from '../../text/known-names.js';
import { RasdError } from '../../errors.js';
import { SURFACE_MARK, termForm } from '../../text/analyze.js';

/** A cue's surface term: its name key (no article), in the term form, marked as a surface (النادي → =نادي); null for no one word. */
export function cueTerm(word: string): string | null {
  const key = nameKey(word);
  return key === null ? null : SURFACE_MARK + termForm(key);
}

/** Parses cue lines (comments already removed) into their surface terms. */
export function parseNameCues(lines: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const line of lines) {
    const term = cueTerm(line);
    if (term === null) throw new RasdError('E_DATA', `data/search/name-cues.txt: «${line}» is not one Arabic word`);
    out.add(term);
  }
  return out;
}

let cached: ReadonlySet<string> | undefined;

/** The bundled cues, read once. */
export function defaultNameCues(): ReadonlySet<string> {
  cached ??= parseNameCues(readLines('search/name-cues.txt'));
  return cached;
}
