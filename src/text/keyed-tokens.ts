/**
 * The document's tokens: the shared scanner's tokens of a text, each with its search form (folded
 * one token at a time, allocating nothing but the key), its sentence, and whether a line break
 * comes before it. Every analyser reads its words from these (src/core/document.ts).
 */
import type { DocToken } from '../core/document.js';
import type { Span } from '../core/types.js';
import { DROP, MULTI, foldTable } from './fold-table.js';
import { decodeUnits, SEARCH } from './normalize.js';
import { scanTokens, type Kind } from './scan-tokens.js';
import { TOKEN_KINDS } from './tokenize.js';

let folds: { table: Int32Array; multi: Map<number, string> } | undefined;
const searchFold = (): { table: Int32Array; multi: Map<number, string> } => (folds ??= foldTable(SEARCH));
let scratch = new Uint16Array(256);
/** `seen` is set when a fold replaced a code unit by several (ﷺ → a phrase): its words may tokenise differently. */
export const foldExpansions = { seen: false };
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
      foldExpansions.seen = true;
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

