/** Hijri to Gregorian with the Umm al-Qura calendar of Node's ICU. */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { hijriToGregorian } from '../../src/times/index.js';
import { hijriMonthDays } from '../../src/times/hijri.js';
import { formatDay } from '../../src/times/calendar.js';

describe('hijriToGregorian', () => {
  const table: Array<[y: number, m: number, d: number, day: string | null]> = [
    [1446, 9, 1, '2025-03-01'], //   1 رمضان 1446
    [1436, 10, 1, '2015-07-17'], //  1 شوال 1436
    [1436, 10, 5, '2015-07-21'], //  5 شوال 1436
    [1445, 12, 10, '2024-06-16'], // 10 ذو الحجة 1445 (الأضحى)
    [1446, 1, 1, '2024-07-07'], //   1 محرم 1446
    [1446, 9, 30, null], //          رمضان 1446 has 29 days
    [1446, 13, 1, null],
    [1200, 1, 1, null], //           outside the Umm al-Qura tables
  ];
  for (const [y, m, d, day] of table) it(`${d}/${m}/${y} → ${day}`, () => assert.equal(hijriToGregorian(y, m, d), day));
  it('gives the days of a month', () => {
    const days = hijriMonthDays(1446, 9);
    assert.ok(days);
    assert.deepEqual(days.map(formatDay), ['2025-03-01', '2025-03-29']);
  });
});
