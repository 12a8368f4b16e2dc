/** Property: the top-k facet selection gives what sorting every counted value would. */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { topOf } from '../../src/search/engine/facets.js';

describe('topOf', () => {
  it('equals sorting all counted values by count, then value, and taking the first k', () => {
    let seed = 7;
    const rnd = (n: number): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n);
    for (let round = 0; round < 200; round++) {
      const n = 1 + rnd(300);
      const counts = Int32Array.from({ length: n }, () => (rnd(3) === 0 ? 0 : rnd(12)));
      const names = Array.from({ length: n }, (_, i) => `v${rnd(50)}-${i}`);
      const k = 1 + rnd(25);
      const all = names.map((value, i) => ({ value, count: counts[i]! })).filter((v) => v.count > 0);
      all.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
      assert.deepEqual(topOf(counts, names, k), all.slice(0, k));
    }
  });
});
