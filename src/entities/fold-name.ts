/**
 * Names as search keys: each token folded like normalizeText(…, 'search'), tokens joined by one
 * space, and «عبدالله» written «عبد الله», so `عبد الله`, `عبدالله` and `عَبْدُ الله` share a key.
 */
import { DROP, MULTI, foldTable } from '../text/fold-table.js';
import { decodeUnits, SEARCH } from '../text/normalize.js';
import { scanTokens, type Kind } from '../text/scan-tokens.js';
import { TOKEN_KINDS } from '../text/tokenize.js';
import type { DocToken } from '../core/document.js';
import type { Span, TokenKind } from '../core/types.js';

/** A word of a text for matching: a token's span, its search key, and whether a line break comes before it. */
export interface Word {
  start: number;
  end: number;
  /** The search form: `الامم` for «الأمم». */
  key: string;
  kind: TokenKind;
  /** A line break lies between this word and the one before it: names never run across it. */
  breakBefore: boolean;
  /** `whole` token, or the `head` «عبد» / `tail` «الله» of «عبدالله»: a match never starts at a tail or ends at a head. */
  part: 'whole' | 'head' | 'tail';
}

// «عبد» + «ال…» written as one word, maybe after و/ف and ب/ك/ل: «وعبدالله».
const ABD = 'عبدال';
const CLITIC_BEFORE_ABD = /^[وف]?[بكل]?$/u;

/** Where «عبدالله» (or «لعبدالله») is cut into «عبد» + «الله», or -1. */
function abdCut(key: string): number {
  const at = key.indexOf(ABD);
  if (at < 0 || at > 2 || key.length <= at + ABD.length) return -1;
  return at === 0 || CLITIC_BEFORE_ABD.test(key.slice(0, at)) ? at + 3 : -1;
}

let folds: { table: Int32Array; multi: Map<number, string> } | undefined;
const searchFold = (): { table: Int32Array; multi: Map<number, string> } => (folds ??= foldTable(SEARCH));
let scratch = new Uint16Array(256);
/** Set when a fold replaced a code unit by several (ﷺ → a phrase): its words may tokenise differently. */
let expanded = false;
/** The longest replacement of one code unit (ﷺ is 18). */
const WIDEST = 24;

/** The search form of `text.slice(start, end)` (one token: no white space inside). */
export function foldSpan(text: string, start: number, end: number): string {
  const { table, multi } = searchFold();
  if (scratch.length < (end - start) * WIDEST) scratch = new Uint16Array((end - start) * WIDEST);
  let len = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const f = table[c]!;
    if (f >= 0) scratch[len++] = f;
    else if (f === MULTI) {
      const rep = multi.get(c)!;
      for (let k = 0; k < rep.length; k++) scratch[len++] = rep.charCodeAt(k);
      expanded = true;
    }
  }
  return len > 4096 ? decodeUnits(scratch, len) : String.fromCharCode.apply(null, scratch.subarray(0, len) as unknown as number[]);
}

/** Where, in `text.slice(start, end)`, the first `letters` code units of its search form end (harakat after them included). */
export function offsetAfterLetters(text: string, start: number, end: number, letters: number): number {
  const { table, multi } = searchFold();
  let seen = 0;
  let i = start;
  while (i < end && seen < letters) {
    const c = text.charCodeAt(i);
    const f = table[c]!;
    seen += f === MULTI ? multi.get(c)!.length : f === DROP ? 0 : 1;
    i++;
  }
  while (i < end && table[text.charCodeAt(i)] === DROP) i++;
  return i;
}

/** The search key of a name: `nameKey('وعبدالله بنُ زايد')` → `وعبد الله بن زايد`. */
export function nameKey(text: string): string {
  expanded = false;
  let key = keyOnce(text);
  // A code unit that folded into words (ﷺ) is keyed again as the words it became, so keys are stable.
  for (let i = 0; expanded && i < 3; i++) {
    expanded = false;
    key = keyOnce(key);
  }
  return key;
}

function keyOnce(text: string): string {
  let key = '';
  scanTokens(text, (_kind: Kind, start: number, end: number) => {
    let k = foldSpan(text, start, end);
    if (k === '') return; // a stray haraka or control: nothing to match
    const cut = abdCut(k);
    if (cut > 0) k = k.slice(0, cut) + ' ' + k.slice(cut);
    key = key === '' ? k : key + ' ' + k;
  });
  return key;
}

/** The words of a text: every token (punctuation too, so `د.` and `U.N.` can match), with «عبدالله» cut into «عبد» + «الله». */
export function textWords(text: string): Word[] {
  return wordsOfTokens(text, keyedTokens(text));
}

/**
 * The tokens of `text` (the shared scanner's), each with its search form, whether a line break
 * comes before it, and its sentence's index in `sentences` (0 when none are given).
 */
export function keyedTokens(text: string, sentences: readonly Span[] = []): DocToken[] {
  const tokens: DocToken[] = [];
  let last = 0;
  let s = 0;
  scanTokens(text, (kind: Kind, start: number, end: number) => {
    while (s < sentences.length - 1 && start >= sentences[s]!.end) s++;
    tokens.push({ start, end, kind: TOKEN_KINDS[kind]!, key: foldSpan(text, start, end), sentence: s, breakBefore: lineBreakBetween(text, last, start) });
    last = end;
  });
  return tokens;
}

/** Whether `text.slice(from, to)` holds a line break. */
function lineBreakBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x2029 || c === 0x2028) return true;
  }
  return false;
}

/** The words of keyed tokens: those with a key, «عبدالله» cut into «عبد» + «الله» (see {@link textWords}). */
export function wordsOfTokens(text: string, tokens: readonly DocToken[]): Word[] {
  const words: Word[] = [];
  for (const t of tokens) {
    const { start, end, key, kind, breakBefore } = t;
    if (key === '') continue; // a stray haraka or a run of tatweel
    const abd = abdCut(key);
    if (abd < 0) {
      words.push({ start, end, key, kind, breakBefore, part: 'whole' });
      continue;
    }
    const cut = offsetAfterLetters(text, start, end, abd);
    words.push({ start, end: cut, key: key.slice(0, abd), kind, breakBefore, part: 'head' });
    words.push({ start: cut, end, key: key.slice(abd), kind, breakBefore: false, part: 'tail' });
  }
  return words;
}
