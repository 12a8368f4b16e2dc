import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { parseLexicon } from '../../src/text/lexicon.js';
import { parseTags, TAG } from '../../src/text/lexicon-tags.js';

describe('parseLexicon', () => {
  it('reads word<TAB>tags lines, skips comments and blank lines, trims spaces and CR, and merges repeated words', () => {
    const lex = parseLexicon('# a comment\nسيارة\tNf\r\n  كتب\tV  \n\nكتب\tN\nقال\tV\tignored\n', 'يوسف\n');
    assert.equal(lex.size, 4);
    assert.equal(lex.get('سيارة'), parseTags('Nf'));
    assert.equal(lex.get('كتب'), parseTags('V') | parseTags('N'));
    assert.equal(lex.get('قال'), parseTags('V'));
    // A line with no tags (a names list) is a proper name.
    assert.equal(lex.get('يوسف'), TAG.proper);
    assert.equal(lex.get('# a comment'), undefined);
    assert.equal(lex.has(''), false);
  });
  it('reads the last line without a newline, and an empty text as an empty lexicon', () => {
    assert.equal(parseLexicon('مدرسة\tN').get('مدرسة'), parseTags('N'));
    assert.equal(parseLexicon('').size, 0);
  });
});
