/**
 * The token stream time expressions are matched on: the search form of the text (alef, hamza on
 * alef, ta marbuta, harakat and tanween folded, Arabic-Indic and Persian digits to ASCII), cut into
 * words, runs of digits and single marks. «غداً في ٤ مارس» → غدا · في · 4 · مارس. A line break is a
 * mark of its own, so no expression runs across lines.
 */
import { normalize, type Normalized } from '../text/normalize.js';

/** A token of the folded text; `start`/`end` are offsets into the folded text. */
export interface Token {
  text: string;
  start: number;
  end: number;
  kind: 'word' | 'num' | 'mark';
}

const TOKEN = /[\p{L}\p{M}]+|[0-9]+|\n|[^\s]/gu;

/** Folds `text` (keeping the offset map) and cuts it into tokens. */
export function tokenize(text: string): { folded: Normalized; toks: Token[] } {
  const folded = normalize(text, 'search');
  const toks: Token[] = [];
  for (const m of folded.text.matchAll(TOKEN)) {
    const s = m[0];
    const c = s.charCodeAt(0);
    toks.push({ text: s, start: m.index, end: m.index + s.length, kind: c >= 48 && c <= 57 ? 'num' : /^[\p{L}\p{M}]/u.test(s) ? 'word' : 'mark' });
  }
  return { folded, toks };
}

/** Whether token `i` directly follows token `i - 1`, with no space between: «21/07/2015». */
/** A mark token that ends a sentence: relative readings never look across one. */
export const SENTENCE_END = /^[.!?؟\n]$/u;

export const touches = (toks: readonly Token[], i: number): boolean => i > 0 && toks[i] !== undefined && toks[i]!.start === toks[i - 1]!.end;

/** The number of a digit token of at most `maxDigits` digits, or null. */
export function numberAt(toks: readonly Token[], i: number, maxDigits: number): number | null {
  const t = toks[i];
  if (!t || t.kind !== 'num' || t.text.length > maxDigits) return null;
  return parseInt(t.text, 10);
}
