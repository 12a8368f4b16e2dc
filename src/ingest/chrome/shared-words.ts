/**
 * What a header line shares with the text below it. A headline (and a deck) names what the text is
 * about, so it shares words with it: of SaudiNewsNet's titles, 85% share three words or more with
 * their text and 2.5% none. A site's name, a date, a prayer timetable, a login link or the ticker's
 * headline of another story share none. Words are compared by a light key: the line's shape words
 * (folded), without stopwords and numbers, with a leading conjunction, preposition or article cut
 * («والنفط» → «نفط»), and their first five letters («أسعار» ~ «أسعارها»).
 */
import { defaultStopwords } from '../../text/stopwords.js';
import { lineShape } from './line-shape.js';

/** Keys are at most this long: an inflected ending does not part two forms of a word. */
const KEY_LENGTH = 5;
/** A key needs this many letters left after its prefix is cut. */
const MIN_KEY = 3;
/** How much of the text (in characters) the header is compared with: its opening says what it is about. */
export const TEXT_SAMPLE = 3000;
const PROCLITIC = /^(?:وال|بال|فال|كال|لل|ال|و|ف|ب|ل)/u;

function keyOf(word: string, stop: ReadonlySet<string>): string | null {
  if (word === '#' || stop.has(word)) return null;
  const m = PROCLITIC.exec(word);
  const bare = m && word.length - m[0].length >= MIN_KEY ? word.slice(m[0].length) : word;
  return bare.length < MIN_KEY ? null : bare.slice(0, KEY_LENGTH);
}

/** The keys of a line's content words. */
export function contentKeys(line: string, into = new Set<string>()): Set<string> {
  const stop = defaultStopwords();
  for (const w of lineShape(line).split(' ')) {
    const k = keyOf(w, stop);
    if (k) into.add(k);
  }
  return into;
}

/** How many of `line`'s content words the text's keys hold. */
export function sharedWords(line: string, text: ReadonlySet<string>): number {
  let n = 0;
  for (const k of contentKeys(line)) if (text.has(k)) n++;
  return n;
}

/** The keys of a text's opening: the content words of its lines up to TEXT_SAMPLE characters. */
export function openingKeys(lines: Iterable<string>): Set<string> {
  const keys = new Set<string>();
  let chars = 0;
  for (const line of lines) {
    if (chars >= TEXT_SAMPLE) break;
    contentKeys(line.slice(0, TEXT_SAMPLE - chars), keys);
    chars += line.length;
  }
  return keys;
}
