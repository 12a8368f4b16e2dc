// Date and time wording for page chrome: Gregorian (several month-name
// traditions), tabular Hijri, 12/24-hour times, Arabic-Indic digits.

export interface When {
  y: number;
  m: number; // 1-12
  d: number;
  hh: number;
  mm: number;
  dow: number; // 0 = Sunday
}

export const WEEKDAYS = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];
export const MONTHS_MSA = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];
export const MONTHS_LEVANT = ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'];
export const MONTHS_MAGHREB = ['يناير', 'فبراير', 'مارس', 'أبريل', 'ماي', 'يونيو', 'يوليوز', 'غشت', 'شتنبر', 'أكتوبر', 'نونبر', 'دجنبر'];
export const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const HIJRI_MONTHS = ['محرم', 'صفر', 'ربيع الأول', 'ربيع الآخر', 'جمادى الأولى', 'جمادى الآخرة', 'رجب', 'شعبان', 'رمضان', 'شوال', 'ذو القعدة', 'ذو الحجة'];

const DAY_MS = 86400000;

export function parseWhen(s: string): When {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}))?/.exec(s);
  if (!m) throw new Error(`bad date ${s}`);
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0));
  return fromMs(t);
}

function fromMs(t: number): When {
  const dt = new Date(t);
  return {
    y: dt.getUTCFullYear(),
    m: dt.getUTCMonth() + 1,
    d: dt.getUTCDate(),
    hh: dt.getUTCHours(),
    mm: dt.getUTCMinutes(),
    dow: dt.getUTCDay(),
  };
}

export function toMs(w: When): number {
  return Date.UTC(w.y, w.m - 1, w.d, w.hh, w.mm);
}

/** Shift by minutes (negative: earlier). */
export function shift(w: When, minutes: number): When {
  return fromMs(toMs(w) + minutes * 60000);
}

/** Tabular (Kuwaiti) Hijri date. */
export function hijri(w: When): { y: number; m: number; d: number } {
  const jd = Math.floor(Date.UTC(w.y, w.m - 1, w.d) / DAY_MS) + 2440588;
  let l = jd - 1948440 + 10632;
  const n = Math.floor((l - 1) / 10631);
  l = l - 10631 * n + 354;
  const j = Math.floor((10985 - l) / 5316) * Math.floor((50 * l) / 17719) + Math.floor(l / 5670) * Math.floor((43 * l) / 15238);
  l = l - Math.floor((30 - j) / 15) * Math.floor((17719 * j) / 50) - Math.floor(j / 16) * Math.floor((15238 * j) / 43) + 29;
  const m = Math.floor((24 * l) / 709);
  const d = l - Math.floor((709 * m) / 24);
  return { y: 30 * n + j - 30, m, d };
}

export const pad2 = (n: number): string => String(n).padStart(2, '0');

export function indic(s: string): string {
  return s.replace(/[0-9]/g, (c) => String.fromCharCode(0x0660 + Number(c)));
}

export function time24(w: When): string {
  return `${pad2(w.hh)}:${pad2(w.mm)}`;
}

export function time12(w: When, style: 'ص/م' | 'صباحاً/مساءً' | 'AM/PM' = 'ص/م'): string {
  const h = w.hh % 12 === 0 ? 12 : w.hh % 12;
  const am = w.hh < 12;
  const suffix = style === 'ص/م' ? (am ? 'ص' : 'م') : style === 'AM/PM' ? (am ? 'AM' : 'PM') : am ? 'صباحاً' : 'مساءً';
  return `${pad2(h)}:${pad2(w.mm)} ${suffix}`;
}

export function gregLong(w: When, months: readonly string[] = MONTHS_MSA, withDay = true): string {
  const base = `${w.d} ${months[w.m - 1]} ${w.y}`;
  return withDay ? `${WEEKDAYS[w.dow]} ${base}` : base;
}

export function hijriLong(w: When, withSuffix = true): string {
  const h = hijri(w);
  return `${h.d} ${HIJRI_MONTHS[h.m - 1]} ${h.y}${withSuffix ? ' هـ' : ''}`;
}

/** 21/07/2015 */
export function numeric(w: When, sep = '/', order: 'dmy' | 'ymd' = 'dmy'): string {
  return order === 'dmy' ? [pad2(w.d), pad2(w.m), w.y].join(sep) : [w.y, pad2(w.m), pad2(w.d)].join(sep);
}

export function hijriNumeric(w: When, sep = '/'): string {
  const h = hijri(w);
  return `${h.y}${sep}${pad2(h.m)}${sep}${pad2(h.d)}`;
}

/** "منذ 3 ساعات" style relative time between page time and article time. */
export function relative(minutes: number): string {
  if (minutes < 2) return 'منذ دقيقة';
  if (minutes < 11) return `منذ ${minutes} دقائق`;
  if (minutes < 60) return `منذ ${minutes} دقيقة`;
  const h = Math.floor(minutes / 60);
  if (h === 1) return 'منذ ساعة';
  if (h === 2) return 'منذ ساعتين';
  if (h < 11) return `منذ ${h} ساعات`;
  if (h < 24) return `منذ ${h} ساعة`;
  const d = Math.floor(h / 24);
  if (d === 1) return 'منذ يوم';
  if (d === 2) return 'منذ يومين';
  return `منذ ${d} أيام`;
}
