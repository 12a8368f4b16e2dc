/** A tagged corpus turned into feature rows for training and evaluation. */
import type { FeatureExtractor } from './features.js';
import { ALLOWED, LABEL_COUNT, labelIndex } from './labels.js';
import type { FeatureCorpus } from './perceptron.js';

/** Sentences with gold tags. */
export interface TaggedSentence {
  tokens: readonly string[];
  tags: readonly string[];
}

/** Extracts every sentence's features into one flat corpus; an unknown tag counts as O, an I- that cannot continue as B-. */
export function featurize(sentences: readonly TaggedSentence[], extractor: FeatureExtractor): FeatureCorpus {
  const width = extractor.templates.width;
  let total = 0;
  for (const s of sentences) total += s.tokens.length;
  const feats = new Int32Array(total * width);
  const gold = new Uint8Array(total);
  const starts = new Int32Array(sentences.length + 1);
  let t = 0;
  sentences.forEach((s, i) => {
    starts[i] = t;
    const n = s.tokens.length;
    if (n) feats.set(extractor.extract(s.tokens).subarray(0, n * width), t * width);
    for (let k = 0; k < n; k++) {
      let y = Math.max(0, labelIndex(s.tags[k]!));
      // An I- that cannot continue (after O or another type) begins its entity, as conlleval reads it.
      if (!ALLOWED[(k === 0 ? LABEL_COUNT : gold[t + k - 1]!) * LABEL_COUNT + y]) y -= 1;
      gold[t + k] = y;
    }
    t += n;
  });
  starts[sentences.length] = t;
  return { width, feats, gold, starts };
}
