// Vocabulary for the blind generator's page chrome: all of it written for this generator (no corpus text).
import { type Rng, int, pick } from './prng.js';

export const CITIES = ['الرياض', 'جدة', 'مكة المكرمة', 'المدينة المنورة', 'الدمام', 'أبها', 'تبوك', 'القاهرة', 'دبي', 'بيروت', 'لندن', 'واشنطن', 'عمّان', 'الكويت', 'الطائف', 'حائل'];
export const FIRST_NAMES = ['محمد', 'عبدالله', 'فهد', 'سارة', 'نورة', 'خالد', 'تركي', 'ريم', 'سلمان', 'منى', 'ياسر', 'هند', 'ماجد', 'عادل', 'لمى'];
export const LAST_NAMES = ['العتيبي', 'الشهري', 'القحطاني', 'الحربي', 'الزهراني', 'الغامدي', 'المطيري', 'السبيعي', 'الدوسري', 'العنزي', 'البلوي', 'الشمري'];
export const AGENCIES = ['واس', 'أ ف ب', 'رويترز', 'د ب أ', 'قنا', 'كونا', 'وام', 'الأناضول', 'أ.ب'];
export const SECTIONS = ['محليات', 'اقتصاد', 'رياضة', 'دوليات', 'ثقافة', 'منوعات', 'تقنية', 'صحة', 'كتّاب وآراء', 'عربي ودولي', 'الخليج', 'المناطق'];
export const SECTIONS_EN = ['News', 'Local', 'Business', 'Sports', 'World', 'Culture', 'Tech', 'Opinion'];
export const TAGS = ['السعودية', 'الرياض', 'جدة', 'الاقتصاد', 'النفط', 'الرياضة', 'كرة القدم', 'الأمن', 'التعليم', 'الصحة', 'اليمن', 'سوريا', 'مصر', 'الخليج', 'الطقس', 'العقار', 'الأسهم', 'الحج', 'العمرة', 'الدوري', 'المنتخب', 'الإسكان', 'البلديات', 'المرور', 'التوظيف', 'الطاقة', 'السياحة'];
export const BRANDS = ['صحيفة المرصد اليومي', 'مؤسسة الأفق للصحافة والنشر', 'شبكة نبض الخليج الإخبارية', 'صدى المدينة', 'الرائد الإخبارية', 'دار الفجر للطباعة والنشر'];
export const BRANDS_EN = ['Al-Marsad Daily', 'Al-Ofoq Media', 'Nabd Al-Khaleej', 'Al-Raed News'];
export const HANDLES = ['@marsad_daily', '@ofoq_news', '@nabdkhaleej', '@alraed_sa', '@sada_city'];
export const NETWORKS = ['فيسبوك', 'تويتر', 'واتساب', 'تيليجرام', 'لينكدإن', 'جوجل+', 'البريد الإلكتروني', 'سناب شات'];
export const NETWORKS_EN = ['Facebook', 'Twitter', 'WhatsApp', 'Telegram', 'LinkedIn', 'Google+', 'Email', 'Pinterest'];
export const MONTHS = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];
export const MONTHS_LEVANT = ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'];
export const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const DAYS = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];
export const DAYS_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
export const HIJRI_MONTHS = ['محرم', 'صفر', 'ربيع الأول', 'ربيع الثاني', 'جمادى الأولى', 'جمادى الآخرة', 'رجب', 'شعبان', 'رمضان', 'شوال', 'ذو القعدة', 'ذو الحجة'];

/** A person's name of two parts. */
export function personName(r: Rng): string {
  return `${pick(r, FIRST_NAMES)} ${pick(r, LAST_NAMES)}`;
}

/** Western digits written as Arabic-Indic ones: 12 → ١٢. */
export function indic(s: string): string {
  return s.replace(/[0-9]/g, (d) => String.fromCharCode(0x0660 + Number(d)));
}

/** A count, in Western digits or (sometimes) Arabic-Indic ones. */
export function count(r: Rng, lo: number, hi: number): string {
  const n = String(int(r, lo, hi));
  return r() < 0.2 ? indic(n) : n;
}

/** Two digits: 7 → 07. */
export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** The Umm al-Qura Hijri day, month (1–12) and year of a date, or null where ICU lacks the calendar. */
export function hijri(d: Date): { day: number; month: number; year: number } | null {
  try {
    const parts = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' }).formatToParts(d);
    const get = (t: string): number => Number.parseInt(parts.find((p) => p.type === t)?.value ?? '', 10);
    const out = { day: get('day'), month: get('month'), year: get('year') };
    return Number.isFinite(out.day) && Number.isFinite(out.month) && Number.isFinite(out.year) ? out : null;
  } catch {
    return null;
  }
}
