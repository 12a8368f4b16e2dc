/**
 * The token stream time expressions are matched on: the search form of the text (alef, hamza on
 * alef, ta marbuta, harakat and tanween folded, Arabic-Indic and Persian digits to ASCII), cut into
 * words, runs of digits and single marks. «غداً في ٤ مارس» → غدا · في · 4 · مارس. A line break is a
 * mark of its own, so no expression runs across lines.
 */
import type { DocToken } from '../core/document.js';
import type { TokenKind } from '../core/types.js';
import { normalize, normalizeText, type Normalized } from '../text/normalize.js';

/** A token of the folded text; `start`/`end` are offsets into the folded text. */
export interface Token {
  text: string;
  start: number;
  end: number;
  kind: 'word' | 'num' | 'mark';
}

/**
 * A run of Arabic letters, a run of other letters (a script change ends a word, as the document's
 * scanner ends its tokens: «هr» is «ه» and «r»), a run of digits, a line break or any other mark.
 */
const TOKEN = /[\p{sc=Arabic}\p{M}]+|(?:(?!\p{sc=Arabic})[\p{L}\p{M}])+|[0-9]+|\n|[^\s]/gu;

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
    // Numbers, Latin words and marks are cut into runs, as tokenize cuts the folded text. Each code
    // unit of the search form maps back to the code unit of the text it comes from («Aَ۴»: the fatha
    // folds to nothing, «۴» to «4»); where folding unit by unit does not give the token's form, the
    // token stays whole.
    const aligned = key.length === t.end - t.start;
    const at = aligned ? null : keyOffsets(text, t.start, t.end, key);
    for (const m of key.matchAll(RUN)) {
      const s = m[0];
      const c = s.charCodeAt(0);
      const kind = c >= 48 && c <= 57 ? 'num' : /^[\p{L}\p{M}]/u.test(s) ? 'word' : 'mark';
      if (aligned) toks.push({ text: s, start: t.start + m.index, end: t.start + m.index + s.length, kind });
      else if (at) toks.push({ text: s, start: at[m.index]!, end: at[m.index + s.length - 1]! + 1, kind });
      else {
        toks.push({ text: key, start: t.start, end: t.end, kind });
        break;
      }
    }
  }
  breaks(text.length);
  return toks;
}

/**
 * For each code unit of `key` (the search form of text[start, end)), the offset in the text of the
 * code unit it folds from; null when folding the text unit by unit does not give `key`.
 */
function keyOffsets(text: string, start: number, end: number, key: string): number[] | null {
  const at: number[] = [];
  let folded = '';
  for (let i = start; i < end; i++) {
    const f = normalizeText(text[i]!, 'search');
    for (let j = 0; j < f.length; j++) at.push(i);
    folded += f;
  }
  return folded === key ? at : null;
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
