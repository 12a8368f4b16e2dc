/**
 * Raw text → sentences of tokens shaped like ANERcorp's: punctuation split off, clitics left on
 * (`وبالرياض،` → `وبالرياض` `,`), each token with its span in the text.
 */
import { splitSentences } from '../text/sentences.js';
import { tokenize } from '../text/tokenize.js';
import type { Span } from '../core/types.js';

/** A token as the tagger sees it, and where it is in the original text. */
export interface RawToken {
  /** The surface, with Arabic punctuation written as ANERcorp writes it (`،` → `,`). */
  text: string;
  start: number;
  end: number;
}

// ANERcorp writes the Arabic comma, semicolon and question mark in ASCII.
const PUNCT: ReadonlyMap<string, string> = new Map([['،', ','], ['؛', ';'], ['؟', '?'], ['٪', '%']]);

/** The sentences and tokens of a text, where the caller has them already (an analysed document). */
export interface TextLayout {
  sentences?: readonly Span[];
  tokens?: readonly Span[];
}

/** Splits text into sentences (src/text/sentences.ts) of tokens (src/text/tokenize.ts), or reads those `given`. */
export function rawSentences(text: string, given: TextLayout = {}): RawToken[][] {
  const spans = given.sentences ?? splitSentences(text);
  const tokens = given.tokens ?? tokenize(text);
  const out: RawToken[][] = [];
  let k = 0;
  for (const span of spans) {
    const sentence: RawToken[] = [];
    while (k < tokens.length && tokens[k]!.start < span.start) k++;
    while (k < tokens.length && tokens[k]!.end <= span.end) {
      const t = tokens[k++]!;
      const surface = text.slice(t.start, t.end);
      sentence.push({ text: PUNCT.get(surface) ?? surface, start: t.start, end: t.end });
    }
    if (sentence.length) out.push(sentence);
  }
  return out;
}
