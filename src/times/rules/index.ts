/**
 * The rules, in the order they are tried at each token; the longest match wins, and on a tie the
 * first listed. Each file says the case it handles:
 */
import type { Rule } from '../candidate.js';
import { countRule } from './counts.js';
import { cueDateRule } from './cue-dates.js';
import { dayOfMonthRule } from './day-of-month.js';
import { dayRangeRule } from './day-ranges.js';
import { hijriDateRule } from './hijri-dates.js';
import { monthDateRule } from './month-dates.js';
import { numericDateRule } from './numeric-dates.js';
import { partRule } from './parts.js';
import { relativeDayRule } from './relative-days.js';
import { relativeUnitRule } from './relative-units.js';
import { weekdayRule } from './weekdays.js';
import { yearRule } from './years.js';

export const RULES: readonly Rule[] = [
  dayRangeRule, //     «من 3 إلى 5 مارس»
  dayOfMonthRule, //   «الـ20 من الشهر الجاري»
  hijriDateRule, //    «5 شوال 1436 هـ»
  numericDateRule, //  «21/07/2015», «2015-07-21»
  weekdayRule, //      «الثلاثاء 4 مارس 2025», «يوم الأحد الماضي»
  monthDateRule, //    «4 مارس 2025», «شهر آذار»
  yearRule, //         «عام 2024», «1446 هـ»
  partRule, //         «مطلع الشهر الجاري», «أواخر مارس»
  countRule, //        «منذ ثلاث سنوات», «قبل أيام»
  relativeUnitRule, // «الأسبوع الماضي»
  relativeDayRule, //  «أمس (الاثنين)»
  cueDateRule, //      «في 2015», «منذ مارس»
];
