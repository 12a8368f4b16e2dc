/**
 * Matches per day as a gap-free series for the chart: missing days count 0, and a span longer than
 * {@link MAX_DAYS} becomes weeks starting on Saturday (the API's weeks start on Saturday too).
 */
import { dayNumber, isoDay } from './format.js';
import type { FacetValue } from './types.js';

/** Longer spans are drawn per week. */
export const MAX_DAYS = 120;

export interface Bucket {
  /** First and last day, both included, as YYYY-MM-DD. */
  from: string;
  to: string;
  count: number;
}

export interface Series {
  unit: 'day' | 'week';
  buckets: Bucket[];
}

/** The Saturday on or before a day number (day 0, 1970-01-01, was a Thursday). */
export function weekStart(day: number): number {
  return day - ((day + 5) % 7);
}

/** `[{value:'2025-03-01',count:2},{value:'2025-03-03',count:1}]` → 3 daily buckets 2, 0, 1. */
export function daySeries(days: readonly FacetValue[]): Series {
  const counts = new Map<number, number>();
  for (const d of days) if (/^\d{4}-\d{2}-\d{2}$/.test(d.value)) counts.set(dayNumber(d.value), (counts.get(dayNumber(d.value)) ?? 0) + d.count);
  if (!counts.size) return { unit: 'day', buckets: [] };
  const first = Math.min(...counts.keys());
  const last = Math.max(...counts.keys());
  const weekly = last - first + 1 > MAX_DAYS;
  const start = weekly ? weekStart(first) : first;
  const step = weekly ? 7 : 1;
  const buckets: Bucket[] = [];
  for (let d = start; d <= last; d += step) {
    let n = 0;
    for (let i = d; i < d + step; i++) n += counts.get(i) ?? 0;
    buckets.push({ from: isoDay(d), to: isoDay(d + step - 1), count: n });
  }
  return { unit: weekly ? 'week' : 'day', buckets };
}
