/** A word's readings: stem, surface without proclitics, and whether a query searches it as a name. */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { Analyzer } from '../../src/text/analyze.js';
import fc from 'fast-check';
import { FOREIGN_SHAPE_PATH, foreignScore, looksForeign } from '../../src/text/foreign-shape.js';
import { readDataText } from '../../src/text/read-data.js';
import { normalizeText } from '../../src/text/normalize.js';
import { readWord } from '../../src/text/word-reading.js';

const read = (w: string): { stem: string; surface: string; also: string | null; name: boolean } => {
  const r = readWord(normalizeText(w, 'morph'));
  return { stem: r.stem, surface: r.surface, also: r.also, name: r.name };
};

describe('readWord', () => {
  it('a name that is also a common word’s form keeps both readings and is searched as the name', () => {
    assert.deepEqual(read('طالبان'), { stem: 'طالب', surface: 'طالبان', also: null, name: true });
    assert.deepEqual(read('لطالبان'), { stem: 'طالب', surface: 'طالبان', also: null, name: true });
  });
  it('a listed name its stem keeps is searched by its stem, with its proclitics gone', () => {
    assert.deepEqual(read('بمصر'), { stem: 'مصر', surface: 'مصر', also: null, name: false });
  });
  it('a name with و, ب or ل before it reads as the name: the bundled names hold no such forms', () => {
    for (const w of ['ودبي', 'وبوش', 'لبوتين', 'وشيراك']) assert.equal(read(w).surface, read(w.slice(1)).surface, w);
    assert.equal(read('ودبي').stem, read('دبي').stem);
  });
  it('a nisba plural listed as a name joins the name it is made from', () => {
    assert.deepEqual(read('الحوثيين'), { stem: 'حوثي', surface: 'حوثيين', also: null, name: false });
    assert.equal(read('والحوثيون').stem, read('الحوثي').stem);
  });
  it('a foreign word read by the lexicon only as a verb with clitics stays whole', () => {
    assert.deepEqual(read('فيسبوك'), { stem: 'فيسبوك', surface: 'فيسبوك', also: null, name: true });
    assert.deepEqual(read('بالفيسبوك'), { stem: 'فيسبوك', surface: 'فيسبوك', also: null, name: true });
  });
  it('a word the lexicon cannot read is searched by its surface, and indexed without a first letter a proclitic may be', () => {
    assert.deepEqual(read('وفيسبوك'), { stem: 'وفيسبوك', surface: 'وفيسبوك', also: 'فيسبوك', name: true });
  });
  it('common words are read as before: stem, and the surface without proclitics', () => {
    assert.deepEqual(read('والسيارات'), { stem: 'سيارة', surface: 'سيارات', also: null, name: false });
    assert.deepEqual(read('للمدرسة'), { stem: 'مدرسة', surface: 'مدرسة', also: null, name: false });
  });
  it('a final ه is ة where no noun takes it as a pronoun, and a pronoun where one does', () => {
    assert.equal(read('وزاره').stem, read('وزارة').stem);
    assert.equal(read('الصحه').stem.replace(/ة$/u, 'ه'), read('الصحة').stem.replace(/ة$/u, 'ه'));
    assert.equal(read('كتابه').stem, 'كتاب');
  });
});

describe('foreign shape', () => {
  it('scores transliterations above Arabic words of the same length', () => {
    assert.ok(looksForeign(normalizeText('سامسونج', 'morph')));
    assert.ok(!looksForeign(normalizeText('مستشفيات', 'morph')));
    assert.ok(foreignScore('بلوكشين') > foreignScore('مكتبتين'));
  });
  it('scores a word as the sum of the log odds of its letter pairs and triples, edges marked, in the weights file', () => {
    // The weights as the file states them, and the score summed the plain way.
    const weights = new Map<string, number>();
    for (const line of readDataText(FOREIGN_SHAPE_PATH.slice('data/'.length)).split('\n')) {
      if (!line || line.startsWith('#')) continue;
      const [gram, w] = line.split('\t') as [string, string];
      weights.set(gram, Number(w));
    }
    const plain = (word: string): number => {
      const w = `^${word}$`;
      let score = 0;
      for (let i = 0; i + 2 <= w.length; i++) {
        score += weights.get(w.slice(i, i + 2)) ?? 0;
        if (i + 3 <= w.length) score += weights.get(w.slice(i, i + 3)) ?? 0;
      }
      return score;
    };
    const word = fc.array(fc.constantFrom(...'ابتثجحخدذرزسشصضطظعغفقكلمنهويءؤئةىx^$'), { maxLength: 10 }).map((l) => l.join(''));
    fc.assert(fc.property(word, (w) => assert.equal(foreignScore(w), plain(w))), { numRuns: 500 });
  });
});

describe('Analyzer surface forms', () => {
  it('emits each word’s surface term after its stem, at the same position, counted apart', () => {
    const a = new Analyzer({ surfaceForms: true });
    assert.deepEqual(
      a.analyze('طالبان والسيارات').map((t) => [t.term, t.position]),
      [['طالب', 0], ['=طالبان', 0], ['سياره', 1], ['=سيارات', 1]],
    );
    assert.deepEqual(new Analyzer().analyze('طالبان والسيارات').map((t) => t.term), ['طالب', 'سياره']);
  });
  it('gives one term whichever seat a hamza is written on', () => {
    const a = new Analyzer({ surfaceForms: true });
    const terms = (text: string): string[] => a.analyze(text).map((t) => t.term);
    assert.deepEqual(terms('المسئولين شئون رءية'), terms('المسؤولين شؤون رؤية'));
  });
});
