/**
 * God's name is no entity (data/entities/divine-names.txt): ANERcorp tags «الله» MISC, so the tagger
 * does, in every prayer, verse and formula an article quotes («رحمه الله», «إن الله غفور رحيم»); a
 * monitor follows actors, and «الله» would top every list of most-named entities.
 */
import { readLines } from '../text/read-data.js';
import { nameKey } from './fold-name.js';

let bundled: ReadonlySet<string> | undefined;

/** The search keys of the listed names, read once. */
export function divineNameKeys(): ReadonlySet<string> {
  bundled ??= new Set(readLines('entities/divine-names.txt').map(nameKey).filter(Boolean));
  return bundled;
}

/** True when a mention's whole text is one of the listed names, with و/ف and ب/ك in front or not («والله», «بالله», «ولله»). */
export function isDivineName(text: string, names: ReadonlySet<string> = divineNameKeys()): boolean {
  const key = nameKey(text);
  const noConj = key.replace(/^[وف](?=..)/u, '');
  return [key, noConj, noConj.replace(/^[بك](?=ال)/u, '')].some((k) => names.has(k));
}
