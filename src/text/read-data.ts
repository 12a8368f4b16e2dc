/** Reads Rasd's bundled language resources from data/ (next to src/ and dist/). */
import { readFileSync } from 'node:fs';
import { RasdError } from '../errors.js';

/** The data/ folder: `../../data` from both src/text (tsx) and dist/text (built). */
export const DATA_DIR = new URL('../../data/', import.meta.url);

/** The text of a bundled data file, e.g. `lexicon/ayaspell-stems.txt`; throws E_DATA naming it when missing. */
export function readDataText(relativePath: string): string {
  try {
    return readFileSync(new URL(relativePath, DATA_DIR), 'utf8');
  } catch (err) {
    throw new RasdError('E_DATA', `cannot read bundled data file "data/${relativePath}"`, { cause: err });
  }
}

/** The non-empty, non-comment lines of a data file (`#` starts a comment line), trimmed. */
export function readLines(relativePath: string): string[] {
  return dataLines(readDataText(relativePath));
}

/** The non-empty, non-comment lines of a data file's text, trimmed (see {@link readLines}). */
export function dataLines(raw: string): string[] {
  const out: string[] = [];
  for (const line of raw.split(/\r?\n/)) {
    const t = line.trim();
    if (t && !t.startsWith('#')) out.push(t);
  }
  return out;
}
