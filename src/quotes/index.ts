/** Attributed statements: who said what, with which verb, in which medium. */
export { findQuotes, quotesOf, type QuoteInput } from './find-quotes.js';
export { QuoteSchema, SpeakerSchema, type Quote, type Speaker } from '../core/quote-schema.js';
export { defaultQuoteCues, parseQuoteCues, type QuoteCues } from './cues.js';
