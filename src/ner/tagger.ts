/** The tagger API: a model with its feature extractor, tagging token lists, documents or raw text. */
import { readFileSync } from 'node:fs';
import { RasdError } from '../errors.js';
import { DATA_DIR } from '../text/read-data.js';
import { compileTemplates, FeatureExtractor } from './features.js';
import { LABELS, labelType, isInside, type EntityType } from './labels.js';
import { buildPhraseTable } from './lists.js';
import { loadModelFile } from './model-file.js';
import { scorerFor, tagDocument } from './document.js';
import { DecodeScratch, type NerModel } from './model.js';
import { rawSentences, type TextLayout } from './raw-tokens.js';
import { chooseModel, chosenModel, type ModelChoice } from './model-choice.js';
import { defaultWordResources, WordCache } from './word-info.js';

/** An entity found in raw text: `text.slice(start, end)` is its surface. */
export interface Entity {
  type: EntityType;
  start: number;
  end: number;
  text: string;
}

/**
 * Tags tokens, documents or text with one model. A two-stage model reads each sentence in its
 * document: the sentences of `tagDocument` or of one `tagText` call (an article) lend each other
 * evidence («البنك التجاري» found once is found again); `tagTokens` sees one sentence alone.
 * Not safe to share across worker threads (it reuses buffers).
 */
export interface Tagger {
  /** BIO tags for one sentence's tokens, as ANERcorp tokenises (punctuation split, clitics attached). */
  tagTokens(tokens: readonly string[]): string[];
  /** BIO tags for each sentence of one document (an article), in order; each sentence tokenised as for {@link tagTokens}. */
  tagDocument(sentences: ReadonlyArray<readonly string[]>): string[][];
  /** Tag indices into {@link LABELS} for one sentence, written into a reused buffer (valid until the next call). */
  tagIndices(tokens: readonly string[]): Uint8Array;
  /** The entities of raw text, read as one document, with spans into `text`; its sentences and tokens are read from `given` where the caller has them. */
  tagText(text: string, given?: TextLayout): Entity[];
  readonly model: NerModel;
}

/** The shipped model, trained on ANERcorp by scripts/train-ner.ts. */
export const MODEL_URL = new URL('ner/model-anercorp.bin.gz', DATA_DIR);

/** A tagger over a loaded model. */
export function createTagger(model: NerModel): Tagger {
  const cache = new WordCache(model.clusters ? { ...defaultWordResources(), clusters: model.clusters } : defaultWordResources());
  const extractor = new FeatureExtractor(compileTemplates(model.templates), cache, buildPhraseTable(cache));
  const scratch = new DecodeScratch();
  const scorer = scorerFor(model, extractor);
  let one = new Uint8Array(64);
  const tagIndices = (tokens: readonly string[]): Uint8Array => {
    if (one.length < tokens.length) one = new Uint8Array(tokens.length * 2);
    tagDocument(model, extractor, [tokens], (_, tags) => one.set(tags), scratch, scorer);
    return one.subarray(0, tokens.length);
  };
  const names = (tags: Uint8Array): string[] => Array.from(tags, (t) => LABELS[t]!);
  return {
    model,
    tagIndices,
    tagTokens: (tokens) => names(tagIndices(tokens)),
    tagDocument(sentences) {
      const out: string[][] = [];
      tagDocument(model, extractor, sentences, (s, tags) => (out[s] = names(tags)), scratch, scorer);
      return out;
    },
    tagText(text, given) {
      if (typeof text !== 'string') throw new RasdError('E_USAGE', `tagText expects a string, got ${typeof text}`);
      const entities: Entity[] = [];
      const sentences = rawSentences(text, given);
      tagDocument(model, extractor, sentences.map((s) => s.map((t) => t.text)), (s, tags) => {
        const sentence = sentences[s]!;
        // Decoding keeps BIO valid, so an entity is a B- and the I- run after it.
        for (let i = 0; i < tags.length; i++) {
          const type = labelType(tags[i]!);
          if (type === null) continue;
          let j = i + 1;
          while (j < tags.length && isInside(tags[j]!) && labelType(tags[j]!) === type) j++;
          const start = sentence[i]!.start;
          const end = sentence[j - 1]!.end;
          entities.push({ type, start, end, text: text.slice(start, end) });
          i = j - 1;
        }
      }, scratch, scorer);
      return entities;
    },
  };
}

/** Loads a model file and makes a tagger of it; throws E_DATA naming the file when it cannot. */
export function loadTaggerFrom(path: string | URL): Tagger {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw new RasdError('E_DATA', `cannot read NER model "${path instanceof URL ? path.pathname : path}"`, { cause: err });
  }
  return createTagger(loadModelFile(bytes, String(path instanceof URL ? path.pathname : path)));
}

let shipped: Tagger | undefined;
let active: Tagger | undefined;
let activeFor: ModelChoice | null = null;

/**
 * Makes `loadTagger` tag with this model from now on (null: the shipped one again); throws E_DATA
 * naming it when it is not a model file. Analysis workers started later are handed the same.
 */
export function useModel(choice: ModelChoice | null): void {
  active = choice ? createTagger(loadModelFile(choice.bytes, choice.name)) : undefined;
  activeFor = choice;
  chooseModel(choice);
}

/** The tagger of the chosen model (model-choice.ts), else of the shipped one (data/ner/model-anercorp.bin.gz); each loaded once. */
export function loadTagger(): Tagger {
  const choice = chosenModel();
  if (choice === null) return (shipped ??= loadTaggerFrom(MODEL_URL));
  if (choice !== activeFor || !active) useModel(choice);
  return active!;
}
