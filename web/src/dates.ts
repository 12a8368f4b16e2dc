/**
 * Dates as Arabic readers write and read them, whatever the browser's locale: typed as
 * `21/7/2015`, `2015-07-21` or `٢١/٠٧/٢٠١٥`, shown as «21 يوليو 2015» (Latin digits, as the
 * UI's counts). The URL and the API keep `YYYY-MM-DD`.
 */

const LATIN = 'u-nu-latn';
const DAY = new Intl.DateTimeFormat(`ar-${LATIN}`, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const MONTH = new Intl.DateTimeFormat(`ar-${LATIN}`, { month: 'long', year: 'numeric', timeZone: 'UTC' });
const TIME = new Intl.DateTimeFormat(`ar-${LATIN}`, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' });

const utc = (iso: string): Date => new Date(`${iso.slice(0, 10)}T00:00:00Z`);

/** «21 يوليو 2015» for '2015-07-21'. */
export function formatDay(iso: string): string {
  return DAY.format(utc(iso));
}

/**
 * An API date at its precision: '2015' → «2015», '2015-07' → «يوليو 2015», '2015-07-21' → «21 يوليو 2015»,
 * '2015-07-21T10:30:00Z' → «21 يوليو 2015، 10:30». Anything else is returned as it is.
 */
export function formatDate(value: string): string {
  if (/^\d{4}$/.test(value)) return value;
  if (/^\d{4}-\d{2}$/.test(value)) return MONTH.format(utc(`${value}-01`));
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(utc(value).getTime())) return value;
  const day = formatDay(value);
  const t = /T(\d{2}):(\d{2})/.exec(value);
  return t ? `${day}، ${TIME.format(new Date(value))}` : day;
}

/** Arabic-Indic (٠-٩) and Persian (۰-۹) digits as 0-9. */
function latinDigits(s: string): string {
  return s.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => String((d.charCodeAt(0) & 0xf) % 10));
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** Whether the day exists: no 30 February. */
function isRealDay(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return m >= 1 && m <= 12 && t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/**
 * A typed day → 'YYYY-MM-DD', '' for an empty field, or null when it is no day. Takes year first
 * (`2015-07-21`, `2015/7/21`) or day first (`21/07/2015`, `21-7-2015`, `21.7.2015`), any of
 * the digits, and spaces, direction marks or the Arabic date separator (؍) around the parts.
 */
export function parseDay(text: string): string | null {
  const s = latinDigits(text).replace(/[\s\u200e\u200f\u061c]/g, '').replace(/[\u060d\u2010-\u2015]/g, '-');
  if (s === '') return '';
  const ymd = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(s);
  const dmy = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s);
  const [y, m, d] = ymd ? [ymd[1], ymd[2], ymd[3]] : dmy ? [dmy[3], dmy[2], dmy[1]] : [];
  if (!y || !m || !d) return null;
  const [yn, mn, dn] = [Number(y), Number(m), Number(d)];
  return isRealDay(yn, mn, dn) ? `${y}-${pad(mn)}-${pad(dn)}` : null;
}

/** How a day stands in the date field: `21/07/2015` (day first, as Arabic readers write it). */
export function fieldDay(iso: string): string {
  return iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : '';
}
