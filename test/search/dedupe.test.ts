import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  DEDUPE_PARAMS,
  EMPTY_SLOT,
  StoryClusterer,
  candidateProbability,
  dedupeText,
  estimateJaccard,
  exactJaccard,
  fnv1a,
  isEmptySignature,
  lshBands,
  lshThreshold,
  minhash,
  shingleHashes,
  shingles,
  storySignature,
  wordHashes,
} from '../../src/search/dedupe/index.js';
import { RasdError } from '../../src/errors.js';
import { normalizeText } from '../../src/text/normalize.js';
import { anyText, arabicText } from '../helpers/arbitraries.js';

const FIXTURES = new URL('../fixtures/dedupe/', import.meta.url);
const { bands, rows, threshold } = DEDUPE_PARAMS;
const same = (a: Uint32Array, b: Uint32Array): boolean => a.length === b.length && a.every((x, i) => x === b[i]);
/** What StoryClusterer does for one pair: a shared band key, then the estimate against the threshold. */
const linked = (a: Uint32Array, b: Uint32Array): boolean => {
  const kb = lshBands(b, bands, rows);
  return lshBands(a, bands, rows).some((k, i) => k === kb[i]) && estimateJaccard(a, b) >= threshold;
};
const throwsCode = (f: () => unknown, code: string): void => assert.throws(f, (e: unknown) => e instanceof RasdError && e.code === code);

/** Sorted, distinct uint32 values, as shingles() returns. */
const asSet = (xs: Iterable<number>): Uint32Array => Uint32Array.from(new Set(xs)).sort();
/** A seeded generator, so the statistical tests below are deterministic. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (t ^ (t >>> 14)) >>> 0;
  };
}
/** Two sets of `size` values each sharing `common`: Jaccard common / (2·size − common). */
function overlapping(next: () => number, size: number, common: number): [Uint32Array, Uint32Array] {
  const shared = Array.from({ length: common }, next);
  const a = [...shared, ...Array.from({ length: size - common }, next)];
  const b = [...shared, ...Array.from({ length: size - common }, next)];
  return [asSet(a), asSet(b)];
}

describe('dedupe: fnv1a', () => {
  it('is FNV-1a over the UTF-16LE bytes of the text', () => {
    const reference = (s: string): number => {
      let h = 0x811c9dc5;
      for (const byte of Buffer.from(s, 'utf16le')) h = Math.imul(h ^ byte, 0x01000193);
      return h >>> 0;
    };
    for (const s of ['', 'a', 'وزير', 'الحصينة 2024', '😀']) assert.equal(fnv1a(s, 0, s.length), reference(s), s);
  });
});

describe('dedupe: words and shingles', () => {
  // Spellings the search normalisation folds: each pair must give the same shingles.
  const sameShingles: Array<[string, string]> = [
    ['كَتَبَ الوَزِيرُ رِسَالَةً', 'كتب الوزير رسالة'], // harakat
    ['أعلن إبراهيم آخر', 'اعلن ابراهيم اخر'], // alef with hamza
    ['مستشفى الحصينة العامة', 'مستشفي الحصينه العامه'], // ى and ة
    ['بنسبة ٤٫٥ في المئة', 'بنسبة 4.5 في المئة'], // Arabic-Indic digits
    ['بلغ 1,250 طناً', 'بلغ 1250 طناً'], // thousands separator
    ['الجديـــد في المعرض', 'الجديد في المعرض'], // tatweel
    ['قال الوزير:\n«المشروع يكتمل»،\n\nهذا العام.', 'قال الوزير المشروع يكتمل هذا العام'], // punctuation and line breaks are gaps
    ['وزير   المياه\t والري', 'وزير المياه والري'], // white space
    ['Reuters نقلت', 'REUTERS نقلت'], // Latin case
  ];
  for (const [a, b] of sameShingles) it(`${a.replace(/\n/g, '⏎')} = ${b}`, () => assert.ok(same(shingles(a), shingles(b))));

  const differentShingles: Array<[string, string]> = [
    ['قال الوزير المشروع', 'المشروع الوزير قال'], // order matters
    ['مسؤول في المصرف', 'مسئول في المصرف'], // the search preset keeps hamza carriers
    ['حي السلام', 'حي الربوة'],
  ];
  for (const [a, b] of differentShingles) it(`${a} ≠ ${b}`, () => assert.ok(!same(shingles(a), shingles(b))));

  it('counts word windows: n words give n − k + 1 shingles, sorted and distinct', () => {
    const s = shingles('واحد اثنان ثلاثة اربعة خمسة ستة');
    assert.equal(s.length, 6 - DEDUPE_PARAMS.shingleSize + 1);
    for (let i = 1; i < s.length; i++) assert.ok(s[i - 1]! < s[i]!);
    assert.equal(shingles('مرة مرة مرة مرة مرة').length, 1);
  });

  it('gives a text shorter than k words one shingle, and no words none', () => {
    assert.equal(shingles('عاجل').length, 1);
    assert.equal(shingles('عاجل جدا', { size: 3 }).length, 1);
    for (const empty of ['', '   \n\t', '،؛؟ «» ...', '\u064E\u064F']) assert.equal(shingles(empty).length, 0, JSON.stringify(empty));
  });

  it('takes the shingle size and drops stopwords on request', () => {
    const text = 'قال الوزير في المؤتمر إن المشروع سيكتمل';
    assert.equal(shingles(text, { size: 1 }).length, 7);
    assert.equal(shingles(text, { size: 2 }).length, 6);
    assert.ok(wordHashes(text, { stopwords: true }).length < wordHashes(text).length);
    assert.equal(wordHashes(text, { stopwords: new Set(['في']) }).length, 6);
  });

  it('throws on bad options, naming them', () => {
    throwsCode(() => shingleHashes(new Uint32Array(3), 0), 'E_OPTION');
    throwsCode(() => shingles('نص', { size: 2.5 }), 'E_OPTION');
    throwsCode(() => shingles('نص', { sise: 3 } as never), 'E_OPTION');
    throwsCode(() => wordHashes('نص', { normalize: 'loud' as never }), 'E_OPTION');
  });

  it('reads the headline, then the paragraphs', () => {
    assert.equal(dedupeText({ headline: 'عنوان', paragraphs: ['فقرة أولى', 'فقرة ثانية'] }), 'عنوان\nفقرة أولى\nفقرة ثانية');
    assert.equal(dedupeText({ headline: null, paragraphs: ['فقرة'] }), 'فقرة');
  });

  it('property: the shingles ignore whatever the search normalisation folds', () => {
    fc.assert(fc.property(anyText, (t) => same(shingles(t), shingles(normalizeText(t, 'search')))));
  });
});

describe('dedupe: minhash', () => {
  it('is deterministic: the same text gives the same signature, and known values do not drift', () => {
    // Stored signatures and band keys depend on these values: if this test fails, bump DEDUPE_PARAMS.version.
    const text = 'قال الوزير إن المشروع يكتمل هذا العام';
    const sig = storySignature(text);
    assert.deepEqual(Array.from(sig.subarray(0, 4)), [294109366, 411942006, 414048349, 45382427]);
    assert.deepEqual(lshBands(sig, bands, rows).slice(0, 2), [3639898153831736, 4116992114582938]);
    assert.ok(same(sig, storySignature(text)));
    assert.equal(sig.length, DEDUPE_PARAMS.numHashes);
  });

  it('property: identical texts have equal signatures and estimate 1, unless empty', () => {
    fc.assert(
      fc.property(arabicText, (t) => {
        const a = storySignature(t);
        const b = storySignature(`${t}`);
        return same(a, b) && estimateJaccard(a, b) === (isEmptySignature(a) ? 0 : 1);
      }),
    );
  });

  it('marks a text with no words as empty: it has no band keys and matches nothing, not even another empty one', () => {
    const empty = storySignature('');
    assert.ok(isEmptySignature(empty));
    assert.ok(empty.every((x) => x === EMPTY_SLOT));
    assert.ok(isEmptySignature(storySignature(' ، . « »\n')));
    assert.deepEqual(lshBands(empty, bands, rows), []);
    assert.equal(estimateJaccard(empty, storySignature('')), 0);
    assert.equal(estimateJaccard(empty, storySignature('نص ما')), 0);
    const c = new StoryClusterer();
    assert.equal(c.add('a', empty), 'a');
    assert.equal(c.add('b', storySignature('')), 'b');
  });

  it('handles sets smaller than the signature: one shingle still gives a full, non-empty signature', () => {
    const one = minhash([12345]);
    assert.equal(one.length, DEDUPE_PARAMS.numHashes);
    assert.ok(!isEmptySignature(one));
    assert.equal(estimateJaccard(one, minhash([12345, 12345])), 1);
    assert.equal(estimateJaccard(one, minhash([54321])), 0);
  });

  it('property: the estimate is within 5 standard errors of the exact Jaccard of random sets', () => {
    const pool = fc.uniqueArray(fc.integer({ min: 0, max: 0xffffffff }), { minLength: 1, maxLength: 300 });
    fc.assert(
      fc.property(pool, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (xs, pa, pb) => {
        // Two subsets of one pool, so their overlap ranges from none to all.
        const a = asSet(xs.filter((_, i) => (i * 0.618) % 1 < pa || i === 0));
        const b = asSet(xs.filter((_, i) => (i * 0.382) % 1 < pb || i === xs.length - 1));
        const j = exactJaccard(a, b);
        const est = estimateJaccard(minhash(a, { numHashes: 256 }), minhash(b, { numHashes: 256 }));
        return Math.abs(est - j) <= 5 * Math.sqrt((j * (1 - j)) / 256) + 1e-9;
      }),
    );
  });

  it('is unbiased on structured input (runs of consecutive integers)', () => {
    let error = 0;
    const trials = 200;
    for (let t = 0; t < trials; t++) {
      // a = [0, 100), b = [shift, shift + 100): Jaccard (100 − shift) / (100 + shift).
      const shift = t % 100;
      const a = asSet(Array.from({ length: 100 }, (_, i) => t * 1000 + i));
      const b = asSet(Array.from({ length: 100 }, (_, i) => t * 1000 + shift + i));
      error += estimateJaccard(minhash(a), minhash(b)) - exactJaccard(a, b);
    }
    assert.ok(Math.abs(error / trials) < 0.01, `mean error ${error / trials}`);
  });

  it('throws on bad options and mismatched signatures', () => {
    throwsCode(() => minhash([1], { numHashes: 0 }), 'E_OPTION');
    throwsCode(() => minhash([1], { seed: 0.5 }), 'E_OPTION');
    throwsCode(() => estimateJaccard(minhash([1], { numHashes: 64 }), minhash([1])), 'E_OPTION');
  });
});

describe('dedupe: LSH bands', () => {
  it('gives one safe-integer key per band; equal bands give equal keys', () => {
    const sig = storySignature('افتتح وزير الثقافة معرض النخيل الدولي للكتاب بمشاركة أربعمئة دار نشر');
    const keys = lshBands(sig, bands, rows);
    assert.equal(keys.length, bands);
    assert.ok(keys.every((k) => Number.isSafeInteger(k) && k >= 0));
    assert.deepEqual(lshBands(Uint32Array.from(sig), bands, rows), keys);
  });

  it('mixes the band index in: equal values in different bands give different keys', () => {
    const flat = new Uint32Array(DEDUPE_PARAMS.numHashes).fill(7);
    assert.equal(new Set(lshBands(flat, bands, rows)).size, bands);
  });

  it('throws when the bands do not fit the signature', () => {
    throwsCode(() => lshBands(new Uint32Array(128), 43, 3), 'E_OPTION');
    throwsCode(() => lshBands(new Uint32Array(128), 0, 3), 'E_OPTION');
  });

  it('finds candidates as often as the S-curve says', () => {
    const next = prng(42);
    for (const [common, s] of [[40, 0.25], [57, 0.4], [67, 0.5]] as const) {
      // 100-element sets sharing `common`: Jaccard common / (200 − common) ≈ s.
      let hits = 0;
      const trials = 400;
      for (let t = 0; t < trials; t++) {
        const [a, b] = overlapping(next, 100, common);
        const kb = lshBands(minhash(b), bands, rows);
        if (lshBands(minhash(a), bands, rows).some((k, i) => k === kb[i])) hits++;
      }
      const expected = candidateProbability(common / (200 - common), bands, rows);
      assert.ok(Math.abs(hits / trials - expected) < 0.08, `s≈${s}: ${hits / trials} vs ${expected}`);
    }
  });

  it('documents the S-curve', () => {
    assert.equal(candidateProbability(0, bands, rows), 0);
    assert.equal(candidateProbability(1, bands, rows), 1);
    assert.ok(candidateProbability(threshold, bands, rows) > 0.9);
    assert.ok(candidateProbability(0.1, bands, rows) < 0.05);
    assert.ok(lshThreshold(bands, rows) < threshold);
  });
});

describe('dedupe: StoryClusterer', () => {
  it('joins near-duplicates under the id of the earliest article', () => {
    const c = new StoryClusterer();
    const base = 'أطلقت وزارة الصحة صباح الأحد حملة وطنية لتطعيم مليون طفل ضد الحصبة تستمر أسبوعين وتشمل جميع المحافظات';
    assert.equal(c.add('first', storySignature(base)), 'first');
    assert.equal(c.add('other', storySignature('انقطع التيار الكهربائي عن حي السلام صباح الخميس لمدة ساعتين بسبب عطل في محطة التحويل')), 'other');
    assert.equal(c.add('copy', storySignature(`عاجل | ${base}`)), 'first');
    assert.equal(c.storyOf('copy'), 'first');
    assert.equal(c.storyOf('missing'), undefined);
    assert.deepEqual([...c.stories()], [['first', ['first', 'copy']], ['other', ['other']]]);
    assert.equal(c.size, 3);
    assert.ok(c.comparisons >= 1);
  });

  it('keeps the older story id when a later article bridges two stories', () => {
    // Tiny hand-made parameters: every slot is its own band and one equal slot links.
    const params = { ...DEDUPE_PARAMS, numHashes: 4, bands: 4, rows: 1, threshold: 0.25 };
    const c = new StoryClusterer(params);
    c.add('a', Uint32Array.of(1, 2, 3, 4));
    c.add('b', Uint32Array.of(9, 9, 9, 9));
    assert.equal(c.storyOf('b'), 'b');
    assert.equal(c.add('bridge', Uint32Array.of(1, 9, 0, 0)), 'a');
    assert.equal(c.storyOf('b'), 'a');
  });

  it('throws on a repeated id or a signature of the wrong length', () => {
    const c = new StoryClusterer();
    c.add('x', storySignature('نص قصير'));
    throwsCode(() => c.add('x', storySignature('نص آخر')), 'E_USAGE');
    throwsCode(() => c.add('y', minhash([1], { numHashes: 64 })), 'E_OPTION');
  });
});

describe('dedupe: our fixtures (test/fixtures/dedupe)', () => {
  type Pairs = Array<[string, string, string]>;
  const manifest = JSON.parse(readFileSync(new URL('manifest.json', FIXTURES), 'utf8')) as { mustCluster: Pairs; mustNotCluster: Pairs; knownLimitations: Pairs };
  const names = [...new Set([...manifest.mustCluster, ...manifest.mustNotCluster, ...manifest.knownLimitations].flatMap(([a, b]) => [a, b]))].sort();
  const signature = new Map(names.map((n) => [n, storySignature(readFileSync(new URL(n, FIXTURES), 'utf8'))]));
  const sig = (n: string): Uint32Array => signature.get(n)!;

  for (const [a, b, why] of manifest.mustCluster) it(`links ${a} ~ ${b} (${why})`, () => assert.ok(linked(sig(a), sig(b)), `estimate ${estimateJaccard(sig(a), sig(b))}`));
  for (const [a, b, why] of manifest.mustNotCluster) it(`keeps apart ${a} / ${b} (${why})`, () => assert.ok(!linked(sig(a), sig(b)), `estimate ${estimateJaccard(sig(a), sig(b))}`));
  for (const [a, b, why] of manifest.knownLimitations) {
    it(`keeps apart ${a} / ${b}`, { todo: `known limitation: ${why}` }, () => assert.ok(!linked(sig(a), sig(b)), `estimate ${estimateJaccard(sig(a), sig(b))}`));
  }

  it('clusters them all together into exactly the stories the must-cluster pairs imply', () => {
    const limited = new Set(manifest.knownLimitations.flat());
    const articles = names.filter((n) => !limited.has(n));
    const c = new StoryClusterer();
    for (const n of articles) c.add(n, sig(n));
    // Expected: the must-cluster pairs joined transitively; every other article a story of its own.
    const root = new Map(articles.map((n) => [n, n]));
    const find = (n: string): string => (root.get(n) === n ? n : find(root.get(n)!));
    for (const [a, b] of manifest.mustCluster) root.set(find(b), find(a));
    const expected = new Set(articles.map((n) => articles.filter((m) => find(m) === find(n)).join(' ')));
    const actual = new Set([...c.stories().values()].map((s) => [...s].sort().join(' ')));
    assert.deepEqual([...actual].sort(), [...expected].sort());
  });
});
