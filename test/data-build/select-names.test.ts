import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { parseLexicon } from '../../src/text/lexicon.js';
import { selectNames } from '../../scripts/select-names.js';

/** CoNLL lines: each `[token, tag, times]` repeated, one sentence. */
const conll = (rows: Array<[string, string, number]>): string[] => rows.flatMap(([t, tag, n]) => Array.from({ length: n }, () => `${t} ${tag}`));

describe('selectNames: a name written with its proclitics is no name of its own', () => {
  const lexicon = parseLexicon('');
  it('drops «ودبي» and «ولوران» beside «دبي» and «لوران», tagged more often', () => {
    const names = selectNames([], conll([['دبي', 'B-LOC', 3], ['ودبي', 'B-LOC', 1], ['لوران', 'B-PERS', 2], ['ولوران', 'B-PERS', 1]]), lexicon);
    assert.deepEqual([...names].sort(), ['دبي', 'لوران']);
  });
  it('keeps a name that opens with و or ب of its own: seen more often than what follows the letter, or a gazetteer entry', () => {
    // «وارسو» (Warsaw) seen more often than «ارسو»; «ويلهام» listed by the gazetteer beside an unseen «يلهام».
    const names = selectNames(['ويلهام', 'يلهام'], conll([['وارسو', 'B-LOC', 3], ['ارسو', 'B-PERS', 1], ['برونال', 'B-PERS', 1], ['رونال', 'B-PERS', 2]]), lexicon);
    assert.deepEqual([...names].sort(), ['ارسو', 'برونال', 'رونال', 'وارسو', 'يلهام', 'ويلهام'].sort());
  });
  it('drops a name after ب/ك/ل only where the other name is seen often, five times as often at least', () => {
    const names = selectNames([], conll([['بحمدان', 'B-PERS', 1], ['حمدان', 'B-PERS', 5]]), lexicon);
    assert.deepEqual([...names], ['حمدان']);
  });
});
