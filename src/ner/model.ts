/**
 * A trained model: feature templates and one or two stages of weights. Stage 1 tags each sentence
 * from its own words; stage 2, when the model has {@link DocTemplates}, tags it again with the same
 * features plus what stage 1 said about the same words elsewhere in the document.
 */
import { ViterbiScratch, viterbi } from './decode.js';
import type { DocTemplates } from './doc-features.js';
import type { FeatureTemplates } from './features.js';
import { LABEL_COUNT } from './labels.js';
import { jointTable, WeightTable } from './weights.js';
import type { WordClusters } from './word-clusters.js';

const L = LABEL_COUNT;

/** What a model file says about itself. */
export interface ModelMeta {
  /** Where the training data came from and its licence. */
  source: string;
  licence: string;
  /** Training settings and results, free-form (epochs, seed, dev F1 …). */
  training: Record<string, unknown>;
}

/** One stage's weights: per feature and tag, and tag-transition scores. */
export interface Stage {
  weights: WeightTable;
  /** `(L + 1) * L`: `transitions[p * L + y]`; row L is the sentence start. */
  transitions: Float64Array;
  /** Score of ending a sentence on each tag. */
  final: Float64Array;
}

/** A model ready to score. */
export interface NerModel {
  meta: ModelMeta;
  templates: FeatureTemplates;
  /** The document features of stage 2, or null for a one-stage model. */
  doc: DocTemplates | null;
  /** One stage, or two when `doc` is set. */
  stages: Stage[];
  /** With two stages, both stages' weights in one table (one look-up per feature for both); else null. */
  joint: WeightTable | null;
  /** The word clusters an adapted model's features read (`rasd adapt`), or null. */
  clusters: WordClusters | null;
}

/** The arrays of one stage as training and model files hold them. */
export interface StageParts {
  keys: Int32Array;
  weights: Float32Array;
  transitions: ArrayLike<number>;
  final: ArrayLike<number>;
}

/** Indexes one stage's weights; throws RangeError for arrays of the wrong size. */
export function createStage(p: StageParts): Stage {
  if (p.transitions.length !== (L + 1) * L) throw new RangeError(`createStage: expected ${(L + 1) * L} transition scores, got ${p.transitions.length}`);
  if (p.final.length !== L) throw new RangeError(`createStage: expected ${L} final scores, got ${p.final.length}`);
  if (p.weights.length !== p.keys.length * L) throw new RangeError(`createStage: ${p.keys.length} keys need ${p.keys.length * L} weights, got ${p.weights.length}`);
  let table: WeightTable | undefined;
  return {
    // Indexed on first use: a two-stage model tags through its joint table and never needs these.
    get weights() {
      return (table ??= new WeightTable(p.keys, p.weights));
    },
    transitions: Float64Array.from(p.transitions),
    final: Float64Array.from(p.final),
  };
}

/** Builds a model from its parts: one stage without `doc`, two with it. */
export function createModel(meta: ModelMeta, templates: FeatureTemplates, doc: DocTemplates | null, stages: readonly StageParts[], clusters: WordClusters | null = null): NerModel {
  if (stages.length !== (doc ? 2 : 1)) throw new RangeError(`createModel: a model ${doc ? 'with' : 'without'} document features has ${doc ? 2 : 1} stage(s), got ${stages.length}`);
  const built = stages.map(createStage);
  return { meta, templates, doc, stages: built, joint: stages.length === 2 ? jointTable(stages[0]!, stages[1]!) : null, clusters };
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

/** Tags one sentence from its feature rows with one stage; the tag indices are `scratch.tags[0..n)`. */
export function decodeFeatures(stage: Stage, feats: Int32Array, n: number, width: number, scratch: DecodeScratch): Uint8Array {
  scratch.ensure(n);
  stage.weights.score(feats, n, width, scratch.emit);
  viterbi(scratch.emit, n, stage.transitions, stage.final, scratch.tags, scratch.viterbi);
  return scratch.tags;
}
