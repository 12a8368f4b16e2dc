/**
 * The token stream quantities are read from: numerals, words and single marks of the original text,
 * each with its search form. «بنحو ١٬٥٠٠ قتيلاً» → بنحو · 1٬500 · قتيلا. A numeral keeps its
 * separators («1,500», «١٫٥»); a line break is a mark, so no quantity runs across lines.
 */
import type { DocToken } from '../core/document.js';
import type { TokenKind } from '../core/types.js';
import { foldWord } from './number-words.js';

export interface QToken {
  start: number;
  end: number;
  kind: 'num' | 'word' | 'mark';
  /** The token as written. */
  raw: string;
  /** Search form (a numeral keeps its raw digits). */
  fold: string;
  /** No space between it and the token before: «بـ20», «21/07». */
  glued: boolean;
}

const TOKEN = /[0-9٠-٩۰-۹]+(?:[.,٫٬][0-9٠-٩۰-۹]+)*|[\p{L}\p{M}]+|\n|[^\s\p{L}\p{M}]/gu;
const DIGIT = /[0-9٠-٩۰-۹]/;
const LETTER = /^[\p{L}\p{M}]/u;

/** Cuts `text` into tokens; linear, one pass of a regular expression with no backtracking. */
export function quantityTokens(text: string): QToken[] {
  const out: QToken[] = [];
  // Words repeat: fold each distinct one once.
  const folds = new Map<string, string>();
  let lastEnd = -1;
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    const start = m.index;
    const kind = DIGIT.test(raw[0]!) ? 'num' : LETTER.test(raw) ? 'word' : 'mark';
    let fold = kind === 'num' ? raw : folds.get(raw);
    if (fold === undefined) folds.set(raw, (fold = foldWord(raw)));
    out.push({ start, end: start + raw.length, kind, raw, fold, glued: start === lastEnd });
    lastEnd = start + raw.length;
  }
  return out;
}

const MARK_KINDS: ReadonlySet<TokenKind> = new Set(['punct', 'quote', 'symbol']);
/** Whole tokens no quantity is read inside: «https://…/2015», «#رؤية_2030», «@user1». */
const OPAQUE_KINDS: ReadonlySet<TokenKind> = new Set(['url', 'email', 'hashtag', 'mention']);

/**
 * The same stream read from a document's tokens (src/core/document.ts): a numeral or a word is
 * one token, marks are one character each, every line break is a mark, and a link, an address, a
 * hashtag or a handle is one opaque mark, so no quantity is read inside it.
 */
export function quantityTokensOf(text: string, tokens: readonly DocToken[]): QToken[] {
  const out: QToken[] = [];
  const folds = new Map<string, string>();
  let lastEnd = -1;
  let gapFrom = 0;
  const push = (start: number, end: number, kind: QToken['kind'], raw: string): void => {
    let fold = kind === 'num' ? raw : folds.get(raw);
    if (fold === undefined) folds.set(raw, (fold = foldWord(raw)));
    out.push({ start, end, kind, raw, fold, glued: start === lastEnd });
    lastEnd = end;
  };
  for (const t of tokens) {
    for (let i = gapFrom; i < t.start; i++) if (text.charCodeAt(i) === 10) push(i, i + 1, 'mark', '\n');
    gapFrom = t.end;
    const raw = text.slice(t.start, t.end);
    if (t.kind === 'number') push(t.start, t.end, 'num', raw);
    else if (OPAQUE_KINDS.has(t.kind)) push(t.start, t.end, 'mark', raw);
    else if (MARK_KINDS.has(t.kind)) for (let i = t.start; i < t.end; i++) push(i, i + 1, 'mark', text[i]!);
    else push(t.start, t.end, 'word', raw);
  }
  for (let i = gapFrom; i < text.length; i++) if (text.charCodeAt(i) === 10) push(i, i + 1, 'mark', '\n');
  return out;
}

/** Proclitics a quantity's first word may carry, longest first: «وبنحو», «بثلاثة», «لأكثر». */
export const PROCLITICS = ['وب', 'ول', 'فب', 'فل', 'وك', 'و', 'ف', 'ب', 'ل', 'ك'] as const;

/** A word that is only a proclitic, glued to the numeral after it: «بـ20», «و20». */
export const isBareClitic = (t: QToken): boolean => t.kind === 'word' && (PROCLITICS as readonly string[]).includes(t.fold);

/**
 * The rest of a word's search form after a proclitic, when `accept` takes it: «وثلاثه» → «ثلاثه».
 * The rest keeps at least `minRest` letters, three unless the caller says (two after «و»: «وست»),
 * so «لست» is not ل + ست.
 */
export function splitProclitic(fold: string, accept: (rest: string) => boolean, minRest = 3): { rest: string; letters: number } | null {
  for (const p of PROCLITICS) {
    if (fold.length - p.length >= (p === 'و' ? 2 : minRest) && fold.startsWith(p) && accept(fold.slice(p.length))) return { rest: fold.slice(p.length), letters: p.length };
  }
  return null;
}

/** Arabic harakat, Quranic marks and tatweel (the marks a folded letter may carry). */
const isMarkOrTatweel = (c: number): boolean => (c >= 0x610 && c <= 0x61a) || (c >= 0x64b && c <= 0x65f) || c === 0x670 || c === 0x640 || (c >= 0x6d6 && c <= 0x6ed) || (c >= 0x300 && c <= 0x36f);

/** Code units of the first `letters` letters of `raw` with their harakat and tatweel: «وَثلاثة», 1 → 2. */
export function rawPrefixLength(raw: string, letters: number): number {
  let i = 0;
  for (let n = 0; n < letters && i < raw.length; n++) {
    i++;
    while (i < raw.length && isMarkOrTatweel(raw.charCodeAt(i))) i++;
  }
  return i;
}
