/** Property: the byte-built lines of `rasd analyze` are the terms joined by spaces, a line each, in UTF-8. */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { TermLines } from '../../src/cli/term-lines.js';
import type { TermBytes } from '../../src/cli/read-words.js';

/** Terms as a reader gives them: UTF-8 bytes, an empty one for no term. */
function termBytes(terms: ReadonlyArray<string | null>): TermBytes {
  const parts = terms.map((t) => Buffer.from(t ?? ''));
  let at = 0;
  return { bytes: Buffer.concat(parts), ends: Int32Array.from(parts, (p) => (at += p.length)) };
}

describe('TermLines', () => {
  it('writes what joining the term strings would, across blocks, for lines longer than a block and for more terms than its first pool holds', () => {
    let seed = 5;
    const rnd = (n: number): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n);
    const letters = 'سيارةوالمعلمونabc123٣é';
    const vocab = Array.from({ length: 5000 }, () => Array.from({ length: 1 + rnd(30) }, () => letters[rnd(letters.length)]).join(''));
    const out = new TermLines();
    // Defined in batches, as a reader answers, and more than the first pool holds.
    for (let first = 0; first < vocab.length; first += 777) out.define(first, termBytes(vocab.slice(first, first + 777)));
    const blocks: Buffer[] = [];
    let expected = '';
    for (let line = 0; line < 3000; line++) {
      // Mostly short lines, some empty, a few of tens of thousands of terms (longer than a block).
      const n = line % 997 === 3 ? 20_000 + rnd(20_000) : rnd(4) === 0 ? 0 : rnd(40);
      const ids = Int32Array.from({ length: n }, () => rnd(vocab.length));
      expected += Array.from(ids, (id) => vocab[id]).join(' ') + '\n';
      const block = out.line(ids, n);
      if (block) blocks.push(block);
    }
    const rest = out.end();
    if (rest) blocks.push(rest);
    assert.ok(blocks.length > 10);
    assert.equal(Buffer.concat(blocks).toString('utf8'), expected);
  });

  it('leaves out an id with no term (a stopword a worker has read), with one space between the rest', () => {
    const vocab = ['كتب', null, 'درس', null];
    const out = new TermLines();
    out.define(0, termBytes(vocab));
    const lines = [[0, 1, 2], [1, 3], [1, 0, 3, 2, 1], []];
    const blocks = lines.map((ids) => out.line(Int32Array.from(ids), ids.length)).filter((b): b is Buffer => b !== null);
    const rest = out.end();
    if (rest) blocks.push(rest);
    assert.equal(Buffer.concat(blocks).toString('utf8'), 'كتب درس\n\nكتب درس\n\n');
  });

  it('refuses a line with an id no batch has defined', () => {
    const out = new TermLines();
    out.define(0, termBytes(['كتب']));
    assert.throws(() => out.line(Int32Array.from([0, 1]), 2), /no term defined for id 1/);
  });
});
