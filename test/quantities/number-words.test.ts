import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { RasdError } from '../../src/errors.js';
import { defaultNumberWords, parseNumberWords, quantityTokens, readDigits, readNumber } from '../../src/quantities/index.js';

/** The value (or [low, high]) of a phrase read from its first word, and how much of it was read. */
function read(phrase: string): [number | [number, number] | null, string] {
  const toks = quantityTokens(phrase);
  const r = readNumber(toks, 0, defaultNumberWords());
  if (!r) return [null, ''];
  return [r.low === r.high ? r.low : [r.low, r.high], phrase.slice(r.start, r.end)];
}

describe('readNumber: number words', () => {
  const table: [string, number | [number, number] | null, string?][] = [
    ['ثلاثة', 3], ['ثلاث', 3], ['اثنان', 2], ['اثنين', 2], ['اثنتين', 2], ['ثماني', 8], ['عشرة', 10], ['عشر', 10],
    ['أحد عشر', 11], ['إحدى عشرة', 11], ['اثنا عشر', 12], ['اثني عشر', 12], ['ثلاثة عشر', 13], ['تسع عشرة', 19],
    ['عشرون', 20], ['عشرين', 20], ['تسعين', 90], ['خمسة وعشرين', 25], ['واحد وعشرون', 21], ['ثلاث وأربعون', 43],
    ['مئة', 100], ['مائة', 100], ['مئتان', 200], ['مائتين', 200], ['ثلاثمئة', 300], ['ثلاثمائة', 300], ['ثلاث مئة', 300],
    ['ثمانمائة', 800], ['مئة وخمسون', 150], ['مئة وثلاثة عشر', 113], ['ثلاثمائة وخمسة وستين', 365],
    ['ألف', 1000], ['ألفاً', 1000], ['ألفان', 2000], ['ألفين', 2000], ['ثلاثة آلاف', 3000], ['عشرة آلاف', 10000],
    ['أحد عشر ألفاً', 11000], ['خمسة وعشرين ألف', 25000], ['مئة ألف', 100000], ['مئتي ألف', 200000],
    ['مئة وخمسون ألفاً', 150000], ['ثلاثة آلاف وخمسمئة', 3500], ['ألفين وخمسمئة', 2500],
    ['مليون', 1e6], ['مليونين', 2e6], ['ثلاثة ملايين', 3e6], ['مليار', 1e9], ['مليارين', 2e9], ['خمسة مليارات', 5e9],
    ['مليون وثلاثمئة ألف', 1_300_000], ['مليون ونصف', 1_500_000], ['نصف مليون', 500_000], ['ربع مليار', 250_000_000],
    ['3 ملايين', 3e6], ['1.5 مليار', 1.5e9], ['2.3 مليون', 2_300_000], ['200 ألف', 200_000], ['٣ آلاف', 3000],
    ['3 ملايين و500 ألف', 3_500_000],
    ['العشرات', [20, 99]], ['عشرات', [20, 99]], ['المئات', [200, 999]], ['الآلاف', [2000, 9999]], ['آلاف', [2000, 9999]],
    ['ملايين', [2e6, 9_999_999]], ['عشرات الآلاف', [20_000, 99_999]], ['مئات الآلاف', [200_000, 999_999]],
    ['عشرات الملايين', [20e6, 99_999_999]], ['بضعة', [3, 9]],
    // With a clitic, harakat and tatweel; the clitic is not part of the span.
    ['وثلاثة', 3, 'ثلاثة'], ['بخمسة', 5, 'خمسة'], ['بـ20', 20, '20'], ['ثَلَاثَةُ', 3], ['خمســة', 5], ['وأحد عشر', 11, 'أحد عشر'],
    // Where the number stops.
    ['ثلاثة خمسة', 3, 'ثلاثة'], ['ثلاثة وخمسة', 3, 'ثلاثة'], ['ألفين وعشرة آلاف', 2000, 'ألفين'], ['20 و30', 20, '20'],
    // No number: «أحد» and «واحد» alone, ordinals and definite forms, a fraction with no scale.
    ['أحد', null], ['أحد المسؤولين', null], ['واحد', null], ['الواحد', null], ['الثالث', null], ['العشرين', null], ['نصف', null],
    ['الأحد', null], ['لست', null],
  ];
  for (const [phrase, want, span] of table) {
    it(`«${phrase}» → ${JSON.stringify(want)}`, () => {
      const [value, text] = read(phrase);
      assert.deepEqual(value, want);
      if (want !== null) assert.equal(text, span ?? phrase);
    });
  }
});

describe('readDigits', () => {
  const table: [string, number | null][] = [
    ['200', 200], ['٢٠٠', 200], ['۲۰۰', 200], ['1,500', 1500], ['١٬٥٠٠', 1500], ['1,500,000', 1_500_000], ['1.500.000', 1_500_000],
    ['1.5', 1.5], ['١٫٥', 1.5], ['2,5', 2.5], ['1,500.75', 1500.75], ['1.500,75', 1500.75], ['0', 0],
    ['21.07.2015', null], ['1,50,0', null], ['1,2,3', null],
  ];
  for (const [raw, want] of table) it(`${raw} → ${want}`, () => assert.equal(readDigits(raw)?.value ?? null, want));
});

describe('parseNumberWords', () => {
  it('reads a small table and names a bad line', () => {
    const lex = parseNumberWords('# c\none\t3\tثلاثة|ثلاث\nvague\t20-99\tعشرات\nfraction\t1/2\tنصف\n');
    assert.deepEqual(lex.get('ثلاثه'), [{ kind: 'one', value: 3, high: 3 }]);
    assert.deepEqual(lex.get('عشرات'), [{ kind: 'vague', value: 20, high: 99 }]);
    assert.equal(lex.get('نصف')![0]!.value, 0.5);
    assert.throws(() => parseNumberWords('one\tthree\tثلاثة'), (e: unknown) => e instanceof RasdError && e.code === 'E_DATA' && /:1:/.test(e.message));
    assert.throws(() => parseNumberWords('ones\t3\tثلاثة'), /unknown kind "ones"/);
  });
});
