/**
 * Dates written without their year («4 مارس», «شهر مارس») take it from the reference date: the
 * nearest such day or month, the earlier one on a tie (news tells more of the past).
 */
import { addMonths, dateOf, dayNumber, isDate } from './calendar.js';

/** The nearest day m-d to `ref` (in its year or the one before or after), or null when no year has it. */
export function nearestDay(ref: number, m: number, d: number): number | null {
  const { y } = dateOf(ref);
  let best: number | null = null;
  for (const yy of [y - 1, y, y + 1]) {
    if (!isDate(yy, m, d)) continue;
    const n = dayNumber(yy, m, d);
    if (best === null || Math.abs(n - ref) < Math.abs(best - ref)) best = n;
  }
  return best;
}

/** The nearest month m to `ref`'s month: within six months back or five ahead. */
export function nearestMonth(ref: number, m: number): { y: number; m: number } {
  const at = dateOf(ref);
  const diff = (((m - at.m) % 12) + 12) % 12;
  return addMonths(at.y, at.m, diff > 5 ? diff - 12 : diff);
}

/**
 * Month m named with a direction from `ref`'s month: «حزيران الماضي» (-1) the last one before it,
 * «دجنبر المقبل» (1) the first after it, «نونبر الجاري» (0) the one of its year.
 */
export function directedMonth(ref: number, m: number, dir: number): { y: number; m: number } {
  const at = dateOf(ref);
  if (dir < 0) return addMonths(at.y, at.m, -((at.m - m + 12) % 12 || 12));
  if (dir > 0) return addMonths(at.y, at.m, (m - at.m + 12) % 12 || 12);
  return { y: at.y, m };
}

/** Day d of month m named with a direction («15 فيفري الماضي», «3 نونبر الجاري»), or null when that month lacks it. */
export function directedDay(ref: number, m: number, d: number, dir: number): number | null {
  const at = directedMonth(ref, m, dir);
  return isDate(at.y, at.m, d) ? dayNumber(at.y, at.m, d) : null;
}
