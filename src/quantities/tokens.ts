/**
 * The token stream quantities are read from: numerals, words and single marks of the original text,
 * each with its search form. «بنحو ١٬٥٠٠ قتيلاً» → بنحو · 1٬500 · قتيلا. A numeral keeps its
 * separators («1,500», «١٫٥»); a line break is a mark, so no quantity runs across lines.
 */
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
