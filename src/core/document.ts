/**
 * The analysed document: one per article, built once (src/analysis/document.ts) and read by every
 * analyser. Every span is `[start, end)` in the article's text: its parts, in reading order, joined
 * by blank lines (its `parts`).
 */
import type { TextPart } from './article.js';
import type { Entity } from './entity-schema.js';
import type { TimeExpression } from './time-schema.js';
import type { Span, TokenKind } from './types.js';

/** The separator between an article's parts in its text. */
export const PART_BREAK = '\n\n';

/** One token of the text, as the shared scanner cuts it (src/text/scan-tokens.ts). */
export interface DocToken extends Span {
  kind: TokenKind;
  /** The search form: harakat gone, alef, ى and ة folded, digits in ASCII (empty for a run of tatweel or harakat). */
  key: string;
  /** The index of its sentence in `sentences`. */
  sentence: number;
  /** A line break lies between it and the token before. */
  breakBefore: boolean;
}

/** An article's text and what every analyser reads of it, found once. */
export interface AnalysedDocument {
  readonly text: string;
  readonly parts: readonly TextPart[];
  readonly sentences: readonly Span[];
  readonly tokens: readonly DocToken[];
  /** The named entities, linked within the article. */
  readonly entities: readonly Entity[];
  /** The time expressions, resolved against the article's day when it has one. */
  readonly times: readonly TimeExpression[];
}
