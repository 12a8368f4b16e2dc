/**
 * Calendar arithmetic on day numbers (days since 1970-01-01, UTC), so that «أمس» is `ref - 1` and
 * no time zone or clock ever enters a date.
 */
import { isRealDay } from '../text/iso-day.js';

const DAY_MS = 86_400_000;

/** The day number of a Gregorian date (months 1–12). */
export const dayNumber = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / DAY_MS;

/** The Gregorian date of a day number. */
export function dateOf(n: number): { y: number; m: number; d: number } {
  const t = new Date(n * DAY_MS);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** 0 Sunday … 6 Saturday (1970-01-01 was a Thursday). */
export const weekdayOf = (n: number): number => (((n + 4) % 7) + 7) % 7;

export const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Whether y-m-d is a real day (no 30 February). */
export const isDate = (y: number, m: number, d: number): boolean => m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);

/** The month `k` months after y-m. */
export function addMonths(y: number, m: number, k: number): { y: number; m: number } {
  const i = y * 12 + (m - 1) + k;
  return { y: Math.floor(i / 12), m: (((i % 12) + 12) % 12) + 1 };
}

/** The same day `k` months later, kept inside the month (31 March − 1 month → 28/29 February). */
export function shiftMonths(n: number, k: number): number {
  const { y, m, d } = dateOf(n);
  const to = addMonths(y, m, k);
  return dayNumber(to.y, to.m, Math.min(d, daysInMonth(to.y, to.m)));
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
export const formatYear = (y: number): string => pad(y, 4);
export const formatMonth = (y: number, m: number): string => `${pad(y, 4)}-${pad(m)}`;
export const formatDay = (n: number): string => {
  const { y, m, d } = dateOf(n);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
};
/** An interval of days, both ends included: '2025-03-01/2025-03-10'. */
export const formatInterval = (a: number, b: number): string => `${formatDay(a)}/${formatDay(b)}`;

/** The day number of 'YYYY-MM-DD', or null when it is no real day. */
export function parseDay(s: string): number | null {
  if (!isRealDay(s)) return null;
  return dayNumber(+s.slice(0, 4), +s.slice(5, 7), +s.slice(8, 10));
}
