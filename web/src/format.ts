/** Small display helpers: dates in Arabic words, counts in Latin digits, Arabic plurals. */
import { formatDate } from './dates.js';
import { el } from './dom.js';
import type { Published } from './types.js';

/** A `<time>` for an API date ('2025-03-04' → «4 مارس 2025», '2025-03', '2025-03-04T10:00:00Z'), the value in `datetime`. */
export function dateElement(p: Published | string | null): HTMLElement | null {
  if (!p) return null;
  const value = typeof p === 'string' ? p : p.value;
  return el('time', { datetime: value, class: 'date' }, formatDate(value));
}

/** `n` in Latin digits, grouped: 12,345. */
export function count(n: number): string {
  return n.toLocaleString('en-US');
}

/**
 * An Arabic count phrase: «مقالة واحدة», «مقالتان», «3 مقالات», «11 مقالة».
 * `forms` are [one, two, plural for 3–10, singular for 0 and 11+].
 */
export function countPhrase(n: number, forms: readonly [string, string, string, string]): string {
  if (n === 1) return forms[0];
  if (n === 2) return forms[1];
  const mod = n % 100;
  return `${count(n)} ${mod >= 3 && mod <= 10 ? forms[2] : forms[3]}`;
}

export const ARTICLES = ['مقالة واحدة', 'مقالتان', 'مقالات', 'مقالة'] as const;
export const STORIES = ['قصة واحدة', 'قصتان', 'قصص', 'قصة'] as const;

/** 'YYYY-MM-DD' of a UTC day number (days since 1970-01-01). */
export function isoDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** The UTC day number of 'YYYY-MM-DD'. */
export function dayNumber(iso: string): number {
  return Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / 86_400_000);
}
