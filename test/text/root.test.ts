import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { guessRoot, parseRootPatterns } from '../../src/text/root.js';
import { normalizeText } from '../../src/text/normalize.js';

const root = (w: string): string | null => guessRoot(normalizeText(w, 'morph'));

describe('guessRoot: a table of our own', () => {
  const table: Array<[string, string | null]> = [
    // Pattern by pattern.
    ['كاتب', 'كتب'], // فاعل
    ['مكتوب', 'كتب'], // مفعول, not مفتعل كوب
    ['مكتب', 'كتب'], // مفعل
    ['مكتبة', 'كتب'], // مفعلة
    ['والمكاتب', 'كتب'], // مفاعل, after clitics
    ['المفاتيح', 'فتح'], // مفاعيل
    ['مفتاح', 'فتح'], // مفعال
    ['تدريس', 'درس'], // تفعيل
    ['مدرسة', 'درس'],
    ['تعاون', 'عون'], // تفاعل
    ['تفاصيل', 'فصل'], // تفاعيل
    ['متقدم', 'قدم'], // متفعل
    ['اجتماع', 'جمع'], // افتعال
    ['مجتمع', 'جمع'], // مفتعل
    ['انتخابات', 'نخب'], // افتعال before انفعال
    ['انفجار', 'فجر'], // انفعال
    ['استخدامات', 'خدم'], // استفعال
    ['مستخدم', 'خدم'], // مستفعل
    ['إعلان', 'علن'], // افعال
    ['مفاوضات', 'فوض'], // مفاعل, once ات and ة are gone
    ['وزير', 'وزر'], // فعيل
    ['وزراء', 'وزر'], // فعلاء
    ['هجوم', 'هجم'], // فعول
    ['رسائل', 'رسل'], // فعائل
    ['أكبر', 'كبر'], // افعل
    ['رئيس', 'رءس'], // the hamza is written ء
    // Verb forms, through the stemmer.
    ['يكتبون', 'كتب'],
    ['استخدموا', 'خدم'],
    // Unsure: null.
    ['قال', null], // قول or قيل
    ['مطار', null], // طير or طور, and a م that may be a root letter
    ['مدير', null], // مفعل of دور, or فعيل of مدر
    ['برنامج', null], // four root letters
    ['في', null],
  ];
  for (const [w, r] of table) it(`${w} → ${r}`, () => assert.equal(root(w), r));
});

describe('guessRoot: invariants', () => {
  it('returns three letters or null, and never throws', () => {
    const PIECES = ['ا', 'م', 'ت', 'س', 'و', 'ي', 'ك', 'ب', 'ة', 'ال', 'ون', 'ات', 'ء', 'ئ', 'ل', 'ن'];
    const word = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 7 }).map((a) => a.join(''));
    fc.assert(
      fc.property(word, (w) => {
        const r = guessRoot(w);
        assert.ok(r === null || [...r].length === 3, String(r));
      }),
      { numRuns: 2000 },
    );
  });

  it('counts the letters a pattern writes itself', () => {
    assert.deepEqual(parseRootPatterns(['مفعول\tمكتوب', 'استفعال']).map((p) => [p.pattern, p.fixed]), [['مفعول', 2], ['استفعال', 4]]);
  });
});
