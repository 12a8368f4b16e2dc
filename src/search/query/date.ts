/** The value of `date:`: one day, month or year, or a range of them, in ASCII or Arabic-Indic digits. */
import { fail } from './errors.js';
import { clip } from './excerpt.js';

/** An inclusive range of days as `YYYY-MM-DD`; `null` is an open end. */
export interface DateRange {
  from: string | null;
  to: string | null;
}

const DATE = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/;
const FORMS = 'write YYYY-MM-DD, YYYY-MM or YYYY, as in 2015-07-01';

/** Parses `2015-07`, `٢٠١٥-٠٧-٠١..٢٠١٥-٠٧-٣١`, `2015..` or `..2015-07-31`; `start` is the value's offset in the query. */
export function parseDateRange(text: string, start: number): DateRange {
  const dots = text.indexOf('..');
  if (dots < 0) {
    const d = parseDate(text, start);
    return { from: d[0], to: d[1] };
  }
  const left = text.slice(0, dots);
  const right = text.slice(dots + 2);
  if (left === '' && right === '') fail('bad-date', `the date range .. needs at least one end, as in 2015-07-01..`, start, start + text.length);
  const from = left === '' ? null : parseDate(left, start)[0];
  const to = right === '' ? null : parseDate(right, start + dots + 2)[1];
  if (from !== null && to !== null && from > to) {
    fail('date-order', `the date range ${clip(text)} ends before it starts: ${from} is after ${to}`, start, start + text.length);
  }
  return { from, to };
}

// 2015 → [2015-01-01, 2015-12-31]; 2015-02 → [2015-02-01, 2015-02-28]; 2015-07-04 → [2015-07-04, 2015-07-04].
function parseDate(text: string, start: number): [string, string] {
  const m = DATE.exec(asciiDigits(text));
  if (m === null) fail('bad-date', `${clip(text)} is not a date: ${FORMS}`, start, start + text.length);
  const year = Number(m[1]);
  const month = m[2] === undefined ? null : Number(m[2]);
  const day = m[3] === undefined ? null : Number(m[3]);
  if (month !== null && (month < 1 || month > 12)) fail('bad-date', `${text} is not a date: there is no month ${month}`, start, start + text.length);
  const last = daysIn(year, month ?? 12);
  if (day !== null && (day < 1 || day > last)) {
    fail('bad-date', `${text} is not a date: month ${month} of ${m[1]} has ${last} days`, start, start + text.length);
  }
  const ymd = (mo: number, d: number) => `${m[1]}-${pad(mo)}-${pad(d)}`;
  if (month === null) return [ymd(1, 1), ymd(12, 31)];
  if (day === null) return [ymd(month, 1), ymd(month, last)];
  return [ymd(month, day), ymd(month, day)];
}

function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const pad = (n: number): string => String(n).padStart(2, '0');

// ٢٠١٥ and ۲۰۱۵ → 2015, one code unit for one, so offsets stay valid.
function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) & 0xf));
}
