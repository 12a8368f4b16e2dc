import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { trainCrf } from '../../src/ner/crf.js';
import { labelIndex } from '../../src/ner/labels.js';
import { createStage, DecodeScratch, decodeFeatures } from '../../src/ner/model.js';
import type { FeatureCorpus } from '../../src/ner/perceptron.js';

// A toy corpus of feature rows: word 7 is a person's first word, word 8 its second, the rest are O.
const sentences = [
  [[1, 7], [1, 8], [1, 3]],
  [[1, 3], [1, 7], [1, 8]],
  [[1, 4], [1, 3], [1, 5]],
  [[1, 7], [1, 3]],
];
const tags = [
  ['B-PERS', 'I-PERS', 'O'],
  ['O', 'B-PERS', 'I-PERS'],
  ['O', 'O', 'O'],
  ['B-PERS', 'O'],
];
const corpus: FeatureCorpus = {
  width: 2,
  feats: Int32Array.from(sentences.flat(2)),
  gold: Uint8Array.from(tags.flat().map(labelIndex)),
  starts: Int32Array.from([0, 3, 6, 9, 11]),
};

describe('trainCrf', () => {
  it('learns a separable corpus and decodes it back, its log-likelihood rising', () => {
    const lls: number[] = [];
    const w = trainCrf(corpus, { epochs: 20, seed: 1, minCount: 1, rate: 0.5, l2: 0, onEpoch: (_, __, ll) => lls.push(ll) });
    assert.ok(lls[lls.length - 1]! > lls[0]!);
    const stage = createStage(w);
    const scratch = new DecodeScratch();
    sentences.forEach((s, i) => {
      const n = s.length;
      const out = decodeFeatures(stage, corpus.feats.subarray(corpus.starts[i]! * 2), n, 2, scratch).slice(0, n);
      assert.deepEqual([...out], tags[i]!.map(labelIndex));
    });
  });
});
