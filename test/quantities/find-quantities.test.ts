import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { keyedTokens } from '../../src/text/keyed-tokens.js';
import { RasdError } from '../../src/errors.js';
import { findQuantities, parseQuantityCues, QuantitySchema } from '../../src/quantities/index.js';
import { anyText, arabicText } from '../helpers/arbitraries.js';

const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';
const PERSIAN = '۰۱۲۳۴۵۶۷۸۹';
const inDigits = (n: number, digits: string): string => String(n).replace(/\d/g, (d) => digits[Number(d)]!);

/** The invariants of any result: valid records, in order, not overlapping, each the slice of its span. */
function checkSpans(text: string): void {
  let last = 0;
  for (const q of findQuantities(text)) {
    assert.ok(QuantitySchema.safeParse(q).success, JSON.stringify(q));
    assert.ok(q.start >= last && q.start < q.end && q.end <= text.length, `${q.start}-${q.end} after ${last} in ${text.length}`);
    assert.equal(text.slice(q.start, q.end), q.text);
    last = q.end;
  }
}

describe('findQuantities: properties', () => {
  it('never throws; spans are in range, ordered, non-overlapping, and slice to their text', () => {
    fc.assert(fc.property(anyText, (t) => checkSpans(t)), { numRuns: 400 });
    fc.assert(fc.property(arabicText, (t) => checkSpans(t)), { numRuns: 400 });
  });
  it('holds on text built from quantity pieces too', () => {
    const pieces = ['قرابة', 'بنحو', 'أكثر', 'من', 'بين', 'و', 'و20', 'إلى', '200', '١٬٥٠٠', '1.5', 'مليون', 'آلاف', 'العشرات', 'عشرات', 'خمسة', 'وعشرين', 'أحد', 'عشر', 'مئة', 'ألفاً', 'نصف', 'ونصف', '%', '٪', 'في', 'المئة', 'على', 'الأقل', 'قتيلاً', 'مارس', 'عام', '2015', '/', ':', '-', '+', ' ', '\n', '،', 'يومين', 'اثنين', 'بـ'];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((a) => a.join(fc.sample(fc.constantFrom(' ', ''), 1)[0]!));
    fc.assert(fc.property(text, (t) => checkSpans(t)), { numRuns: 600 });
  });
  it('reads back any integer 0–999,999 written in Western, Arabic-Indic or Persian digits, with or without separators', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999 }), fc.constantFrom('0123456789', ARABIC_INDIC, PERSIAN), fc.boolean(), (n, digits, grouped) => {
        let written = inDigits(n, digits);
        if (grouped) written = n.toLocaleString('en-US').replace(/\d/g, (d) => digits[Number(d)]!).replace(/,/g, digits === '0123456789' ? ',' : '٬');
        const text = `قال المتحدث إن ${written} شخصاً تضرروا.`;
        const qs = findQuantities(text);
        assert.equal(qs.length, 1, `${text} → ${JSON.stringify(qs)}`);
        assert.equal(qs[0]!.value, n);
        assert.equal(qs[0]!.text, `${written} شخصاً`);
      }),
      { numRuns: 500 },
    );
  });
});

describe('findQuantities: choices', () => {
  it('the span leaves out a leading clitic; the unit drops harakat and the alef of tanween', () => {
    const [q] = findQuantities('وقُتل بنحو خمسةٍ وعشرين قتيلاً.');
    assert.equal(q!.text, 'نحو خمسةٍ وعشرين قتيلاً');
    assert.equal(q!.unit, 'قتيل');
    assert.equal(q!.value, 25);
  });
  it('«و» before a word after a number opens the next clause, so it is no unit', () => {
    assert.deepEqual(findQuantities('قتل 20 وأصيب 30').map((q) => [q.text, q.unit]), [['20', null], ['30', null]]);
  });
  it('a counted dual is two, also after a cue', () => {
    assert.deepEqual(findQuantities('استمر القتال نحو عامين وقتل جنديين').map((q) => [q.text, q.value, q.approx, q.unit]), [
      ['نحو عامين', 2, true, 'عام'],
      ['جنديين', 2, false, 'جندي'],
    ]);
  });
  it('no quantity runs across a line break', () => {
    assert.deepEqual(findQuantities('قرابة\n200').map((q) => q.text), ['200']);
  });
  it('a malformed cue line is named', () => {
    assert.throws(() => parseQuantityCues('approx\n'), (e: unknown) => e instanceof RasdError && e.code === 'E_DATA' && /:1:/.test(e.message));
    assert.throws(() => parseQuantityCues('label\tالقرار الأممي'), /single words/);
  });
});

describe('findQuantities: speed', () => {
  it('reads 1 MB of news-like text, and giant lines, in linear time', () => {
    const golden = JSON.parse(readFileSync(new URL('../fixtures/quantities/golden.json', import.meta.url), 'utf8')) as { cases: { text: string }[] };
    const para = golden.cases.map((c) => c.text).join(' ');
    const big = para.repeat(Math.ceil(1_000_000 / para.length));
    const giants = ['1,'.repeat(200_000) + '1', '٣'.repeat(500_000), 'ثلاثة و'.repeat(100_000), 'بين '.repeat(200_000), 'عشرات '.repeat(150_000), '21/07/'.repeat(100_000)];
    for (const text of [big, ...giants]) {
      const t0 = performance.now();
      findQuantities(text);
      const ms = performance.now() - t0;
      // Well under a second on a quiet machine; the bound leaves room for a busy test runner.
      assert.ok(ms < 4000, `${text.length} chars took ${ms.toFixed(0)} ms`);
    }
  });
});

describe('findQuantities on a document\'s tokens', () => {
  it('reads no quantity inside a hashtag or a link, which the document keeps whole', () => {
    const text = 'وسم #ثلاثون_يوما_للقراءة ورابط https://example.org/2015/40 وقتل 12 شخصا.';
    const fromTokens = findQuantities(text, { tokens: keyedTokens(text) }).map((q) => q.text);
    assert.deepEqual(fromTokens, ['12 شخصا']);
    // Cut by the finder itself, the text's hashtag and link give numbers too.
    assert.ok(findQuantities(text).length > fromTokens.length);
  });
});
