import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { compileTemplates, DEFAULT_TEMPLATES, FeatureExtractor, type FeatureTemplates } from '../../src/ner/features.js';
import { fmix, hashString, mix } from '../../src/ner/hash.js';
import { CUE } from '../../src/ner/doc-features.js';
import { buildPhraseTable, PHRASE_LISTS, type PhraseSources } from '../../src/ner/lists.js';
import { MATCH, PhraseTable } from '../../src/ner/phrase-table.js';
import { analyzeWord, ATTR, shapeOf, WordCache } from '../../src/ner/word-info.js';

describe('hash', () => {
  it('never gives 0, which marks an empty slot', () => {
    assert.equal(fmix(0), 1);
    for (let i = 0; i < 1000; i++) assert.notEqual(mix(i, -i), 0);
  });
  it('is order-sensitive and seed-sensitive', () => {
    assert.notEqual(mix(1, 2), mix(2, 1));
    assert.notEqual(hashString('رييس', 1), hashString('رييس', 2));
  });
});

describe('word attributes', () => {
  it('split clitics: وبالرئيس has the base of الرئيس and proclitics و+ب+ال', () => {
    const a = analyzeWord('وبالرئيس');
    const b = analyzeWord('الرئيس');
    assert.equal(a.attrs[ATTR.base], b.attrs[ATTR.base]);
    assert.equal(a.attrs[ATTR.pro], analyzeWord('وبالكتاب').attrs[ATTR.pro]);
    assert.notEqual(a.attrs[ATTR.pro], b.attrs[ATTR.pro]);
    assert.notEqual(a.attrs[ATTR.word], b.attrs[ATTR.word]);
  });
  it('fold spellings: hamza on alef, ta marbuta and harakat share the normalised form', () => {
    assert.equal(analyzeWord('أحمد').attrs[ATTR.norm], analyzeWord('احمد').attrs[ATTR.norm]);
    assert.equal(analyzeWord('مدرسة').attrs[ATTR.norm], analyzeWord('مدرسه').attrs[ATTR.norm]);
    assert.equal(analyzeWord('كَتَبَ').attrs[ATTR.norm], analyzeWord('كتب').attrs[ATTR.norm]);
  });
  it('key list look-ups on the base without the article: الرياض, بالرياض and رياض meet', () => {
    assert.equal(analyzeWord('بالرياض').key, analyzeWord('الرياض').key);
    assert.equal(analyzeWord('الرياض').key, analyzeWord('رياض').key);
  });
  const shapes: Array<[string, string]> = [
    ['بغداد', 'A5'],
    ['2006', 'D4'],
    ['١٢', 'D2'],
    ['Reuters', 'L'],
    ['سترسل105', 'AD'],
    [',', 'P,'],
    ['1,250', 'DP'],
    ['والمعلمون', 'A9'],
  ];
  for (const [word, shape] of shapes) it(`shape of ${word} is ${shape}`, () => assert.equal(shapeOf(word), shape));
});

describe('PhraseTable', () => {
  const k = (...xs: number[]): Int32Array => Int32Array.from(xs);
  it('marks the longest match in BILOU codes, each list on its own', () => {
    const t = new PhraseTable(2);
    t.add([10], 0);
    t.add([10, 11], 0);
    t.add([10, 11, 12], 0);
    t.add([11], 1);
    const codes = new Uint8Array(5 * 2);
    t.match(k(10, 11, 12, 10, 99), 5, codes, new Int32Array(10));
    const list = (c: number): number[] => [0, 1, 2, 3, 4].map((i) => codes[i * 2 + c]!);
    assert.deepEqual(list(0), [MATCH.B, MATCH.I, MATCH.L, MATCH.U, MATCH.O]);
    assert.deepEqual(list(1), [0, MATCH.U, 0, 0, 0]);
    assert.equal(t.maxLength, 3);
  });
  it('does not match a prefix that is no phrase', () => {
    const t = new PhraseTable(1);
    t.add([1, 2, 3], 0);
    const codes = new Uint8Array(2);
    t.match(k(1, 2), 2, codes, new Int32Array(2));
    assert.deepEqual([...codes], [0, 0]);
  });
});

describe('FeatureExtractor', () => {
  const cache = new WordCache();
  const sources = Object.fromEntries(PHRASE_LISTS.map((l) => [l, []])) as unknown as Record<string, string[]>;
  sources.title = ['الناطق باسم', 'الرئيس'];
  sources.place = ['الرياض'];
  const phrases = buildPhraseTable(cache, sources as unknown as PhraseSources);
  const templates: FeatureTemplates = { unigrams: [[0, 'base'], [-1, 'base']], pairs: [[-1, 'base', 0, 'base']], phrases: [[0, 'title'], [0, 'place'], [-1, 'title']] };
  const T = compileTemplates(templates);
  const fx = new FeatureExtractor(T, cache, phrases);
  it('writes width features a token: bias, unigrams, pairs, then list codes (0 when no match)', () => {
    assert.equal(T.width, 1 + 2 + 1 + 3);
    const f = fx.extract(['قال', 'الناطق', 'باسم', 'الحكومة', 'في', 'الرياض']);
    const row = (i: number): number[] => [...f.subarray(i * T.width, (i + 1) * T.width)];
    assert.deepEqual(row(0).slice(4, 6), [0, 0]);
    assert.notEqual(row(0)[6], 0); // before the sentence: the «edge» code
    assert.notEqual(row(1)[4], 0); // الناطق begins a title
    assert.notEqual(row(2)[4], 0);
    assert.notEqual(row(3)[6], 0); // the title ended just before الحكومة
    assert.equal(row(3)[4], 0);
    assert.notEqual(row(5)[5], 0); // الرياض is a place
    assert.equal(row(0)[0], row(5)[0]); // the bias
  });
  it('gives a word the same features wherever the context is the same', () => {
    const a = [...fx.extract(['في', 'بالرياض']).subarray(T.width, 2 * T.width)];
    const b = [...fx.extract(['في', 'الرياض']).subarray(T.width, 2 * T.width)];
    assert.equal(a[1], b[1]); // base[0]
    assert.equal(a[5], b[5]); // place[0]
  });
  it('gives the document stage its cue bits: a title or cue just before a word, a nisba adjective after it', () => {
    const words = ['قال', 'الناطق', 'باسم', 'الحكومة', 'ليون', 'الفرنسي', '.'];
    fx.extract(words);
    const cues = new Uint8Array(words.length);
    fx.cues(words.length, cues);
    assert.deepEqual([...cues], [0, 0, 0, CUE.title, CUE.nisbaAfter, 0, 0]);
    assert.deepEqual([...fx.lastKeys.subarray(0, 2)], [cache.get('قال').key, cache.get('الناطق').key]);
  });
  it('compiles the default templates', () => {
    assert.ok(compileTemplates(DEFAULT_TEMPLATES).width > 50);
  });
});
