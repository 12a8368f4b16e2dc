/**
 * Relations to values against a reference day: {day, -1} is the day before it, {week, -1} the week
 * before its week, {month, 1} the month after its month; a part or a vague range gives an interval.
 */
import { addMonths, dateOf, formatDay, formatInterval, formatMonth, formatYear, shiftMonths, weekdayOf } from './calendar.js';
import { monthPart, weekPart, yearPart } from './parts.js';
import type { Relation } from '../core/time-schema.js';

/** The first day of the week holding day `n`, for weeks starting on `weekStart` (0 Sunday … 6 Saturday). */
export const weekStartOf = (n: number, weekStart: number): number => n - ((weekdayOf(n) - weekStart + 7) % 7);

/** The weekday `w` counted from `ref`: 0 the latest on or before it, -1 the latest before it, 1 the first after it (and -2, 2 … a week further). */
export function weekdayFrom(ref: number, w: number, offset: number): number {
  const back = (weekdayOf(ref) - w + 7) % 7;
  if (offset === 0) return ref - back;
  if (offset < 0) return ref - (back === 0 ? 7 : back) - 7 * (-offset - 1);
  const ahead = (w - weekdayOf(ref) + 7) % 7;
  return ref + (ahead === 0 ? 7 : ahead) + 7 * (offset - 1);
}

/** The value of a relation against the reference day `ref`. */
export function resolveRelation(rel: Relation, ref: number, weekStart: number): string {
  const { unit, offset, part, to } = rel;
  const { y, m } = dateOf(ref);
  switch (unit) {
    case 'day':
      return to === undefined ? formatDay(ref + offset) : formatInterval(ref + offset, ref + to);
    case 'weekday':
      return formatDay(weekdayFrom(ref, rel.weekday ?? 0, offset));
    case 'week': {
      if (to !== undefined) return formatInterval(ref + 7 * offset, ref + 7 * to);
      const first = weekStartOf(ref, weekStart) + 7 * offset;
      return part ? weekPart(first, part) : formatInterval(first, first + 6);
    }
    case 'month': {
      if (to !== undefined) return formatInterval(shiftMonths(ref, offset), shiftMonths(ref, to));
      const at = addMonths(y, m, offset);
      return part ? monthPart(at.y, at.m, part) : formatMonth(at.y, at.m);
    }
    case 'year':
      if (to !== undefined) return formatInterval(shiftMonths(ref, 12 * offset), shiftMonths(ref, 12 * to));
      return part ? yearPart(y + offset, part) : formatYear(y + offset);
  }
}
