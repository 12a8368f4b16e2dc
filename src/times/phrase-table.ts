/**
 * Look-up of listed phrases in the token stream: «أول من أمس» is three words, «كانون الثاني» two.
 * The first word may carry و/ف then ب/ل (from data/morphology/proclitics.txt), left out of the
 * span: «وأمس» → «أمس», «بالأمس» → «الأمس». After ل the article loses its alef («للعام» is ل +
 * «العام»); that ل + ل cannot be cut apart, so the span keeps it, as entity spans do.
 */
import { cliticLetters } from '../entities/clitic-forms.js';
import { normalizeText } from '../text/normalize.js';
import type { Token } from './tokens.js';

/** Phrases in the search form (words joined by one space) → their value. */
export interface PhraseTable<V> {
  map: ReadonlyMap<string, V>;
  /** The most words any phrase has. */
  maxWords: number;
}

/** A phrase found at a token: its value, the token after it, and how many letters of the first word are clitics. */
export interface Hit<V> {
  value: V;
  next: number;
  skip: number;
}

/** Builds a table from [value, phrases as written] pairs, folding each phrase to the search form. */
export function phraseTable<V>(entries: Iterable<readonly [V, string]>): PhraseTable<V> {
  const map = new Map<string, V>();
  let maxWords = 1;
  for (const [value, phrase] of entries) {
    const key = normalizeText(phrase, 'search').trim().replace(/\s+/gu, ' ');
    if (!key) continue;
    map.set(key, value);
    maxWords = Math.max(maxWords, key.split(' ').length);
  }
  return { map, maxWords };
}

let letters: { conj: string; prep: string } | undefined;

/** The readings of a word with its proclitics cut off, the word itself first: «وبالأمس» → [وبالامس 0], [بالامس 1], [الامس 2]. */
export function cliticReadings(w: string): Array<[string, number]> {
  if (!letters) {
    const l = cliticLetters();
    letters = { conj: l.conj.join(''), prep: l.prep.join('') };
  }
  const out: Array<[string, number]> = [[w, 0]];
  const bases = [0];
  if (w.length > 2 && letters.conj.includes(w[0]!)) {
    out.push([w.slice(1), 1]);
    bases.push(1);
  }
  for (const b of bases) {
    if (w.length - b <= 2 || !letters.prep.includes(w[b]!)) continue;
    if (w[b] === 'ل' && w[b + 1] === 'ل') out.push(['ا' + w.slice(b + 1), b]);
    else out.push([w.slice(b + 1), b + 1]);
  }
  return out;
}

/** The longest listed phrase starting at token `i` (words only), trying clitic readings of its first word when `clitics` is set. */
export function phraseAt<V>(toks: readonly Token[], i: number, table: PhraseTable<V>, clitics = false): Hit<V> | null {
  const first = toks[i];
  if (!first || first.kind !== 'word') return null;
  const readings = clitics ? cliticReadings(first.text) : [[first.text, 0] as [string, number]];
  let rest = '';
  let n = 1;
  const tails: string[] = [''];
  // Tails of 1…maxWords words: «من أمس» after «أول».
  while (n < table.maxWords && toks[i + n]?.kind === 'word') {
    rest += ' ' + toks[i + n]!.text;
    tails.push(rest);
    n++;
  }
  for (let k = tails.length - 1; k >= 0; k--) {
    for (const [w, skip] of readings) {
      const v = table.map.get(w + tails[k]);
      if (v !== undefined) return { value: v, next: i + k + 1, skip };
    }
  }
  return null;
}

/** Whether token `i` is one of the listed words or marks (no clitics): «-» or «إلى». */
export function isListed(toks: readonly Token[], i: number, table: PhraseTable<unknown>): boolean {
  const t = toks[i];
  return t !== undefined && table.map.has(t.text);
}
