/**
 * Credit lines that are a person's name: «سارة الغامدي من الطائف» (a reporter and the place they
 * wrote from), «أحمد عبده ضعافي» (a columnist's name alone above the text). Both open with a given
 * name: the first words of the person names of data/ner/anergazet.txt.
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
    // (Not a title or a word with the article: «الأمير», «السلام» open names and greetings alike.)
    if (first && first.length >= 3 && !first.startsWith('ال')) out.add(first);
  }
  return (names = out);
}

/**
 * A given name and one to three more words, «من», and a place the gazetteer knows, and nothing else
 * (a headline such as «عودة الحجاج من مكة» opens with no given name).
 */
export function isReporterFrom(line: string): boolean {
  if (line.length > 80 || !line.includes('من')) return false;
  const m = SHAPE.exec(line.trim());
  return !!m && givenNames().has(normalizeText(m[1]!, 'search')) && isPlaceName(m[2]!);
}

const NAME = /^([\p{L}\p{M}]+)(?:\s[\p{L}\p{M}]+){1,3}$/u;

/** A given name and one to three more words, nothing else: «أحمد عبده ضعافي». */
export function isBareName(line: string): boolean {
  if (line.length > 50) return false;
  const m = NAME.exec(line.trim());
  return !!m && givenNames().has(normalizeText(m[1]!, 'search'));
}
