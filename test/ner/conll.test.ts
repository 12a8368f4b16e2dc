import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { formatConll, parseConll } from '../../src/ner/conll.js';

describe('parseConll', () => {
  it('reads tokens and the last column as tags, sentences split by blank lines', () => {
    const { sentences, diagnostics } = parseConll('زار B-PERS\nسمير I-PERS\n\n\nحلب NNP B-LOC\r\n. O\n');
    assert.deepEqual(sentences.map((s) => [s.tokens, s.tags, s.line]), [
      [['زار', 'سمير'], ['B-PERS', 'I-PERS'], 1],
      [['حلب', '.'], ['B-LOC', 'O'], 5],
    ]);
    assert.deepEqual(diagnostics, []);
  });
  it('gives tags null for untagged input and warns when only some lines have a tag', () => {
    const { sentences, diagnostics } = parseConll('أ\nب\n\nج O\nد\n', 'x.conll');
    assert.equal(sentences[0]!.tags, null);
    assert.equal(sentences[1]!.tags, null);
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0]!.code, 'conll/missing-tag');
    assert.equal(diagnostics[0]!.input, 'x.conll');
  });
  it('reads empty text as no sentences', () => {
    assert.deepEqual(parseConll('\n\n').sentences, []);
  });
});

describe('formatConll', () => {
  it('writes token TAG lines with a blank line after each sentence, and parses back', () => {
    const text = formatConll([{ tokens: ['في', 'دمشق'], tags: ['O', 'B-LOC'] }]);
    assert.equal(text, 'في O\nدمشق B-LOC\n\n');
    assert.deepEqual(parseConll(text).sentences[0]!.tags, ['O', 'B-LOC']);
  });
});
