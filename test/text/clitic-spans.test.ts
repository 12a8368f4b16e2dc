import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { cliticPieces } from '../../src/text/clitic-spans.js';
import { tokenize } from '../../src/text/tokenize.js';

describe('cliticPieces', () => {
  it('gives each piece of والمعلمون its span', () => {
    const text = 'قال والمعلمون';
    assert.deepEqual(
      cliticPieces(text, 4, 13).map((p) => [p.role, text.slice(p.start, p.end), p.tag]),
      [['proclitic', 'و', 'و'], ['proclitic', 'ال', 'ال'], ['base', 'معلمون', 'معلمون']],
    );
  });
  it('names the elided article of لل', () => {
    assert.deepEqual(cliticPieces('للمدرسة', 0, 7).map((p) => p.tag), ['ل', 'ال', 'مدرسة']);
  });
  it('pieces of a diacritised word are contiguous and end with the word', () => {
    const letters = ['و', 'ب', 'ل', 'ا', 'م', 'ع', 'ت', 'س', 'ي', 'ه', 'ك', 'ة'];
    const marks = ['', '', '\u064E', '\u0650', '\u0651', '\u0652'];
    const word = fc.array(fc.tuple(fc.constantFrom(...letters), fc.constantFrom(...marks)), { minLength: 1, maxLength: 9 }).map((a) => a.map(([l, m]) => l + m).join(''));
    fc.assert(
      fc.property(word, (w) => {
        for (const t of tokenize(w)) {
          const pieces = cliticPieces(w, t.start, t.end);
          assert.equal(pieces[0]!.start, t.start);
          assert.equal(pieces[pieces.length - 1]!.end, t.end);
          for (let i = 1; i < pieces.length; i++) assert.equal(pieces[i]!.start, pieces[i - 1]!.end);
        }
      }),
      { numRuns: 500 },
    );
  });
});
