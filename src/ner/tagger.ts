/** The tagger API: a model with its feature extractor, tagging token lists or raw text. */
import { readFileSync } from 'node:fs';
import { RasdError } from '../errors.js';
import { DATA_DIR } from '../text/read-data.js';
import { compileTemplates, FeatureExtractor } from './features.js';
import { LABELS, labelType, isInside, type EntityType } from './labels.js';
import { buildPhraseTable } from './lists.js';
import { loadModelFile } from './model-file.js';
import { DecodeScratch, decodeFeatures, type NerModel } from './model.js';
import { rawSentences } from './raw-tokens.js';
import { WordCache } from './word-info.js';

/** An entity found in raw text: `text.slice(start, end)` is its surface. */
export interface Entity {
  type: EntityType;
  start: number;
  end: number;
  text: string;
}

/** Tags tokens or text with one model. Not safe to share across worker threads (it reuses buffers). */
export interface Tagger {
  /** BIO tags for one sentence's tokens, as ANERcorp tokenises (punctuation split, clitics attached). */
  tagTokens(tokens: readonly string[]): string[];
  /** Tag indices into {@link LABELS} for one sentence, written into a reused buffer (valid until the next call). */
  tagIndices(tokens: readonly string[]): Uint8Array;
  /** The entities of raw text, sentence by sentence, with spans into `text`. */
  tagText(text: string): Entity[];
  readonly model: NerModel;
}

/** The shipped model, trained on ANERcorp by scripts/train-ner.ts. */
export const MODEL_URL = new URL('ner/model-anercorp.bin.gz', DATA_DIR);

/** A tagger over a loaded model. */
export function createTagger(model: NerModel): Tagger {
  const cache = new WordCache();
  const templates = compileTemplates(model.templates);
  const extractor = new FeatureExtractor(templates, cache, buildPhraseTable(cache));
  const scratch = new DecodeScratch();
  const tagIndices = (tokens: readonly string[]): Uint8Array => {
    const n = tokens.length;
    if (n === 0) return scratch.tags.subarray(0, 0);
    const feats = extractor.extract(tokens);
    return decodeFeatures(model, feats, n, templates.width, scratch).subarray(0, n);
  };
  return {
    model,
    tagIndices,
    tagTokens(tokens) {
      const tags = tagIndices(tokens);
      const out = new Array<string>(tags.length);
      for (let i = 0; i < tags.length; i++) out[i] = LABELS[tags[i]!]!;
      return out;
    },
    tagText(text) {
      if (typeof text !== 'string') throw new RasdError('E_USAGE', `tagText expects a string, got ${typeof text}`);
      const entities: Entity[] = [];
      for (const sentence of rawSentences(text)) {
        const tags = tagIndices(sentence.map((t) => t.text));
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
      }
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

/** The tagger of the shipped model (data/ner/model-anercorp.bin.gz), loaded on first call and cached. */
export function loadTagger(): Tagger {
  shipped ??= loadTaggerFrom(MODEL_URL);
  return shipped;
}
