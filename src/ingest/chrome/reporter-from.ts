/**
 * «سارة الغامدي من الطائف», «كتب: ياسر البقمي من جدة»: a reporter's credit that names where they
 * wrote from. The line is a given name and one to three more words, «من», and a place the gazetteer
 * knows, and nothing else (a headline such as «عودة الحجاج من مكة» opens with no given name).
 * Given names are the first words of the person names of data/ner/anergazet.txt.
 */
import { normalizeText } from '../../text/normalize.js';
import { isPlaceName } from '../../text/places.js';
import { readLines } from '../../text/read-data.js';

const SHAPE = /^(?:(?:كتب|كتبت|بقلم|تقرير)\s*:\s*)?([\p{L}\p{M}]+)(?:\s[\p{L}\p{M}]+){1,3}\s+من\s+([\p{L}\p{M}]+(?:\s[\p{L}\p{M}]+){0,2})$/u;

let names: ReadonlySet<string> | undefined;

/** Given names, in search form. */
function givenNames(): ReadonlySet<string> {
  if (names) return names;
  const out = new Set<string>();
  for (const line of readLines('ner/anergazet.txt')) {
    const [type, name] = line.split('\t');
    const first = type === 'PERS' && name ? normalizeText(name, 'search').split(' ')[0] : '';
    if (first && first.length >= 3) out.add(first);
  }
  return (names = out);
}

/** True when `line` is a reporter's credit with the place they wrote from. */
export function isReporterFrom(line: string): boolean {
  if (line.length > 80 || !line.includes('من')) return false;
  const m = SHAPE.exec(line.trim());
  return !!m && givenNames().has(normalizeText(m[1]!, 'search')) && isPlaceName(m[2]!);
}
