import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import snowball from 'snowball-stemmers';
import { stem } from '../../src/text/stem.js';
import { normalizeText } from '../../src/text/normalize.js';
import { light10 } from '../../scripts/baselines/light10.js';
import { parseConflationSet, scoreConflation } from '../../scripts/conflation-score.js';

const morph = (w: string): string => normalizeText(w, 'morph');
const search = (w: string): string => normalizeText(w, 'search');
/** Stems compared the way the analyser indexes them: in search form, so ة and ه meet. */
const key = (w: string): string => search(stem(morph(w)));

describe('stem: words that must meet', () => {
  const families: string[][] = [
    ['سيارة', 'سيارات', 'والسيارات', 'بسيارته', 'سيارتان', 'للسيارة'],
    ['معلم', 'والمعلمون', 'للمعلمين', 'معلموه', 'كمعلم'],
    ['وزير', 'الوزيرة', 'وزيرا', 'للوزير'],
    ['اقتصاد', 'الاقتصادي', 'الاقتصادية', 'والاقتصاديين'],
    ['حكومة', 'الحكومات', 'الحكومية', 'وحكومته'],
    ['قال', 'قالت', 'قالوا', 'وقال', 'يقول', 'يقولون'],
    ['قتل', 'يقتلون', 'قتلوا', 'تقتل'],
    ['أعلن', 'أعلنت', 'يعلن', 'سيعلن'],
    ['أكد', 'يؤكد', 'أكدوا'],
    ['كهرباء', 'الكهربائية'],
    ['لقاء', 'لقائه', 'اللقاءات'],
    ['مصر', 'المصري', 'المصريين'],
    ['يوم', 'يوما', 'اليوم'],
  ];
  for (const f of families) it(f.join(' '), () => assert.deepEqual(new Set(f.map(key)).size, 1, f.map((w) => `${w}→${key(w)}`).join(' ')));
});

describe('stem: words that must not meet', () => {
  const pairs: Array<[string, string]> = [
    ['سيارات', 'يارا'],
    ['مدرسة', 'مدرس'],
    ['مدرسة', 'درس'],
    ['كتاب', 'كاتب'],
    ['كتاب', 'مكتبة'],
    ['مكتبة', 'مكتب'],
    ['جامعة', 'جامع'],
    ['شرطة', 'شرط'],
    ['لبنان', 'لبن'],
    ['كمال', 'مال'],
    ['وصل', 'صل'],
    ['والد', 'ولد'],
    ['قرارات', 'قرارة'],
  ];
  for (const [a, b] of pairs) it(`${a} ≠ ${b}`, () => assert.notEqual(key(a), key(b)));
});

describe('stem: exact stems', () => {
  const table: Array<[string, string]> = [
    ['والسيارات', 'سيارة'],
    ['والمعلمون', 'معلم'],
    ['الحكومية', 'حكومة'],
    ['الامريكيين', 'امريكا'],
    ['السوري', 'سوريا'],
    ['ينتخب', 'انتخب'],
    ['يستطيع', 'استطاع'],
    ['يكن', 'كان'],
    ['دعا', 'دعا'],
    ['والفيسبوك', 'فيسبوك'],
    ['الحوثيين', 'حوث'],
    ['في', 'في'],
    ['به', 'به'],
  ];
  for (const [w, s] of table) it(`${w} → ${s}`, () => assert.equal(stem(morph(w)), s));
});

describe('stem: on Rasd\'s conflation set', () => {
  const set = parseConflationSet(readFileSync(new URL('../fixtures/stem/conflation.tsv', import.meta.url), 'utf8'), morph);
  const arabic = snowball.newStemmer('arabic');
  const f1 = (fn: (w: string) => string): number => scoreConflation(set, fn, search).f1;
  const ours = f1((w) => stem(w));

  it('has at least 80 families of 3 to 9 forms', () => {
    assert.ok(set.families.length >= 80);
    for (const f of set.families) assert.ok(f.words.length >= 3 && f.words.length <= 9, f.name);
  });
  it('beats light10 on F1', () => assert.ok(ours > f1(light10), `rasd ${ours} vs light10 ${f1(light10)}`));
  it('beats Snowball on F1', () => assert.ok(ours > f1((w) => arabic.stem(w)), `rasd ${ours}`));
});

// Words made of clitics, real stems, suffixes and stray letters, in morph form.
const PIECES = ['و', 'ف', 'ب', 'ك', 'ل', 'س', 'ال', 'لل', 'ه', 'ها', 'هم', 'ي', 'ية', 'ات', 'ون', 'ين', 'ة', 'ت', 'ا', 'ء', 'ئ', 'ي', 'سيار', 'معلم', 'كتاب', 'يقول', 'مدرس', 'حكوم', 'قتل'];
const word = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 6 }).map((a) => a.join(''));

describe('stem: invariants', () => {
  it('is pure: the same word always gives the same non-empty stem, in morph form', () => {
    fc.assert(
      fc.property(word, (w) => {
        const s = stem(w);
        assert.equal(stem(w), s);
        assert.ok(s.length > 0);
        assert.equal(morph(s), s);
      }),
      { numRuns: 3000 },
    );
  });

  it('leaves words of one or two letters alone', () => {
    fc.assert(fc.property(word.filter((w) => w.length <= 2), (w) => assert.equal(stem(w), w)));
  });
});
