/** Property: the rules the suffix trie gives a word are those whose suffix it ends with, in table order. */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { defaultMorphologyTables, parseMorphologyTables } from '../../src/text/morphology-tables.js';
import { suffixRulesFor } from '../../src/text/suffix-index.js';

const letters = [...'اتنويةهمكبسل'];
const word = fc.array(fc.constantFrom(...letters), { maxLength: 8 }).map((l) => l.join(''));

describe('suffixRulesFor', () => {
  it('gives the bundled rules a word ends with, longest first, in table order', () => {
    const tables = defaultMorphologyTables();
    fc.assert(
      fc.property(word, (w) => {
        assert.deepEqual(suffixRulesFor(w, tables), tables.suffixes.filter((r) => w.endsWith(r.suffix)));
      }),
      { numRuns: 2000 },
    );
  });

  it('does the same for other tables, whose suffixes may end one another', () => {
    const tables = parseMorphologyTables(['و\tconj'], ['ه'], ['ات\tfemininePlural\tة,-\tnominal', 'ت\tpast\t-\tverb', 'يات\tnisba\t-\tnominal', 'نات\tfemininePlural\t-\tnominal']);
    fc.assert(
      fc.property(word, (w) => {
        assert.deepEqual(suffixRulesFor(w, tables), tables.suffixes.filter((r) => w.endsWith(r.suffix)));
      }),
      { numRuns: 1000 },
    );
    assert.deepEqual(suffixRulesFor('نيات', tables).map((r) => r.suffix), ['يات', 'ات', 'ت']);
  });
});
