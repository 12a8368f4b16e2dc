/**
 * Names as search keys: each token folded like normalizeText(…, 'search'), tokens joined by one
 * space, and «عبدالله» written «عبد الله», so `عبد الله`, `عبدالله` and `عَبْدُ الله` share a key.
 */
import { foldExpansions, foldSpan, keyedTokens, offsetAfterLetters } from '../text/keyed-tokens.js';
import { scanTokens, type Kind } from '../text/scan-tokens.js';
import type { DocToken } from '../core/document.js';
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

/**
 * Word `k` goes on from word `k - 1` as a name does: on the same line, with nothing but white
 * space between («أحمد بن», not «أحمد، بن»).
 */
export function spaceBefore(text: string, words: readonly Word[], k: number): boolean {
  return k > 0 && k < words.length && !words[k]!.breakBefore && text.slice(words[k - 1]!.end, words[k]!.start).trim() === '';
}

// «عبد» + «ال…» written as one word, maybe after و/ف and ب/ك/ل: «وعبدالله».
const ABD = 'عبدال';
const CLITIC_BEFORE_ABD = /^[وف]?[بكل]?$/u;

// The divine name written without the article in «عبد» compounds, in search form: «عبدربه» is «عبد ربه».
const BARE_DIVINE: ReadonlySet<string> = new Set(['ربه']);

/** Where «عبدالله» (or «لعبدالله», «عبدربه») is cut into «عبد» + «الله», or -1. */
function abdCut(key: string): number {
  const at = key.indexOf(ABD);
  if (at >= 0 && at <= 2 && key.length > at + ABD.length) return at === 0 || CLITIC_BEFORE_ABD.test(key.slice(0, at)) ? at + 3 : -1;
  const bare = key.indexOf('عبد');
  return bare >= 0 && bare <= 2 && BARE_DIVINE.has(key.slice(bare + 3)) && (bare === 0 || CLITIC_BEFORE_ABD.test(key.slice(0, bare))) ? bare + 3 : -1;
}

/** The search key of a name: `nameKey('وعبدالله بنُ زايد')` → `وعبد الله بن زايد`. */
export function nameKey(text: string): string {
  foldExpansions.seen = false;
  let key = keyOnce(text);
  // A code unit that folded into words (ﷺ) is keyed again as the words it became, so keys are stable.
  for (let i = 0; foldExpansions.seen && i < 3; i++) {
    foldExpansions.seen = false;
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
