/** Short names for said:, entity: and quotes --by: whole name units, in order, of a person's or organisation's full name. */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { matchesName, NameParts, nameQuery, partOfName } from '../../src/search/engine/name-match.js';

describe('matchesName', () => {
  // [asked, id, matches]
  const table: Array<[string, string, boolean]> = [
    // the name itself, as before
    ['عادل الجبير', 'pers:عادل الجبير', true],
    ['عادِل الجُبير', 'pers:عادل الجبير', true],
    ['isis', 'isis', true],
    ['مصدر عسكري', 'group:مصدر عسكري', true],
    // a surname, or any whole unit, with or without the article
    ['الجبير', 'pers:عادل بن احمد الجبير', true],
    ['جبير', 'pers:عادل الجبير', true],
    ['عادل', 'pers:عادل بن احمد الجبير', true],
    ['عادل الجبير', 'pers:عادل بن احمد الجبير', true],
    ['بن أحمد', 'pers:عادل بن احمد الجبير', true],
    ['عبدالله', 'pers:عبد الله بن زايد', true],
    ['الخارجية', 'org:وزاره الخارجيه', true],
    // not a part of a word, not a word of a unit, not out of order, not a particle alone
    ['الجبير', 'pers:محمد باجبير', false],
    ['جبير', 'pers:سعيد بن جبير', false],
    ['أحمد', 'pers:عادل بن احمد الجبير', false],
    ['الجبير عادل', 'pers:عادل بن احمد الجبير', false],
    ['بن', 'pers:عادل بن احمد الجبير', false],
    ['الجبير', 'pers:الجبير', true],
    ['الجبي', 'pers:عادل الجبير', false],
    // places and unnamed speakers have no short forms
    ['دمشق', 'loc:ريف دمشق', false],
    ['مصدر', 'group:مصدر عسكري', false],
    ['عسكري', 'group:مصدر عسكري', false],
  ];
  for (const [asked, id, expected] of table) {
    it(`${asked} ${expected ? '→' : '↛'} ${id}`, () => assert.equal(matchesName(nameQuery(asked), id), expected));
  }
  it('a known actor answers to a whole part of its Arabic name', () => {
    assert.equal(matchesName(nameQuery('سلمان بن عبد العزيز'), 'salman-bin-abdulaziz'), true);
    assert.equal(matchesName(nameQuery('العزيز'), 'salman-bin-abdulaziz'), false);
  });
});

describe('partOfName', () => {
  it('is a shorter run of whole units in order', () => {
    assert.equal(partOfName(['عادل', 'بن احمد', 'الجبير'], ['عادل', 'الجبير']), true);
    assert.equal(partOfName(['عادل', 'الجبير'], ['عادل', 'الجبير']), false);
    assert.equal(partOfName(['عادل', 'الجبير'], []), false);
  });
});

describe('NameParts', () => {
  it('finds the same ids as matchesName over a list that grows', () => {
    const ids = ['pers:عادل بن احمد الجبير', 'pers:محمد باجبير', 'loc:الجبير', 'group:مصدر عسكري'];
    const parts = new NameParts();
    const find = (asked: string): string[] => [...parts.matching(nameQuery(asked), ids, (id) => (ids.includes(id) ? ids.indexOf(id) : undefined))].map((n) => ids[n]!).sort();
    const expect = (asked: string): string[] => ids.filter((id) => matchesName(nameQuery(asked), id)).sort();
    // loc:الجبير is the name itself; the person's name has it as a part; باجبير is another word.
    assert.deepEqual(find('الجبير'), ['loc:الجبير', 'pers:عادل بن احمد الجبير']);
    ids.push('pers:فهد بن محمد الجبير', 'org:مركز الجبير');
    for (const asked of ['الجبير', 'جبير', 'محمد', 'باجبير', 'مصدر عسكري', 'عادل الجبير']) assert.deepEqual(find(asked), expect(asked), asked);
    assert.deepEqual(find('الجبير'), ['loc:الجبير', 'org:مركز الجبير', 'pers:عادل بن احمد الجبير', 'pers:فهد بن محمد الجبير']);
  });
});
