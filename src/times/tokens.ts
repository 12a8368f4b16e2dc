/**
 * The token stream time expressions are matched on: the search form of the text (alef, hamza on
 * alef, ta marbuta, harakat and tanween folded, Arabic-Indic and Persian digits to ASCII), cut into
 * words, runs of digits and single marks. «غداً في ٤ مارس» → غدا · في · 4 · مارس. A line break is a
 * mark of its own, so no expression runs across lines.
 */
import type { DocToken } from '../core/document.js';
import type { TokenKind } from '../core/types.js';
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

const OPAQUE: ReadonlySet<TokenKind> = new Set(['url', 'email', 'hashtag', 'mention']);
const RUN = /[\p{L}\p{M}]+|[0-9]+|[^\s]/gu;

/**
 * The same stream read from a document's tokens (src/core/document.ts), each token's search form
 * cut as {@link tokenize} cuts the folded text, but with offsets into the original text. A link, an
 * address, a hashtag or a handle is one opaque mark: no date is read inside «https://…/2015/07/21».
 */
export function tokensOf(text: string, tokens: readonly DocToken[]): Token[] {
  const toks: Token[] = [];
  let gapFrom = 0;
  const breaks = (to: number): void => {
    for (let i = gapFrom; i < to; i++) if (text.charCodeAt(i) === 10) toks.push({ text: '\n', start: i, end: i + 1, kind: 'mark' });
  };
  for (const t of tokens) {
    breaks(t.start);
    gapFrom = t.end;
    const key = t.key;
    if (key === '') continue;
    if (OPAQUE.has(t.kind)) {
      toks.push({ text: key, start: t.start, end: t.end, kind: 'mark' });
      continue;
    }
    if (t.kind === 'arabic' || t.kind === 'other') {
      toks.push({ text: key, start: t.start, end: t.end, kind: 'word' });
      continue;
    }
    // Numbers, Latin words and marks are cut into runs; their search form keeps one code unit per
    // code unit of the text (digits and marks fold one to one), else the token stays whole.
    const aligned = key.length === t.end - t.start;
    for (const m of key.matchAll(RUN)) {
      const s = m[0];
      const c = s.charCodeAt(0);
      const kind = c >= 48 && c <= 57 ? 'num' : /^[\p{L}\p{M}]/u.test(s) ? 'word' : 'mark';
      if (!aligned) {
        toks.push({ text: key, start: t.start, end: t.end, kind });
        break;
      }
      toks.push({ text: s, start: t.start + m.index, end: t.start + m.index + s.length, kind });
    }
  }
  breaks(text.length);
  return toks;
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
