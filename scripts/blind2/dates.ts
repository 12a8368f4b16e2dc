// Calendar and numeral helpers for the date lines (own implementation: no ICU dependence, so output is stable).

const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';

export function toArabicDigits(s: string): string {
  return s.replace(/[0-9]/g, (d) => ARABIC_INDIC[Number(d)] as string);
}

export const GREG_MONTHS = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];
export const LEVANT_MONTHS = ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'];
export const HIJRI_MONTHS = ['محرم', 'صفر', 'ربيع الأول', 'ربيع الآخر', 'جمادى الأولى', 'جمادى الآخرة', 'رجب', 'شعبان', 'رمضان', 'شوال', 'ذو القعدة', 'ذو الحجة'];
export const WEEKDAYS = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];
export const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const EN_MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const EN_WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export interface HijriDate {
  y: number;
  m: number; // 1..12
  d: number;
}

/** Tabular (arithmetic) Islamic calendar; may differ by a day from Umm al-Qura, as many sites do. */
export function toHijri(date: Date): HijriDate {
  const t = Math.trunc;
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + 1;
  const d = date.getUTCDate();
  const jd =
    t((1461 * (y + 4800 + t((m - 14) / 12))) / 4) +
    t((367 * (m - 2 - 12 * t((m - 14) / 12))) / 12) -
    t((3 * t((y + 4900 + t((m - 14) / 12)) / 100)) / 4) +
    d -
    32075;
  let l = jd - 1948440 + 10632;
  const n = t((l - 1) / 10631);
  l = l - 10631 * n + 354;
  const j = t((10985 - l) / 5316) * t((50 * l) / 17719) + t(l / 5670) * t((43 * l) / 15238);
  l = l - t((30 - j) / 15) * t((17719 * j) / 50) - t(j / 16) * t((15238 * j) / 43) + 29;
  const hm = t((24 * l) / 709);
  const hd = l - t((709 * hm) / 24);
  const hy = 30 * n + j - 30;
  return { y: hy, m: hm, d: hd };
}

export function pad2(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

/** Parse "YYYY-MM-DD HH:MM:SS" as a UTC instant. */
export function parseStamp(s: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?/.exec(s);
  if (!m) return new Date(Date.UTC(2015, 6, 25, 9, 0, 0));
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0)));
}

export function addHours(d: Date, h: number): Date {
  return new Date(d.getTime() + Math.round(h * 3600_000));
}

/** 12-hour clock with Arabic AM/PM suffix. */
export function clock12(d: Date, long: boolean): string {
  const h = d.getUTCHours();
  const h12 = h % 12 === 0 ? 12 : h % 12;
  const am = h < 12;
  const suffix = long ? (am ? 'صباحاً' : 'مساءً') : am ? 'ص' : 'م';
  return `${h12}:${pad2(d.getUTCMinutes())} ${suffix}`;
}

export function clock24(d: Date): string {
  return `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}`;
}
