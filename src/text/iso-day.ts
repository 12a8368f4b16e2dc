/** Whether `s` is a real calendar day written `YYYY-MM-DD` (2024-02-30 is not). */
export function isRealDay(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const t = Date.parse(`${s}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === s;
}

const DAY_MS = 86_400_000;

/** The day number (days since 1970-01-01, UTC) of a day written `YYYY-MM-DD`; NaN when it is none. */
export function dayNumber(iso: string): number {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

/** `YYYY-MM-DD` of a day number (days since 1970-01-01, UTC). */
export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
