import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ViterbiScratch, viterbi } from '../../src/ner/decode.js';
import { ALLOWED, LABEL_COUNT, LABELS, labelIndex } from '../../src/ner/labels.js';
import { chunks } from '../../src/ner/score.js';

const L = LABEL_COUNT;

/** True when every I-X follows B-X or I-X. */
function validBio(tags: readonly string[]): boolean {
  return tags.every((t, i) => !t.startsWith('I-') || (i > 0 && tags[i - 1] !== 'O' && tags[i - 1]!.slice(2) === t.slice(2)));
}

function decode(emit: number[], n: number, trans = new Float64Array((L + 1) * L)): string[] {
  const out = new Uint8Array(n);
  viterbi(Float64Array.from(emit), n, trans, new Float64Array(L), out, new ViterbiScratch());
  return Array.from(out, (i) => LABELS[i]!);
}

describe('labels', () => {
  it('has O, then B-/I- for PERS, LOC, ORG, MISC', () => {
    assert.deepEqual(LABELS, ['O', 'B-PERS', 'I-PERS', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC']);
    assert.equal(labelIndex('B-DATE'), -1);
  });
  it('allows I-X only after B-X or I-X, never at the start', () => {
    const ok = (p: string, n: string): number => ALLOWED[(p === '^' ? L : labelIndex(p)) * L + labelIndex(n)]!;
    assert.equal(ok('B-LOC', 'I-LOC'), 1);
    assert.equal(ok('I-LOC', 'I-LOC'), 1);
    assert.equal(ok('O', 'I-LOC'), 0);
    assert.equal(ok('B-PERS', 'I-LOC'), 0);
    assert.equal(ok('^', 'I-PERS'), 0);
    assert.equal(ok('^', 'B-PERS'), 1);
    assert.equal(ok('I-ORG', 'O'), 1);
  });
});

describe('viterbi', () => {
  it('follows the emissions when they form a valid sequence', () => {
    const emit = new Array(3 * L).fill(0);
    emit[0 * L + labelIndex('B-PERS')] = 5;
    emit[1 * L + labelIndex('I-PERS')] = 5;
    emit[2 * L + labelIndex('O')] = 5;
    assert.deepEqual(decode(emit, 3), ['B-PERS', 'I-PERS', 'O']);
  });
  it('never starts a sentence with I-, even when the emission wants it', () => {
    const emit = new Array(L).fill(0);
    emit[labelIndex('I-LOC')] = 10;
    emit[labelIndex('B-LOC')] = 1;
    assert.deepEqual(decode(emit, 1), ['B-LOC']);
  });
  it('repairs O I-X into a valid path', () => {
    const emit = new Array(2 * L).fill(0);
    emit[0 * L + labelIndex('O')] = 3;
    emit[1 * L + labelIndex('I-ORG')] = 5;
    emit[1 * L + labelIndex('O')] = 1;
    assert.ok(validBio(decode(emit, 2)));
  });
  it('decodes nothing for an empty sentence', () => {
    assert.deepEqual(decode([], 0), []);
  });
  it('always gives valid BIO (property)', () => {
    const score = fc.double({ min: -20, max: 20, noNaN: true });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }).chain((n) => fc.tuple(fc.constant(n), fc.array(score, { minLength: n * L, maxLength: n * L }), fc.array(score, { minLength: (L + 1) * L, maxLength: (L + 1) * L }))), ([n, emit, trans]) => {
        const tags = decode(emit, n, Float64Array.from(trans));
        assert.equal(tags.length, n);
        assert.ok(validBio(tags), tags.join(' '));
        // Valid BIO reads the same whether or not I- after O would start an entity.
        for (const c of chunks(tags)) assert.ok(tags[c.start]!.startsWith('B-'));
      }),
      { numRuns: 300 },
    );
  });
});
