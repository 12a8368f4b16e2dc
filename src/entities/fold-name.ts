/**
 * Names as search keys: each token folded like normalizeText(…, 'search'), tokens joined by one
 * space, and «عبدالله» written «عبد الله», so `عبد الله`, `عبدالله` and `عَبْدُ الله` share a key.
 */
import { DROP, MULTI, foldTable } from '../text/fold-table.js';
import { decodeUnits, SEARCH } from '../text/normalize.js';
import { scanTokens, type Kind } from '../text/scan-tokens.js';
import { TOKEN_KINDS } from '../text/tokenize.js';
import type { TokenKind } from '../core/types.js';

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
  const words: Word[] = [];
  let last = 0;
  scanTokens(text, (kind: Kind, start: number, end: number) => {
    let breakBefore = false;
    for (let i = last; i < start; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 13 || c === 0x2029 || c === 0x2028) {
        breakBefore = true;
        break;
      }
    }
    last = end;
    const key = foldSpan(text, start, end);
    if (key === '') return;
    const k = TOKEN_KINDS[kind]!;
    const abd = abdCut(key);
    if (abd < 0) {
      words.push({ start, end, key, kind: k, breakBefore, part: 'whole' });
      return;
    }
    const cut = offsetAfterLetters(text, start, end, abd);
    words.push({ start, end: cut, key: key.slice(0, abd), kind: k, breakBefore, part: 'head' });
    words.push({ start: cut, end, key: key.slice(abd), kind: k, breakBefore: false, part: 'tail' });
  });
  return words;
}
