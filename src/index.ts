/** Rasd's public library API. This file only re-exports. */
export * from './errors.js';
export * from './types.js';
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
export * from './ingest/article.js';
export { articleId } from './ingest/article-id.js';
export { extractDump, type DumpOptions } from './ingest/dump/extract-dump.js';
export { identifyCredit, findTrailingCredit, defaultAgencies, type Agency, type Credit as PhotoCredit, type FoundCredit } from './ingest/credits.js';
export { main } from './cli/main.js';
