/** Property: the flat id lists answer as a map from docno to its array of ids would. */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { IdLists } from '../../src/search/engine/id-lists.js';

describe('IdLists', () => {
  it('counts, finds and matches the ids a map of arrays holds, sets replacing earlier ones', () => {
    let seed = 11;
    const rnd = (n: number): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n);
    for (let round = 0; round < 50; round++) {
      const lists = new IdLists();
      const model = new Map<number, number[]>();
      const maxDoc = 1 + rnd(3000);
      const ids = 1 + rnd(40);
      // Mostly ascending docnos, as the index adds them, some set twice.
      for (let k = 0; k < maxDoc / 2; k++) {
        const d = rnd(maxDoc);
        const list = Array.from({ length: rnd(6) }, () => rnd(ids));
        lists.set(d, list);
        model.set(d, list);
      }
      const counts = new Int32Array(ids);
      const expected = new Int32Array(ids);
      const wanted = new Set([rnd(ids), rnd(ids)]);
      for (let d = 0; d < maxDoc + 5; d++) {
        const list = model.get(d) ?? [];
        lists.countInto(d, counts);
        for (const id of list) expected[id]!++;
        const id = rnd(ids);
        assert.equal(lists.includes(d, id), list.includes(id), `includes(${d}, ${id})`);
        assert.equal(lists.some(d, wanted), list.some((x) => wanted.has(x)), `some(${d})`);
      }
      assert.deepEqual(counts, expected);
    }
  });
});
