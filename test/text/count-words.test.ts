// countWords counts as splitting at white space does, and stops at its cap.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { countWords, isSpaceUnit } from '../../src/text/count-words.js';

describe('countWords', () => {
  it('equals the count of a split at white space, for any text', () => {
    const text = fc.array(fc.constantFrom('كلمة', 'a', ' ', '\n', '\t', '\u00a0', '\u200f', '،', '  '), { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(fc.property(text, (s) => countWords(s) === s.split(/\s+/u).filter(Boolean).length));
  });
  it('stops at its cap', () => {
    assert.equal(countWords('واحد اثنان ثلاثة أربعة', 2), 2);
    assert.equal(countWords('  ', 5), 0);
  });
  it('reads white space as \\s does, one code unit at a time', () => {
    for (const c of [0x20, 0x09, 0x0a, 0xa0, 0x2003, 0xfeff, 0x200f, 0x627]) assert.equal(isSpaceUnit(c), /\s/u.test(String.fromCharCode(c)));
  });
});
