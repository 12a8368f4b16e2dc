import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { WordTable } from '../../src/text/word-table.js';

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const units = (w: string): Uint16Array => Uint16Array.from(w, (c) => c.charCodeAt(0));

describe('WordTable', () => {
  it('agrees with a Map over many words, short and long, whatever their hashes', () => {
    const next = random(20261206);
    const table = new WordTable();
    const map = new Map<string, number>();
    // Few distinct hashes, so words of the same hash and length must be told apart by their units.
    const hashOf = (w: string): number => (w.length * 7 + w.charCodeAt(0)) % 13;
    for (let i = 0; i < 5000; i++) {
      const len = 1 + Math.floor(next() * 30);
      let w = '';
      for (let k = 0; k < len; k++) w += String.fromCharCode(0x627 + Math.floor(next() * 4));
      const u = units(w);
      const got = table.get(u, u.length, hashOf(w), -1);
      assert.equal(got, map.get(w) ?? -1, w);
      if (!map.has(w)) {
        table.add(u, u.length, hashOf(w), i);
        map.set(w, i);
      }
    }
    assert.equal(table.size, map.size);
    for (const [w, v] of map) assert.equal(table.get(units(w), w.length, hashOf(w), -1), v);
  });

  it('keeps its words when room is reserved, before and after they are added', () => {
    const table = new WordTable();
    const words = Array.from({ length: 3000 }, (_, i) => `كلمة${i}`);
    const hashOf = (w: string): number => (w.length * 31 + w.charCodeAt(w.length - 1)) & 0xffff;
    words.slice(0, 100).forEach((w, i) => table.add(units(w), w.length, hashOf(w), i));
    table.reserve(words.length);
    words.slice(100).forEach((w, i) => table.add(units(w), w.length, hashOf(w), 100 + i));
    table.reserve(10); // less than it holds: nothing changes
    assert.equal(table.size, words.length);
    words.forEach((w, i) => assert.equal(table.get(units(w), w.length, hashOf(w), -1), i, w));
    assert.equal(table.get(units('غائبة'), 5, hashOf('غائبة'), -1), -1);
  });

  it('reads only the given length of a longer buffer, and any 32-bit hash', () => {
    const table = new WordTable();
    const buf = units('كتابxxxxxxxxxxxxxx');
    table.add(buf, 4, -123456789, 9);
    assert.equal(table.get(units('كتاب'), 4, -123456789, -1), 9);
    assert.equal(table.get(buf, 5, -123456789, -1), -1);
    table.clear();
    assert.equal(table.size, 0);
    assert.equal(table.get(units('كتاب'), 4, -123456789, -1), -1);
  });

  it('tells apart long words that differ only in a length past what its keys hold', () => {
    const table = new WordTable();
    const long = 'ب'.repeat(140);
    for (const len of [125, 126, 127, 130, 140]) table.add(units(long), len, 77, len);
    for (const len of [125, 126, 127, 130, 140]) assert.equal(table.get(units(long), len, 77, -1), len);
    assert.equal(table.get(units(long), 128, 77, -1), -1);
  });

  it('holds a large input vocabulary in little memory: 100,000 words of news length in 3 MB', () => {
    const table = new WordTable();
    table.reserve(100_000);
    const next = random(7);
    for (let i = 0; i < 100_000; i++) {
      const len = 3 + Math.floor(next() * 6);
      const u = new Uint16Array(len);
      for (let k = 0; k < len; k++) u[k] = 0x628 + Math.floor(next() * 28);
      if (table.get(u, len, i * 2654435761, -1) < 0) table.add(u, len, i * 2654435761, i);
    }
    assert.equal(table.size, 100_000);
    assert.ok(table.bytes <= 3 * 2 ** 20 + 2 ** 13, `${table.bytes} bytes`);
  });
});
