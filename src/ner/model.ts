/** A trained model: feature templates, weights per feature and tag, and tag-transition scores. */
import { ViterbiScratch, viterbi } from './decode.js';
import type { FeatureTemplates } from './features.js';
import { LABEL_COUNT } from './labels.js';
import { WeightTable } from './weights.js';

const L = LABEL_COUNT;

/** What a model file says about itself. */
export interface ModelMeta {
  /** Where the training data came from and its licence. */
  source: string;
  licence: string;
  /** Training settings and results, free-form (epochs, seed, dev F1 …). */
  training: Record<string, unknown>;
}

/** A model ready to score: weights indexed, transitions as doubles. */
export interface NerModel {
  meta: ModelMeta;
  templates: FeatureTemplates;
  weights: WeightTable;
  /** `(L + 1) * L`: `transitions[p * L + y]`; row L is the sentence start. */
  transitions: Float64Array;
  /** Score of ending a sentence on each tag. */
  final: Float64Array;
}

/** Builds a model from its parts. */
export function createModel(meta: ModelMeta, templates: FeatureTemplates, keys: Int32Array, weights: Float32Array, transitions: ArrayLike<number>, final: ArrayLike<number>): NerModel {
  if (transitions.length !== (L + 1) * L) throw new RangeError(`createModel: expected ${(L + 1) * L} transition scores, got ${transitions.length}`);
  if (final.length !== L) throw new RangeError(`createModel: expected ${L} final scores, got ${final.length}`);
  return { meta, templates, weights: new WeightTable(keys, weights), transitions: Float64Array.from(transitions), final: Float64Array.from(final) };
}

/** Buffers reused across sentences by {@link decodeFeatures}. */
export class DecodeScratch {
  emit = new Float64Array(64 * L);
  tags = new Uint8Array(64);
  readonly viterbi = new ViterbiScratch();
  ensure(n: number): void {
    if (this.tags.length < n) {
      this.emit = new Float64Array(n * 2 * L);
      this.tags = new Uint8Array(n * 2);
    }
  }
}

/** Tags one sentence from its feature rows; the tag indices are `scratch.tags[0..n)`. */
export function decodeFeatures(model: NerModel, feats: Int32Array, n: number, width: number, scratch: DecodeScratch): Uint8Array {
  scratch.ensure(n);
  model.weights.score(feats, n, width, scratch.emit);
  viterbi(scratch.emit, n, model.transitions, model.final, scratch.tags, scratch.viterbi);
  return scratch.tags;
}
