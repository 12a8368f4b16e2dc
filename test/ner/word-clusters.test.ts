import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { AdaptCorpus } from '../../src/ner/adapt.js';
import { bitPaths } from '../../src/ner/bit-paths.js';
import { ContextCounter } from '../../src/ner/context-counts.js';
import { clustersFromLines, clustersToLines, learnClusters, DEFAULT_CLUSTER_OPTIONS } from '../../src/ner/word-clusters.js';
import { positivePmi, symmetricEigen } from '../../src/ner/word-vectors.js';
import { analyzeWord, ATTR, attrHash, baseOf, defaultWordResources } from '../../src/ner/word-info.js';

/** The cells of a count matrix as `word offset context → count`, for exact comparison. */
function cells(counter: ContextCounter, contexts: number): Record<string, number> {
  const m = counter.matrix({ minCount: 1, maxWords: 100, contexts });
  const ctx = [...m.words]; // with contexts ≥ words, the context words are the rows' words, in the same order
  const offsets = [-2, -1, 1, 2];
  const out: Record<string, number> = {};
  for (let r = 0; r < m.words.length; r++) {
    for (let k = m.rowStart[r]!; k < m.rowStart[r + 1]!; k++) {
      const c = m.col[k]!;
      out[`${m.words[r]} ${offsets[Math.floor(c / contexts)]} ${ctx[c % contexts]}`] = m.val[k]!;
    }
  }
  return out;
}

describe('ContextCounter', () => {
  it('counts each word with its neighbours two either side, never across a sentence', () => {
    const c = new ContextCounter();
    c.add(['قال', 'الوزير', 'ان']);
    c.add(['قال', 'الوزير']);
    c.add(['', 'ان']); // an empty key (a word of marks only) is left out
    assert.equal(c.tokens, 6);
    assert.equal(c.sentences, 3);
    assert.deepEqual(cells(c, 3), {
      'قال 1 الوزير': 2,
      'قال 2 ان': 1,
      'الوزير -1 قال': 2,
      'الوزير 1 ان': 1,
      'ان -2 قال': 1,
      'ان -1 الوزير': 1,
    });
  });
  it('keeps the most frequent words as rows, those seen minCount times or more', () => {
    const c = new ContextCounter();
    c.add(['أ', 'ب', 'أ', 'ج', 'أ', 'ب']);
    const m = c.matrix({ minCount: 2, maxWords: 10, contexts: 10 });
    assert.deepEqual(m.words, ['أ', 'ب']);
    assert.deepEqual([...m.counts], [3, 2]);
    assert.equal(c.matrix({ minCount: 1, maxWords: 1, contexts: 10 }).words.length, 1);
  });
});

describe('positivePmi', () => {
  it('turns counts into PMI with contexts smoothed to the power 0.75, and keeps it where positive', () => {
    const c = new ContextCounter();
    c.add(['x', 'y']);
    c.add(['x', 'y']);
    c.add(['z', 'y']);
    const m = c.matrix({ minCount: 1, maxWords: 10, contexts: 3 });
    const before = cells(c, 3);
    assert.deepEqual(before, { 'y -1 x': 2, 'y -1 z': 1, 'x 1 y': 2, 'z 1 y': 1 });
    positivePmi(m);
    // Column sums: (+1 y) 3, (−1 x) 2, (−1 z) 1; row sums: y 3, x 2, z 1.
    const S = 3 ** 0.75 + 2 ** 0.75 + 1;
    const expected = [Math.log((2 * S) / (3 * 2 ** 0.75)), Math.log(S / 3), Math.log((2 * S) / (2 * 3 ** 0.75)), Math.log(S / 3 ** 0.75)];
    assert.deepEqual(m.words, ['y', 'x', 'z']);
    [...m.val].forEach((v, i) => assert.ok(Math.abs(v - expected[i]!) < 1e-6, `${v} ${expected[i]}`));
    // «a b» is rarer than «b» alone would make it: its PMI is negative and comes out 0.
    const d = new ContextCounter();
    d.add(['a', 'b']);
    for (let i = 0; i < 10; i++) d.add(['a', 'c']);
    for (let i = 0; i < 100; i++) d.add(['d', 'b']);
    const n = d.matrix({ minCount: 1, maxWords: 10, contexts: 4 });
    positivePmi(n);
    for (const v of n.val) assert.ok(v >= 0);
    assert.ok([...n.val].some((v) => v === 0));
  });
});

describe('symmetricEigen', () => {
  it('finds the eigenvalues of a small matrix', () => {
    const { values } = symmetricEigen(Float64Array.from([2, 1, 1, 2]), 2);
    assert.deepEqual([...values].map((v) => Math.round(v * 1e9) / 1e9).sort(), [1, 3]);
  });
  it('gives vectors V with G·V = V·Λ for any symmetric matrix', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: 36, maxLength: 36 }), (m, raw) => {
        const g = new Float64Array(m * m);
        for (let i = 0; i < m; i++) for (let j = 0; j <= i; j++) g[i * m + j] = g[j * m + i] = raw[i * 6 + j]!;
        const { values, vectors } = symmetricEigen(g, m);
        for (let e = 0; e < m; e++) {
          for (let i = 0; i < m; i++) {
            let gv = 0;
            for (let k = 0; k < m; k++) gv += g[i * m + k]! * vectors[k * m + e]!;
            assert.ok(Math.abs(gv - values[e]! * vectors[i * m + e]!) < 1e-6 * (1 + Math.abs(values[e]!)));
          }
        }
      }),
    );
  });
});

describe('bitPaths', () => {
  it('splits two groups of vectors at the first bit, and a path holds at most maxDepth bits', () => {
    const rows = [
      [1, 0.1],
      [0.9, 0.2],
      [1, 0],
      [0.95, 0.1],
      [0, 1],
      [0.1, 0.9],
      [0.2, 1],
      [0, 0.95],
    ].map(([a, b]) => [a! / Math.hypot(a!, b!), b! / Math.hypot(a!, b!)]);
    const paths = bitPaths({ dims: 2, data: Float32Array.from(rows.flat()) }, rows.length, { minLeaf: 1, maxDepth: 3, rounds: 8 });
    const first = paths.map((p) => p[0]);
    assert.equal(new Set(first.slice(0, 4)).size, 1);
    assert.equal(new Set(first.slice(4)).size, 1);
    assert.notEqual(first[0], first[4]);
    for (const p of paths) assert.match(p, /^[01]{1,3}$/);
  });
});

describe('learnClusters', () => {
  it('puts words used alike under a longer common path than words used otherwise', () => {
    // Our own small corpus: cities follow «إلى» and come before «أمس»; persons follow «قال» and come before «إن».
    const cities = ['الرياض', 'جدة', 'الدمام', 'القاهرة', 'بيروت', 'عمان'];
    const persons = ['خالد', 'سعد', 'فهد', 'علي', 'حسن', 'ماجد'];
    const verbs = ['وصل', 'سافر', 'عاد'];
    const counter = new ContextCounter();
    for (let i = 0; i < 400; i++) {
      counter.add(['ثم', verbs[i % 3]!, 'الوفد', 'إلى', cities[(i * 7) % 6]!, 'أمس', 'صباحا']);
      counter.add(['وقد', 'قال', persons[(i * 5) % 6]!, 'إن', 'الوضع', 'جيد']);
    }
    const { clusters, report } = learnClusters(counter, { ...DEFAULT_CLUSTER_OPTIONS, dims: 8, contexts: 50, minLeaf: 1 });
    assert.equal(report.words, 25);
    const common = (a: string, b: string): number => {
      const p = clusters.get(a)!;
      const q = clusters.get(b)!;
      let n = 0;
      while (n < p.length && p[n] === q[n]) n++;
      return n;
    };
    for (const a of cities) {
      for (const b of cities) for (const p of persons) assert.ok(a === b || common(a, b) > common(a, p), `${a} ${b} ${p}`);
    }
  });
  it('writes clusters as lines and reads them back; a bad line is named', () => {
    const c = new Map([['رياض', '0110'], ['جده', '0111'], ['قال', '10']]);
    assert.deepEqual(clustersToLines(c), ['0110\tرياض', '0111\tجده', '10\tقال']);
    assert.deepEqual(clustersFromLines(clustersToLines(c)), c);
    assert.throws(() => clustersFromLines(['01\tأ', '2x\tب'], 'c.txt'), /c\.txt: line 2/);
  });
});

describe('cluster attributes of a word', () => {
  it('are the prefixes of its base\'s path, clitics off; «-» without clusters', () => {
    assert.equal(baseOf('والرياض'), 'رياض');
    const clusters = new Map([['رياض', '011010111']]);
    const a = analyzeWord('والرياض', { ...defaultWordResources(), clusters });
    assert.equal(a.attrs[ATTR.c4], attrHash('c4', '0110'));
    assert.equal(a.attrs[ATTR.c6], attrHash('c6', '011010'));
    assert.equal(a.attrs[ATTR.c10], attrHash('c10', '011010111'));
    assert.equal(a.attrs[ATTR.c16], attrHash('c16', '011010111'));
    const b = analyzeWord('والرياض');
    for (const c of ['c4', 'c6', 'c10', 'c16'] as const) assert.equal(b.attrs[ATTR[c]], attrHash(c, '-'));
    assert.equal(a.key, b.key);
  });
});

describe('AdaptCorpus', () => {
  it('counts texts up to its token budget, then counts the rest as left out', () => {
    const corpus = new AdaptCorpus(5);
    corpus.addText('وصل الوفد إلى الرياض أمس.');
    corpus.addText('وقال الوزير إن.');
    assert.equal(corpus.texts, 1);
    assert.equal(corpus.skipped, 1);
    assert.ok(corpus.counter.tokens >= 5);
  });
});
