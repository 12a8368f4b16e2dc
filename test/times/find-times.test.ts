/** findTimes: spans, clitics, unresolved relatives, options, junk and speed. */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { findTimes, TimeExpressionSchema } from '../../src/times/index.js';
import { RasdError } from '../../src/errors.js';

const texts = (s: string, ref?: string): string[] => findTimes(s, ref ? { ref } : {}).map((e) => e.text);

describe('findTimes', () => {
  it('keeps relations but no values without a reference date', () => {
    const found = findTimes('وقال أمس إن الاجتماع عقد الأسبوع الماضي، قبل أيام من 4 مارس ومن 21/07/2015');
    assert.deepEqual(found.map((e) => [e.text, e.value, e.relation]), [
      ['أمس', null, { unit: 'day', offset: -1 }],
      ['الأسبوع الماضي', null, { unit: 'week', offset: -1 }],
      // «قبل أيام من» ties the count to an event: no time of its own.
      ['4 مارس', null, null],
      ['21/07/2015', '2015-07-21', null],
    ]);
    for (const e of found) TimeExpressionSchema.parse(e);
  });
  it('spans are text.slice(start, end), without a leading و/ف/ب/ل', () => {
    const s = 'وَأمسِ، وبالأمس، فالثلاثاء، ولعام 2020، للعام المقبل، وغداً';
    const found = findTimes(s, { ref: '2025-03-04' });
    assert.deepEqual(found.map((e) => e.text), ['أمسِ', 'الأمس', 'الثلاثاء', 'عام 2020', 'للعام المقبل', 'غداً']);
    for (const e of found) assert.equal(s.slice(e.start, e.end), e.text);
  });
  it('tolerates harakat, tatweel and Arabic-Indic digits', () => {
    assert.deepEqual(findTimes('غَداً وفي ٤ مـــارس ٢٠٢٥ و ۱۴۴۶ هـ', { ref: '2025-03-04' }).map((e) => e.value), ['2025-03-05', '2025-03-04', '2024-07-07/2025-06-25']);
  });
  it('finds nothing in ordinary words and bare numbers', () => {
    for (const s of ['مايوركا والمايونيز', 'مارس الرياضة', 'قتل 2015 شخصا', 'صفر إصابات في رجب', 'الأمين العام', 'اليوم التالي', 'الأحداث', '', '   ', '2015/07']) {
      assert.deepEqual(texts(s, '2025-03-04'), [], s);
    }
  });
  it('reads weekdays by the documented rule', () => {
    // 2025-03-04 is a Tuesday.
    const v = (s: string): Array<string | null> => findTimes(s, { ref: '2025-03-04' }).map((e) => e.value);
    assert.deepEqual(v('الثلاثاء'), ['2025-03-04']);
    assert.deepEqual(v('الثلاثاء الماضي'), ['2025-02-25']);
    assert.deepEqual(v('الثلاثاء المقبل'), ['2025-03-11']);
    assert.deepEqual(v('الأربعاء'), ['2025-02-26']);
    assert.deepEqual(v('الأربعاء المقبل'), ['2025-03-05']);
  });
  it('resolves a date without a year to the nearest one', () => {
    assert.deepEqual(findTimes('4 مارس و31 ديسمبر و1 يناير', { ref: '2025-12-20' }).map((e) => e.value), ['2026-03-04', '2025-12-31', '2026-01-01']);
  });
  it('takes weekStart', () => {
    assert.deepEqual(findTimes('هذا الأسبوع', { ref: '2025-03-04', weekStart: 1 }).map((e) => e.value), ['2025-03-03/2025-03-09']);
  });
  it('throws E_OPTION naming a bad ref or weekStart', () => {
    assert.throws(() => findTimes('أمس', { ref: '2025-02-30' }), (e: unknown) => e instanceof RasdError && e.code === 'E_OPTION' && e.message.includes('2025-02-30'));
    assert.throws(() => findTimes('أمس', { weekStart: 7 }), (e: unknown) => e instanceof RasdError && e.code === 'E_OPTION' && e.message.includes('7'));
  });
  it('handles a megabyte quickly', () => {
    const unit = 'وقال المتحدث أمس (الاثنين) إن الاجتماع عقد في 4 مارس 2025 بحضور الوزراء والخبراء من كل البلدان العربية. ';
    const big = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const t0 = performance.now();
    const found = findTimes(big, { ref: '2025-03-04' });
    const ms = performance.now() - t0;
    assert.equal(found.length, 2 * Math.ceil(1_000_000 / unit.length));
    assert.ok(ms < 2500, `took ${ms.toFixed(0)} ms`);
    // One giant word or digit run must not hang either.
    const t1 = performance.now();
    findTimes('ب'.repeat(500_000) + ' ' + '1'.repeat(500_000) + '/'.repeat(1000));
    assert.ok(performance.now() - t1 < 2500);
  });
});
