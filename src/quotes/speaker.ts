/** A speaker found for a statement, and how an entity mention becomes one. */
import type { Entity } from '../core/entity-schema.js';
import type { Quote, Speaker, TextSpan } from '../core/quote-schema.js';

/** Entity types that speak: persons and organisations (a place speaks only as a subject: «قالت موسكو»). */
export const SPEAKER_TYPES: ReadonlySet<string> = new Set(['PERS', 'ORG']);

export const entitySpeaker = (e: Entity, carried: boolean): Speaker => ({
  text: e.text,
  start: e.start,
  end: e.end,
  canonical: e.canonical,
  name: e.name,
  type: e.type,
  carried,
});

/** An unnamed speaker: the article's words for them («مصدر عسكري»), with no entity behind them. */
export const unnamedSpeaker = (words: TextSpan, carried: boolean): Speaker => ({ ...words, canonical: null, name: null, type: null, carried });

/** Who a rule found speaking, and the role said of them. */
export interface Speaking {
  speaker: Speaker;
  role: Quote['role'];
}

export interface Found {
  speaker: Speaker | null;
  role: Quote['role'];
  medium: TextSpan | null;
  /** The region held an explicit subject (even one not resolved to a name). */
  explicit: boolean;
}
