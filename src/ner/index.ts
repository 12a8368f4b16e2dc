/** Named-entity tagging: re-exports. */
export { loadTagger, loadTaggerFrom, createTagger, MODEL_URL, type Tagger, type Entity } from './tagger.js';
export { ENTITY_TYPES, LABELS, type EntityType } from './labels.js';
export { parseConll, formatConll, type ConllSentence } from './conll.js';
export { chunks, scoreTags, type Chunk, type PRF, type Scores } from './score.js';
export { rawSentences, type RawToken } from './raw-tokens.js';
