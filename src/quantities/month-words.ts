/**
 * The first words of month names, Gregorian (data/text/months.txt through src/text/months.ts) and
 * Hijri (data/text/hijri-months.txt), in search form: a number before one is a day («4 مارس»,
 * «5 شوال»), a year after one is part of a date («مارس 2025»), neither is a quantity.
 */
import { defaultMonths } from '../text/months.js';
import { readLines } from '../text/read-data.js';
import { foldWord } from './number-words.js';

/** Month names as words: the first word of each («كانون», «مارس», «شوال», «march»), and the two-word names whole («كانون الثاني»). */
export interface MonthWords {
  first: ReadonlySet<string>;
  pairs: ReadonlySet<string>;
}

let cached: MonthWords | undefined;

/** The month words of the bundled data files, read once. */
export function defaultMonthWords(): MonthWords {
  if (cached) return cached;
  const first = new Set<string>();
  const pairs = new Set<string>();
  const add = (name: string): void => {
    const words = name.split(' ').filter(Boolean);
    if (words[0]) first.add(words[0]);
    if (words.length === 2) pairs.add(words.join(' '));
  };
  for (const name of defaultMonths().keys()) add(name);
  for (const line of readLines('text/hijri-months.txt')) {
    for (const name of (line.split('\t')[1] ?? '').split('|')) add(foldWord(name.trim()));
  }
  cached = { first, pairs };
  return cached;
}
