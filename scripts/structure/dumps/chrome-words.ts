// Word lists and small formatters the chrome wordings fill in: outlets, names, places, sections,
// tag words, agencies, and dates (Gregorian and Hijri, Western and Arabic-Indic digits).
import type { Rng } from './prng.js';

export interface Outlet {
  name: string;
  domain: string;
  handle: string;
}

const OUTLETS: Record<string, Outlet> = {
  aawsat: { name: 'الشرق الأوسط', domain: 'aawsat.com', handle: 'aawsat_News' },
  aleqtisadiya: { name: 'الاقتصادية', domain: 'aleqt.com', handle: 'aleqtisadiya' },
  aljazirah: { name: 'الجزيرة', domain: 'al-jazirah.com', handle: 'AlJazirahNews' },
  almadina: { name: 'المدينة', domain: 'al-madina.com', handle: 'Almadinanews' },
  alriyadh: { name: 'الرياض', domain: 'alriyadh.com', handle: 'alriyadh' },
  alwatan: { name: 'الوطن', domain: 'alwatan.com.sa', handle: 'alwatan_sa' },
  alweeam: { name: 'الوئام', domain: 'alweeam.com.sa', handle: 'alweeamnews' },
  alyaum: { name: 'اليوم', domain: 'alyaum.com', handle: 'alyaum' },
  arreyadi: { name: 'الرياضي', domain: 'arreyadi.com.sa', handle: 'arreyadi' },
  okaz: { name: 'عكاظ', domain: 'okaz.com.sa', handle: 'OKAZ_online' },
  sabq: { name: 'سبق', domain: 'sabq.org', handle: 'sabqorg' },
  '3alyoum': { name: 'عين اليوم', domain: '3alyoum.com', handle: '3alyoum' },
};

export const outletInfo = (key: string): Outlet => OUTLETS[key] ?? { name: key, domain: `${key}.com`, handle: key };

export const NAMES = [
  'محمد العتيبي', 'عبدالله الغامدي', 'سارة الشهري', 'فهد القحطاني', 'نورة الدوسري', 'خالد الزهراني', 'ماجد الحربي',
  'ريم السبيعي', 'تركي المطيري', 'هند العمري', 'سلطان الشمري', 'أحمد الجهني', 'منى الرشيدي', 'يوسف العنزي',
  'عبدالرحمن البقمي', 'لمياء الغامدي', 'بندر السلمي', 'عائشة المالكي', 'ناصر الدوسري', 'وليد الشهراني',
];
export const LATIN_NAMES = ['Mohammed Al-Otaibi', 'Sara Alshehri', 'Fahad Alqahtani', 'Khalid Al-Zahrani', 'Reem Alsubaie'];
export const PLACES = [
  'الرياض', 'جدة', 'مكة المكرمة', 'المدينة المنورة', 'الدمام', 'الطائف', 'أبها', 'تبوك', 'حائل', 'جازان', 'نجران',
  'الأحساء', 'القصيم', 'الخبر', 'ينبع', 'القاهرة', 'دبي', 'لندن', 'بيروت', 'واشنطن', 'عمّان', 'الكويت',
];
export const SECTIONS = [
  'محليات', 'أخبار', 'اقتصاد', 'رياضة', 'دولي', 'عربي ودولي', 'ثقافة', 'منوعات', 'مقالات', 'تقارير', 'صحة', 'تقنية',
  'المناطق', 'سياسة', 'الرأي', 'كرة القدم', 'أسواق', 'فن', 'مجتمع', 'حوادث',
];
export const LATIN_SECTIONS = ['Business', 'Local', 'Sports', 'Economy', 'World', 'Opinion'];
export const TAG_WORDS = [
  'السعودية', 'الرياض', 'جدة', 'وزارة الداخلية', 'الهلال', 'النصر', 'الاتحاد', 'الأهلي', 'اليمن', 'عاصفة الحزم',
  'النفط', 'أسعار النفط', 'سوق الأسهم', 'تاسي', 'إيران', 'داعش', 'الصحة', 'التعليم', 'الإسكان', 'الصيف', 'عيد الفطر',
  'المرور', 'الدفاع المدني', 'الطقس', 'الأمطار', 'مجلس الشورى', 'البطالة', 'الاستثمار', 'السياحة', 'الحج',
];
export const AGENCIES = ['واس', 'أ ف ب', 'رويترز', 'د ب أ', 'الأناضول', 'أ ش أ', 'كونا', 'وام'];
export const AGENCY_FULL = [
  'وكالة الأنباء السعودية', 'وكالة الصحافة الفرنسية', 'رويترز', 'وكالة الأنباء الألمانية', 'وكالة الأناضول', 'وكالات',
];
export const LATIN_AGENCIES = ['AFP', 'Reuters', 'AP', 'SPA', 'dpa'];

const G_MONTHS = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];
const L_MONTHS = ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'];
const H_MONTHS = ['محرم', 'صفر', 'ربيع الأول', 'ربيع الآخر', 'جمادى الأولى', 'جمادى الآخرة', 'رجب', 'شعبان', 'رمضان', 'شوال', 'ذو القعدة', 'ذو الحجة'];
const WEEKDAYS = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const EN_DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** Western digits to Arabic-Indic ones. */
export const indic = (s: string | number): string => String(s).replace(/[0-9]/g, (d) => String.fromCharCode(0x0660 + Number(d)));
const pad = (n: number): string => String(n).padStart(2, '0');
/** 12,345 or 12.3K style counts. */
export const count = (rng: Rng, lo: number, hi: number): string => {
  const n = rng.int(lo, hi);
  if (n >= 1000 && rng.chance(0.3)) return `${(n / 1000).toFixed(1)}K`;
  return n >= 1000 && rng.chance(0.5) ? n.toLocaleString('en-US') : String(n);
};

const hijriFormat = new Intl.DateTimeFormat('en-US-u-ca-islamic-umalqura', { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' });

/** A moment on the given day (YYYY-MM-DD), at a random time. */
export function momentOn(day: string, rng: Rng): Date {
  return new Date(`${day}T${pad(rng.int(0, 23))}:${pad(rng.int(0, 59))}:00Z`);
}

/** A date (and time) in one of several formats: Hijri and Gregorian, Western and Arabic-Indic digits. */
export function dateText(d: Date, rng: Rng, style = rng.int(0, 11)): string {
  const y = d.getUTCFullYear(), m = d.getUTCMonth(), day = d.getUTCDate(), wd = WEEKDAYS[d.getUTCDay()]!;
  const h24 = d.getUTCHours(), min = d.getUTCMinutes();
  const h12 = h24 % 12 || 12, ampm = h24 < 12 ? 'ص' : 'م';
  const parts = Object.fromEntries(hijriFormat.formatToParts(d).map((p) => [p.type, p.value]));
  const hd = Number(parts['day']), hm = Number(parts['month']), hy = Number(parts['year']);
  switch (style) {
    case 0: return `${wd} ${hd} ${H_MONTHS[hm - 1]} ${hy} هـ - ${day} ${G_MONTHS[m]} ${y} م`;
    case 1: return `${pad(day)}/${pad(m + 1)}/${y} - ${pad(h12)}:${pad(min)} ${ampm}`;
    case 2: return indic(`${day} `) + `${G_MONTHS[m]} ` + indic(`${y} - ${h12}:${pad(min)}`) + ` ${ampm === 'ص' ? 'صباحاً' : 'مساءً'}`;
    case 3: return `${y}-${pad(m + 1)}-${pad(day)} ${pad(h24)}:${pad(min)}`;
    case 4: return `${wd} ${pad(hd)}/${pad(hm)}/${hy}هـ`;
    case 5: return `${day} ${G_MONTHS[m]} (${L_MONTHS[m]}) ${y}`;
    case 6: return `${EN_DAYS[d.getUTCDay()]}, ${day} ${EN_MONTHS[m]} ${y} ${pad(h24)}:${pad(min)} GMT`;
    case 7: return indic(`${hd} `) + `${H_MONTHS[hm - 1]} ` + indic(`${hy}`) + ' هـ';
    case 8: return `${day} - ${m + 1} - ${y}`;
    case 9: return `${wd}، ${day} ${G_MONTHS[m]} ${y} - ${pad(h24)}:${pad(min)}`;
    case 10: return `${pad(h12)}:${pad(min)} ${ampm} ${indic(`${day}`)} ${G_MONTHS[m]} ${indic(`${y}`)}`;
    default: return `${wd} ${hd} ${H_MONTHS[hm - 1]} ${hy} - ${day} ${G_MONTHS[m]} ${y}`;
  }
}

/** A Gregorian year as the copyright line shows it. */
export const yearOf = (day: string): string => day.slice(0, 4);
