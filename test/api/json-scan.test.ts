// The pre-parse scan of JSON bodies: depth and top-level count, with brackets in strings and escapes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { scanJson } from '../../src/api/json-scan.js';

const NO_LIMIT = { depth: Infinity, items: Infinity };

/** The nesting depth of a parsed value: `[[1]]` is 2, a scalar 0. */
function depthOf(v: unknown): number {
  if (typeof v !== 'object' || v === null) return 0;
  const inner = Object.values(v as Record<string, unknown>).map(depthOf);
  return 1 + Math.max(0, ...inner);
}

/** The depth scanJson sees: the smallest limit that lets `text` through. */
function scannedDepth(text: string): number {
  let d = 0;
  while (scanJson(text, { depth: d, items: Infinity }).tooDeepAt >= 0) d++;
  return d;
}

describe('scanJson', () => {
  it('measures depth and counts the top-level array, table of cases', () => {
    const cases: Array<[string, number, number]> = [
      // [text, depth, top-level items]
      ['1', 0, 0],
      ['"[[["', 0, 0],
      ['{"a": "}}}{{{"}', 1, 0],
      ['"\\"[["', 0, 0],
      ['["\\\\", [1]]', 2, 2],
      ['[]', 1, 0],
      ['[ ]', 1, 0],
      ['[{}]', 2, 1],
      ['[1, "a,b", {"c": [1, 2, 3]}, null]', 3, 4],
      [' [ {"عنوان": "«خبر»، [عاجل]"} , {} ] ', 2, 2],
      ['{"records": [1, 2, 3]}', 2, 0],
    ];
    for (const [text, depth, items] of cases) {
      assert.equal(scannedDepth(text), depth, text);
      assert.equal(scanJson(text, NO_LIMIT).items, items, text);
    }
  });
  it('stops at the first bracket past the limit, at its offset', () => {
    const deep = '['.repeat(2_000_000) + ']'.repeat(2_000_000);
    assert.deepEqual(scanJson(deep, { depth: 64, items: 1000 }), { tooDeepAt: 64, tooMany: false, items: 1 });
    const objects = '{"a":'.repeat(400_000) + '1' + '}'.repeat(400_000);
    assert.equal(scanJson(objects, { depth: 64, items: 1000 }).tooDeepAt, 64 * 5);
    assert.equal(scanJson('[[[1]]]', { depth: 3, items: 10 }).tooDeepAt, -1);
  });
  it('stops counting past the item limit', () => {
    const many = `[${Array.from({ length: 5000 }, () => '{}').join(',')}]`;
    assert.deepEqual(scanJson(many, { depth: 64, items: 1000 }), { tooDeepAt: -1, tooMany: true, items: 1001 });
    assert.equal(scanJson(`[${Array.from({ length: 1000 }, () => '{}').join(',')}]`, { depth: 64, items: 1000 }).tooMany, false);
  });
  it('agrees with JSON.parse on any JSON value, however it is spaced', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.boolean(), (v, spaced) => {
        const text = JSON.stringify(v, null, spaced ? 2 : undefined);
        assert.equal(scannedDepth(text), depthOf(v));
        assert.equal(scanJson(text, NO_LIMIT).items, Array.isArray(v) ? v.length : 0);
      }),
    );
  });
});
