/**
 * The reference date of a text that has no publication date, from its own evidence: «اليوم
 * (الثلاثاء)» says the reference day is a Tuesday (and «أمس (الاثنين)» says the same); a full date
 * in the text that falls on that weekday («4 مارس 2025», a caption's date) is then the reference
 * date. Anything short of one agreeing date (no weekday, weekdays that disagree, no date on that
 * weekday, two such dates) gives null: a wrong reference date would be worse than none.
 */
import { parseDay, weekdayOf } from './calendar.js';
import { findTimes } from './find-times.js';
import type { TimeExpression } from '../core/time-schema.js';

/** The reference date 'YYYY-MM-DD' the text's own dates and weekdays agree on, or null; `found` saves finding its expressions again. */
export function inferReference(text: string, found: readonly TimeExpression[] = findTimes(text)): string | null {
  // The weekday each «اليوم (الثلاثاء)» gives the reference day.
  const weekdays = new Set<number>();
  for (const e of found) {
    const r = e.relation;
    if (r && r.unit === 'day' && r.weekday !== undefined && r.to === undefined) weekdays.add((((r.weekday - r.offset) % 7) + 7) % 7);
  }
  if (weekdays.size !== 1) return null;
  const [weekday] = weekdays;
  const agreeing = new Set<string>();
  for (const e of found) {
    if (e.relative || e.grain !== 'day' || e.value === null) continue;
    const n = parseDay(e.value);
    if (n !== null && weekdayOf(n) === weekday) agreeing.add(e.value);
  }
  return agreeing.size === 1 ? [...agreeing][0]! : null;
}
