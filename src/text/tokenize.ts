/** Tokenisation: every token with its kind and its span in the original text. */
import type { Token, TokenKind } from '../core/types.js';
import { scanTokens, type Kind } from './scan-tokens.js';

/** Token kind names, indexed by the scanner's numeric kind. */
export const TOKEN_KINDS: readonly TokenKind[] = ['arabic', 'latin', 'number', 'punct', 'quote', 'url', 'email', 'hashtag', 'mention', 'symbol', 'other'];

/**
 * Splits text into tokens; `text.slice(t.start, t.end)` is always the token's surface, and
 * the gaps between tokens hold only white space and invisible controls.
 * Diacritised words stay whole: `كَتَبَ` is one token.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  scanTokens(text, (kind: Kind, start: number, end: number) => {
    tokens.push({ kind: TOKEN_KINDS[kind]!, start, end });
  });
  return tokens;
}

/** True for tokens that carry words a search index keeps: Arabic, Latin, numbers, hashtags. */
export function isWordToken(t: Token): boolean {
  return t.kind === 'arabic' || t.kind === 'latin' || t.kind === 'number' || t.kind === 'hashtag';
}
