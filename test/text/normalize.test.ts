import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { RasdError } from '../../src/errors.js';
import { normalize, normalizeText, toOriginalSpan, NORMALIZE_STEPS, type NormalizeOptions } from '../../src/text/normalize.js';
import { anyText } from '../helpers/arbitraries.js';

describe('normalize: each step on its own', () => {
  const table: Array<[keyof NormalizeOptions, string, string]> = [
    ['presentationForms', 'ﻻ ﺑﺄﺱ', 'لا بأس'],
    ['presentationForms', 'ﷲ', 'الله'],
    ['tatweel', 'جـــديد', 'جديد'],
    ['diacritics', 'كَتَبَ', 'كتب'],
    ['diacritics', 'هٰذا ۖ', 'هذا '],
    ['diacritics', 'ٱللَّهِ', 'ٱلله'],
    ['alef', 'أإآٱ', 'اااا'],
    ['alefMaqsura', 'على', 'علي'],
    ['taMarbuta', 'مدرسة', 'مدرسه'],
    ['hamza', 'مسؤول رئيس', 'مسوول رييس'],
    ['persian', 'کتاب ی ہ', 'كتاب ي ه'],
    ['digits', '٢٠١٥ ۱۲', '2015 12'],
    ['punctuation', '،؛؟٪', ',;?%'],
    ['controls', 'أ\u200Fب\u200Cج\uFEFF', 'أبج'],
    ['whitespace', 'أ \t\u00A0 ب\n\n ج', 'أ ب\nج'],
    ['lowercase', 'Reuters AFP', 'reuters afp'],
  ];
  for (const [step, input, expected] of table) {
    it(`${step}: ${input}`, () => assert.equal(normalizeText(input, { [step]: true }), expected));
  }
});

describe('normalize: presets', () => {
  it('search folds everything but hamza carriers', () => {
    assert.equal(normalizeText('إلى المدرسةِ الجـديدة ٣٫٥٪ Reuters مسؤول'), 'الي المدرسه الجديده 3.5% reuters مسؤول');
  });
  it('morph keeps ta marbuta', () => assert.equal(normalizeText('المدرسةِ', 'morph'), 'المدرسة'));
  it('display keeps letters, harakat and digits as written', () => {
    assert.equal(normalizeText('إلى المدرسةِ الجـديدة ٣٫٥\u200F', 'display'), 'إلى المدرسةِ الجديدة ٣٫٥');
  });
  it('rejects an unknown preset or step, naming it', () => {
    assert.throws(() => normalize('x', 'loud' as never), (e: unknown) => e instanceof RasdError && e.code === 'E_OPTION' && /loud/.test(e.message));
    assert.throws(() => normalize('x', { vowels: true } as never), /vowels/);
  });
});

describe('normalize: offsets', () => {
  it('maps a diacritised word back to all of its code units', () => {
    const n = normalize('قال كَتَبَ', 'search');
    assert.equal(n.text, 'قال كتب');
    assert.deepEqual(toOriginalSpan(n, 4, 7), { start: 4, end: 10 });
  });
  it('maps an expanded ligature back to its one code unit', () => {
    const n = normalize('ﻻ', 'search');
    assert.equal(n.text, 'لا');
    assert.deepEqual(toOriginalSpan(n, 0, 2), { start: 0, end: 1 });
  });
  it('maps a collapsed white-space run to the whole run', () => {
    const n = normalize('أ \u200F  ب', 'search');
    assert.equal(n.text, 'ا ب');
    assert.deepEqual(toOriginalSpan(n, 1, 2), { start: 1, end: 5 });
  });
});

describe('normalize: properties', () => {
  const presets = ['search', 'morph', 'display'] as const;
  it('normalising twice equals normalising once, for every preset and every single step', () => {
    const optionSets: Array<NormalizeOptions | (typeof presets)[number]> = [...presets, ...NORMALIZE_STEPS.map((s) => ({ [s]: true }))];
    fc.assert(
      fc.property(anyText, fc.constantFrom(...optionSets), (text, o) => {
        const once = normalizeText(text, o);
        assert.equal(normalizeText(once, o), once);
      }),
      { numRuns: 2000 },
    );
  });
  it('offset maps are in bounds and never go backwards', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(...presets), (text, p) => {
        const n = normalize(text, p);
        assert.equal(n.starts.length, n.text.length);
        let last = 0;
        for (let i = 0; i < n.text.length; i++) {
          assert.ok(n.starts[i]! >= last && n.starts[i]! < n.ends[i]! && n.ends[i]! <= text.length);
          last = n.starts[i]!;
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('normalizeText, the fast form', () => {
  it('gives exactly normalize(text).text for every preset and for named steps', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom<NormalizeOptions | 'search' | 'morph' | 'display'>('search', 'morph', 'display', { whitespace: true, diacritics: true }, { alef: true }), (text, preset) => {
        assert.equal(normalizeText(text, preset), normalize(text, preset).text);
      }),
      { numRuns: 500 },
    );
    assert.equal(normalizeText('ﷺ'.repeat(50)), normalize('ﷺ'.repeat(50)).text);
  });
});
