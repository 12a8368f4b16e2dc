/** The facet cache: bounded, least recently used out first, emptied by a new generation. */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { FacetCache } from '../../src/search/engine/facet-cache.js';
import type { Facets } from '../../src/search/engine/facets.js';

const facets = (outlet: string): Facets => ({ outlet: [{ value: outlet, count: 1 }], credit: [], month: [], day: [], entity: [], speaker: [], event: [], actor: [], weeks: [] });

describe('FacetCache', () => {
  it('keeps at most max entries, dropping the least recently used', () => {
    const c = new FacetCache(2);
    c.set('أ', 1, facets('a'));
    c.set('ب', 1, facets('b'));
    assert.equal(c.get('أ', 1)?.outlet[0]?.value, 'a'); // أ is now the most recent
    c.set('ج', 1, facets('c'));
    assert.equal(c.size, 2);
    assert.equal(c.get('ب', 1), undefined);
    assert.equal(c.get('أ', 1)?.outlet[0]?.value, 'a');
    assert.equal(c.get('ج', 1)?.outlet[0]?.value, 'c');
  });
  it('forgets everything when the generation changes', () => {
    const c = new FacetCache();
    c.set('أ', 1, facets('a'));
    assert.equal(c.get('أ', 2), undefined);
    assert.equal(c.size, 0);
    assert.equal(c.get('أ', 1), undefined, 'an older generation does not come back');
  });
  it('freezes what it keeps', () => {
    const c = new FacetCache();
    const f = c.set('أ', 1, facets('a'));
    assert.throws(() => (f.outlet as Array<{ value: string; count: number }>).push({ value: 'x', count: 1 }));
  });
});
