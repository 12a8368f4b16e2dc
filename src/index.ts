/**
 * Rasd's public library API. This file only re-exports, and pulls in neither the command line nor
 * the HTTP server (test/library.test.ts holds it to that).
 */
export * from './errors.js';
export * from './core/types.js';
export * from './text/decode.js';
export * from './text/normalize.js';
export { tokenize, isWordToken, TOKEN_KINDS } from './text/tokenize.js';
export { splitSentences, defaultSentenceOptions, type SentenceOptions } from './text/sentences.js';
export * from './text/clitics.js';
export { cliticPieces, type CliticPiece } from './text/clitic-spans.js';
export { stem } from './text/stem.js';
export { guessRoot } from './text/root.js';
export { defaultStopwords } from './text/stopwords.js';
export { analyze, Analyzer, TermBuffer, defaultAnalyzerOptions, type AnalyzerOptions, type Morphology, type Term } from './text/analyze.js';
export * from './core/article.js';
export { articleId } from './ingest/article-id.js';
export { extractDump, type DumpOptions } from './ingest/dump/extract-dump.js';
export { extractHtml, type HtmlOptions } from './ingest/html/extract-html.js';
export { extractRecords } from './ingest/records/extract-records.js';
export { extractCsv } from './ingest/records/extract-csv.js';
export { extractFeed } from './ingest/feeds/extract-feed.js';
export { extractText, type ExtractOptions } from './ingest/extract-text.js';
export { extractInputs, extractInput, type InputResult, type InputsOptions } from './ingest/extract-inputs.js';
export { detectFormat, type InputFormat } from './ingest/detect-format.js';
export { isPlaceName, placeInfo } from './text/places.js';
export { openSqliteStore, type SqliteStoreOptions } from './store/sqlite/sqlite-store.js';
export type { Store, PutResult, StoreStats } from './store/store.js';
export * from './search/query/index.js';
export type { SearchOptions, SearchResult, SearchHit } from './search/engine/searcher.js';
export type { Facets, FacetValue } from './search/engine/facets.js';
export type { Highlighted } from './search/engine/snippet.js';
export { DEDUPE_PARAMS, storySignature, estimateJaccard, lshBands } from './search/dedupe/index.js';
export { identifyCredit, findTrailingCredit, defaultAgencies, type Agency, type Credit as PhotoCredit, type FoundCredit } from './ingest/credits.js';
// The analysers: one article's entities, the statements they make, its times and quantities.
export { analyseArticle, articleText, articleParts, articleEntities } from './analysis/analyse-article.js';
export { buildDocument } from './analysis/document.js';
export type { AnalysedDocument, DocToken } from './core/document.js';
export { articleFlow, type PipelineOptions } from './pipeline.js';
export { EntitySchema, linkMentions, type Entity, type EntityType, type Mention } from './entities/index.js';
export { findQuotes, quotesOf, QuoteSchema, SpeakerSchema, type Quote, type Speaker } from './quotes/index.js';
export { findTimes, inferReference, TimeExpressionSchema, type TimeExpression } from './times/index.js';
export { findQuantities, QuantitySchema, type Quantity } from './quantities/index.js';
// The HTTP server and the command line are not part of the library: `rasd/server` and `rasd/cli`.
