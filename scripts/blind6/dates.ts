// Date and time wording for page chrome: Gregorian (several month-name
// traditions), tabular Hijri, 12/24-hour clocks and relative ages.
// All arithmetic is in UTC so output does not depend on the machine's zone.

export type Months = 'gulf' | 'levant' | 'dual' | 'ma' | 'dz';
export type Digits = 'latin' | 'indic';

const GULF = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];
const LEVANT = ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'];
const MA = ['يناير', 'فبراير', 'مارس', 'أبريل', 'ماي', 'يونيو', 'يوليوز', 'غشت', 'شتنبر', 'أكتوبر', 'نونبر', 'دجنبر'];
const DZ = ['جانفي', 'فيفري', 'مارس', 'أفريل', 'ماي', 'جوان', 'جويلية', 'أوت', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];
const HIJRI = ['محرم', 'صفر', 'ربيع الأول', 'ربيع الآخر', 'جمادى الأولى', 'جمادى الآخرة', 'رجب', 'شعبان', 'رمضان', 'شوال', 'ذو القعدة', 'ذو الحجة'];
export const WEEKDAYS = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];
const EN_DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function parseStamp(s: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(s);
  if (!m) throw new Error(`bad stamp ${s}`);
  return new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +(m[4] ?? 12), +(m[5] ?? 0), +(m[6] ?? 0)));
}

export const addMinutes = (d: Date, min: number): Date => new Date(d.getTime() + min * 60000);

export function digits(s: string, d: Digits): string {
  return d === 'indic' ? s.replace(/[0-9]/g, (c) => String.fromCharCode(0x0660 + Number(c))) : s;
}

const pad = (n: number): string => String(n).padStart(2, '0');

export function monthName(m: number, style: Months): string {
  const i = m - 1;
  switch (style) {
    case 'levant':
      return LEVANT[i] as string;
    case 'dual':
      return `${LEVANT[i]} (${GULF[i]})`;
    case 'ma':
      return MA[i] as string;
    case 'dz':
      return DZ[i] as string;
    default:
      return GULF[i] as string;
  }
}

export interface Hijri {
  y: number;
  m: number;
  d: number;
}

/** Tabular (civil) Islamic calendar, shifted a day to agree with Umm al-Qura in 1436. */
export function hijri(when: Date, shiftDays = 1): Hijri {
  const date = addMinutes(when, shiftDays * 1440);
  const y = date.getUTCFullYear();
  const mo = date.getUTCMonth() + 1;
  const da = date.getUTCDate();
  const a = Math.floor((14 - mo) / 12);
  const yy = y + 4800 - a;
  const mm = mo + 12 * a - 3;
  const jd = da + Math.floor((153 * mm + 2) / 5) + 365 * yy + Math.floor(yy / 4) - Math.floor(yy / 100) + Math.floor(yy / 400) - 32045;
  let l = jd - 1948440 + 10632;
  const n = Math.floor((l - 1) / 10631);
  l = l - 10631 * n + 354;
  const j = Math.floor((10985 - l) / 5316) * Math.floor((50 * l) / 17719) + Math.floor(l / 5670) * Math.floor((43 * l) / 15238);
  l = l - Math.floor((30 - j) / 15) * Math.floor((17719 * j) / 50) - Math.floor(j / 16) * Math.floor((15238 * j) / 43) + 29;
  const m = Math.floor((24 * l) / 709);
  const d = l - Math.floor((709 * m) / 24);
  return { y: 30 * n + j - 30, m, d };
}

export type DateForm = 'long' | 'long-day' | 'slashed' | 'num' | 'num-dash' | 'iso' | 'short';

export function greg(d: Date, form: DateForm, months: Months = 'gulf', dg: Digits = 'latin'): string {
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  let s: string;
  switch (form) {
    case 'long':
      s = `${day} ${monthName(m, months)} ${y}`;
      break;
    case 'long-day':
      s = `${WEEKDAYS[d.getUTCDay()]} ${day} ${monthName(m, months)} ${y}`;
      break;
    case 'slashed':
      s = `${WEEKDAYS[d.getUTCDay()]} ${day}/${monthName(m, months)}/${y}`;
      break;
    case 'num':
      s = `${pad(day)}/${pad(m)}/${y}`;
      break;
    case 'num-dash':
      s = `${pad(day)}-${pad(m)}-${y}`;
      break;
    case 'iso':
      s = `${y}-${pad(m)}-${pad(day)}`;
      break;
    case 'short':
      s = `${day} ${monthName(m, months)}`;
      break;
  }
  return digits(s, dg);
}

export function hijriStr(d: Date, form: 'long' | 'num' | 'num-rev', dg: Digits = 'latin', suffix = ' هـ'): string {
  const h = hijri(d);
  const s =
    form === 'long'
      ? `${h.d} ${HIJRI[h.m - 1]} ${h.y}${suffix}`
      : form === 'num'
        ? `${pad(h.d)}/${pad(h.m)}/${h.y}${suffix}`
        : `${h.y}/${pad(h.m)}/${pad(h.d)}${suffix}`;
  return digits(s, dg);
}

export function time24(d: Date, dg: Digits = 'latin', secs = false): string {
  const s = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}${secs ? `:${pad(d.getUTCSeconds())}` : ''}`;
  return digits(s, dg);
}

export function time12(d: Date, form: 'short' | 'long' | 'latin', dg: Digits = 'latin'): string {
  const h = d.getUTCHours();
  const h12 = h % 12 === 0 ? 12 : h % 12;
  const am = h < 12;
  const mark = form === 'short' ? (am ? 'ص' : 'م') : form === 'long' ? (am ? 'صباحاً' : 'مساءً') : am ? 'AM' : 'PM';
  return `${digits(`${pad(h12)}:${pad(d.getUTCMinutes())}`, dg)} ${mark}`;
}

export function english(d: Date): string {
  return `${EN_DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${EN_MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** "منذ 3 ساعات" style age of `then` seen at `now`. */
export function ago(now: Date, then: Date, dg: Digits = 'latin'): string {
  const min = Math.max(1, Math.round((now.getTime() - then.getTime()) / 60000));
  if (min < 2) return 'منذ دقيقة';
  if (min < 60) return digits(`منذ ${min} ${min <= 10 ? 'دقائق' : 'دقيقة'}`, dg);
  const h = Math.round(min / 60);
  if (h === 1) return 'منذ ساعة';
  if (h === 2) return 'منذ ساعتين';
  if (h < 24) return digits(`منذ ${h} ${h <= 10 ? 'ساعات' : 'ساعة'}`, dg);
  const days = Math.round(h / 24);
  if (days === 1) return 'منذ يوم';
  if (days === 2) return 'منذ يومين';
  return digits(`منذ ${days} ${days <= 10 ? 'أيام' : 'يوماً'}`, dg);
}

export function weekday(d: Date): string {
  return WEEKDAYS[d.getUTCDay()] as string;
}
