/**
 * The thirds of a month, week or year that «مطلع», «منتصف» and «أواخر» name, as intervals of days:
 * a month's start is days 1–10, its middle 11–20, its end 21 to the last; a year's are January–April,
 * May–August and September–December; a week's, its days 1–3, 3–5 and 5–7.
 */
import { dayNumber, daysInMonth, formatInterval } from './calendar.js';
import type { Part } from '../core/time-schema.js';

/** «مطلع مارس 2025» → '2025-03-01/2025-03-10'. */
export function monthPart(y: number, m: number, part: Part): string {
  const first = dayNumber(y, m, 1);
  if (part === 'start') return formatInterval(first, first + 9);
  if (part === 'middle') return formatInterval(first + 10, first + 19);
  return formatInterval(first + 20, first + daysInMonth(y, m) - 1);
}

/** «نهاية العام 2024» → '2024-09-01/2024-12-31'. */
export function yearPart(y: number, part: Part): string {
  const from = part === 'start' ? 1 : part === 'middle' ? 5 : 9;
  return formatInterval(dayNumber(y, from, 1), dayNumber(y, from + 4, 1) - 1);
}

/** «مطلع الأسبوع» of a week that starts on day number `first`. */
export function weekPart(first: number, part: Part): string {
  const at = part === 'start' ? 0 : part === 'middle' ? 2 : 4;
  return formatInterval(first + at, first + at + 2);
}
