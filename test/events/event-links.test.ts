/** Linking tellings of one event: same type (the caller's), within a day, nothing differing, and enough shared for how near the articles are. */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { linkedStory, type LinkCandidate } from '../../src/search/index/event-links.js';

const earlier = (o: Partial<LinkCandidate>): LinkCandidate => ({ id: 'a-0', story: 'a-0', docno: 1, n: 0, cluster: 1, day: 100, actor: null, recipient: null, placeKey: null, killed: null, ...o });
const facts = (o: Partial<Pick<LinkCandidate, 'actor' | 'recipient' | 'placeKey' | 'killed'>> = {}) => ({ actor: null, recipient: null, placeKey: null, killed: null, ...o });

describe('linkedStory', () => {
  it('within an article, links what does not differ, whatever is unsaid', () => {
    assert.equal(linkedStory(facts(), 100, 5, 5, [earlier({ docno: 5, cluster: 5, actor: 'isis' })]), 'a-0');
    assert.equal(linkedStory(facts({ placeKey: 'حلب' }), 100, 5, 5, [earlier({ docno: 5, cluster: 5, placeKey: 'ادلب' })]), null);
  });
  it('within a story (near-duplicates), needs one fact shared', () => {
    assert.equal(linkedStory(facts({ killed: 3 }), 100, 5, 1, [earlier({ killed: 3 })]), 'a-0');
    assert.equal(linkedStory(facts(), 100, 5, 1, [earlier({ killed: 3 })]), null);
  });
  it('across stories, needs two facts shared and a day at most apart', () => {
    const c = earlier({ cluster: 2, placeKey: 'حلب', actor: 'group:مسلحون', killed: 3 });
    assert.equal(linkedStory(facts({ placeKey: 'حلب' }), 100, 5, 5, [c]), null);
    assert.equal(linkedStory(facts({ placeKey: 'حلب', killed: 3 }), 101, 5, 5, [c]), 'a-0');
    assert.equal(linkedStory(facts({ placeKey: 'حلب', killed: 3 }), 102, 5, 5, [c]), null);
    assert.equal(linkedStory(facts({ placeKey: 'حلب', killed: 3 }), null, 5, 5, [c]), null);
    assert.equal(linkedStory(facts({ placeKey: 'حلب', killed: 4 }), 100, 5, 5, [c]), null);
  });
  it('takes two phrases for one participant as no difference, and the same phrase as a fact shared', () => {
    const c = earlier({ cluster: 2, placeKey: 'حلب', recipient: 'group:حاجزا للشرطه', killed: 3 });
    assert.equal(linkedStory(facts({ placeKey: 'حلب', recipient: 'group:عناصر الشرطه', killed: 3 }), 100, 5, 5, [c]), 'a-0');
    assert.equal(linkedStory(facts({ placeKey: 'حلب', recipient: 'group:حاجزا للشرطه' }), 100, 5, 5, [c]), 'a-0');
    assert.equal(linkedStory(facts({ placeKey: 'حلب', recipient: 'group:عناصر الشرطه' }), 100, 5, 5, [c]), null);
    assert.equal(linkedStory(facts({ placeKey: 'حلب', recipient: 'Q1', killed: 3 }), 100, 5, 5, [earlier({ cluster: 2, placeKey: 'حلب', recipient: 'Q2', killed: 3 })]), null);
  });
  it('takes the earliest telling\'s story when several fit', () => {
    const a = earlier({ id: 'b-1', story: 'a-0', docno: 3, n: 1, killed: 3 });
    const b = earlier({ id: 'c-0', story: 'c-0', docno: 2, n: 0, killed: 3 });
    assert.equal(linkedStory(facts({ killed: 3 }), 100, 5, 1, [a, b]), 'c-0');
  });
});
