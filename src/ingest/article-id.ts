/** Stable article ids, derived from the normalised content, so the same article ingested twice is one record. */
import { createHash } from 'node:crypto';
import { normalizeText } from '../text/normalize.js';

/**
 * The digest of an article's input text (a record's JSON, a dump's block), whatever extraction
 * made of it: what a re-ingest recognises once cleaning has learned more and the id has changed.
 */
export function sourceDigest(raw: string): string {
  return createHash('sha256').update(raw).digest('hex').slice(0, 16);
}

/**
 * The id of an article: 16 hex digits of SHA-256 over its search-normalised headline and body.
 * Diacritics, tatweel, alef forms and white space do not change it; a changed word does.
 */
export function articleId(headline: string | null, paragraphs: readonly string[]): string {
  const content = normalizeText([headline ?? '', ...paragraphs].join('\n'), 'search');
  return createHash('sha256').update(content).digest('hex').slice(0, 16);
}
