import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { LABEL_COUNT } from '../../src/ner/labels.js';
import { pruneWeights, type PerceptronWeights } from '../../src/ner/perceptron.js';
import { jointTable, WeightTable } from '../../src/ner/weights.js';
import { analyzeWord, WordCache, wordKey } from '../../src/ner/word-info.js';
import { arabicText } from '../helpers/arbitraries.js';

const L = LABEL_COUNT;

/** Weights with row r's tag y at `value(r, y)`. */
function weightsOf(keys: number[], value: (r: number, y: number) => number): PerceptronWeights {
  return {
    keys: Int32Array.from(keys),
    weights: Float32Array.from({ length: keys.length * L }, (_, i) => value(Math.floor(i / L), i % L)),
    transitions: new Float64Array((L + 1) * L).fill(0.5),
    final: new Float64Array(L).fill(-1),
  };
}

describe('pruneWeights', () => {
  it('keeps a row when any of its weights reaches the threshold in size, and drops the rest', () => {
    // Row 0 all tiny; row 1 one weight of -0.5; row 2 one of exactly 0.4; row 3 all 0.39.
    const w = weightsOf([11, 22, 33, 44], (r, y) => (r === 1 && y === 3 ? -0.5 : r === 2 && y === 8 ? 0.4 : r === 3 ? 0.39 : 0.01));
    const p = pruneWeights(w, 0.4);
    assert.deepEqual([...p.keys], [22, 33]);
    assert.deepEqual([...p.weights], [...w.weights.subarray(L, 3 * L)]);
    assert.equal(p.transitions, w.transitions);
    assert.equal(p.final, w.final);
  });
  it('keeps everything at 0 and nothing above the largest weight', () => {
    const w = weightsOf([1, 2, 3], (r, y) => r + y / 10);
    assert.deepEqual([...pruneWeights(w, 0).keys], [1, 2, 3]);
    assert.equal(pruneWeights(w, 100).keys.length, 0);
  });
});

describe('jointTable', () => {
  it('scores both stages side by side, a feature one stage lacks weighing 0 there (any keys)', () => {
    const keySet = fc.uniqueArray(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }).filter((k) => k !== 0), { maxLength: 40 });
    fc.assert(
      fc.property(keySet, keySet, (ka, kb) => {
        const a = weightsOf(ka, (r, y) => r * 10 + y);
        const b = weightsOf(kb, (r, y) => -(r * 10 + y) - 1);
        const joint = jointTable(a, b);
        const ta = new WeightTable(a.keys, a.weights);
        const tb = new WeightTable(b.keys, b.weights);
        for (const k of new Set([...ka, ...kb, 12345])) {
          const r = joint.row(k);
          const ra = ta.row(k);
          const rb = tb.row(k);
          if (ra < 0 && rb < 0) {
            assert.equal(r, -1);
            continue;
          }
          for (let y = 0; y < L; y++) {
            assert.equal(joint.weights[r * 2 * L + y], ra < 0 ? 0 : a.weights[ra * L + y]);
            assert.equal(joint.weights[r * 2 * L + L + y], rb < 0 ? 0 : b.weights[rb * L + y]);
          }
        }
      }),
    );
  });
});

describe('wordKey', () => {
  it('is the key of the full analysis, for listed and unseen words alike', () => {
    for (const w of ['والرياض', 'الرياض', 'رياض', 'بالأمم', 'المتحدة', 'UN', '2025', '«', 'ﷺ', '']) assert.equal(wordKey(w), analyzeWord(w).key, w);
    fc.assert(fc.property(arabicText, (w) => wordKey(w) === analyzeWord(w).key));
  });
  it('WordCache.key agrees whether the word is cached or not', () => {
    const cache = new WordCache();
    const before = cache.key('وبالرئيس');
    assert.equal(cache.get('وبالرئيس').key, before);
    assert.equal(cache.key('وبالرئيس'), before);
  });
});
