// Wordings of page chrome, by kind. Each kind has several variants; a site (one dump file) fixes a
// variant per kind, and template kinds are rendered once per file so they repeat verbatim.
import type { Rng } from './prng.js';
import {
  AGENCIES_AR, AGENCIES_EN, CITIES, DEV_COMPANIES, FAMILY_NAMES, FIRST_NAMES, LATIN_NAMES, NAV_EN, NAV_EXTRAS,
  SECTIONS, SUBSECTIONS, TAGS, type SiteName,
} from './lexicon.js';
import {
  EN_MONTHS, EN_MONTHS_SHORT, EN_WEEKDAYS, GREG_MONTHS, HIJRI_MONTHS, LEVANT_MONTHS, WEEKDAYS, addHours, clock12,
  clock24, pad2, toArabicDigits, toHijri,
} from './dates.js';

export const KINDS = [
  'nav', 'breadcrumb', 'share', 'font', 'print-email', 'date', 'byline', 'agency', 'related', 'most-read', 'tags',
  'comments', 'follow', 'newsletter', 'ad', 'copyright', 'footer', 'cookie', 'login', 'gallery', 'caption-credit',
  'ticker', 'prev-next', 'rating', 'views', 'app', 'whatsapp-sms',
] as const;
export type Kind = (typeof KINDS)[number];

/** Kinds rendered once per file and repeated exactly (site template). */
const TEMPLATE: ReadonlySet<Kind> = new Set<Kind>([
  'nav', 'footer', 'copyright', 'cookie', 'login', 'font', 'print-email', 'follow', 'newsletter', 'app',
  'whatsapp-sms', 'most-read', 'ticker',
]);

export interface ArticleCtx {
  headline: string; // tags may reuse a word or two of it
  date: Date; // publication instant (UTC fields are used as local time)
  section: string;
  titles: (n: number) => string[]; // headlines of other records, never used elsewhere
}

/** Helpers the variants draw on. */
class Gen {
  constructor(
    readonly rng: Rng,
    readonly site: SiteName,
    readonly arabDigitsP: number,
    readonly a: ArticleCtx,
  ) {}
  digits(s: string): string {
    return this.rng.chance(this.arabDigitsP) ? toArabicDigits(s) : s;
  }
  num(lo: number, hi: number, grouped = false): string {
    const n = this.rng.int(lo, hi);
    let s = String(n);
    if (grouped && n >= 1000) s = s.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    return this.digits(s);
  }
  name(): string {
    return `${this.rng.pick(FIRST_NAMES)} ${this.rng.pick(FAMILY_NAMES)}`;
  }
  city(): string {
    return this.rng.pick(CITIES);
  }
  phone(): string {
    return this.digits(`05${this.rng.int(0, 9)}${this.rng.int(1000000, 9999999)}`);
  }
  short(): string {
    return this.digits(String(this.rng.int(80000, 89999)));
  }
  tags(n: number): string[] {
    const fromTitle = this.a.headline
      .split(/\s+/)
      .map((w) => w.replace(/[«»"“”:.,،؛؟!?()\[\]'‘’]/g, ''))
      .filter((w) => w.length >= 4 && !STOP.has(w));
    const own = this.rng.sample([...new Set(fromTitle)], this.rng.int(0, Math.min(2, n - 1)));
    return [...own, ...this.rng.sample(TAGS.filter((t) => !own.includes(t)), n - own.length)];
  }
  list(items: string[], style: number): string[] {
    const d = (i: number): string => this.digits(String(i + 1));
    switch (style % 6) {
      case 0: return items;
      case 1: return items.map((t) => `- ${t}`);
      case 2: return items.map((t) => `• ${t}`);
      case 3: return items.map((t, i) => `${d(i)}. ${t}`);
      case 4: return items.map((t, i) => `${d(i)} ${t}`);
      default: return items.map((t) => `${t}  ${this.digits(String(this.rng.int(2, 28)))} ${this.rng.pick(GREG_MONTHS)}`);
    }
  }
}

const STOP = new Set(['الذي', 'التي', 'الذين', 'على', 'إلى', 'بعد', 'خلال', 'أمام', 'ضمن', 'عبر', 'حول', 'بين', 'منذ', 'حتى', 'لدى', 'قبل', 'بسبب', 'غدًا', 'اليوم', 'أمس']);

type Variant = (g: Gen) => string[];

const sep = (g: Gen): string => g.rng.pick([' | ', ' - ', '  ', ' • ', ' / ']);

const NAV: Variant[] = [
  (g) => [['الرئيسية', ...g.rng.sample(SECTIONS, g.rng.int(5, 9))].join(' | ')],
  (g) => ['الرئيسية', ...g.rng.sample(SECTIONS, g.rng.int(5, 8))],
  (g) => [g.site.ar, ['الرئيسية', ...g.rng.sample(SECTIONS, g.rng.int(4, 8))].join(sep(g))],
  (g) => [NAV_EN.slice(0, g.rng.int(5, 9)).join('  ')],
  (g) => ['القائمة', 'بحث', ...g.rng.sample(SECTIONS, g.rng.int(4, 7))],
  (g) => [['الرئيسية', ...g.rng.sample(SECTIONS, g.rng.int(4, 7))].join(' • '), g.rng.sample(NAV_EXTRAS, g.rng.int(2, 4)).join(' | ')],
  (g) => [`${g.site.ar} | ${g.site.en}`, ['أخبار', ...g.rng.sample(SECTIONS, g.rng.int(3, 6))].join(' - ')],
];

const BREADCRUMB: Variant[] = [
  (g) => [`الرئيسية > ${g.a.section} > ${g.rng.pick(SUBSECTIONS)}`],
  (g) => [`الرئيسية » ${g.a.section}`],
  (g) => [`أنت هنا: الرئيسية / ${g.a.section}`],
  (g) => [`الرئيسية › ${g.a.section} › ${g.rng.pick(SUBSECTIONS)}`],
  (g) => [`${g.site.ar} / ${g.a.section}`],
  (g) => [`Home > ${g.a.section}`],
];

const SHARE: Variant[] = [
  () => ['شارك الخبر', 'فيسبوك', 'تويتر', 'واتساب', 'تيليجرام'],
  () => ['شارك: فيسبوك | تويتر | واتساب | لينكد إن | البريد'],
  () => ['Share  Tweet  WhatsApp  Email'],
  (g) => ['مشاركة', `${g.num(3, 2400, true)} مشاركة`],
  () => ['شارك هذا الخبر عبر', 'Facebook', 'Twitter', 'Google+', 'Pinterest'],
  () => ['انشر على فيسبوك', 'غرّد على تويتر', 'أرسل عبر واتساب'],
  (g) => [`تغريد  مشاركة  نسخ الرابط  ${g.num(0, 90)}`],
  () => ['شارك المقال', 'انسخ الرابط'],
  () => ['Share', 'Facebook', 'Twitter', 'LinkedIn'],
];

const FONT: Variant[] = [
  () => ['حجم الخط: أ+ أ-'],
  () => ['A+ A A-'],
  () => ['تكبير الخط | تصغير الخط'],
  () => ['حجم الخط  -  +'],
  () => ['الخط: صغير | متوسط | كبير'],
  () => ['تغيير حجم الخط', 'A-', 'A+'],
];

const PRINT: Variant[] = [
  () => ['طباعة'],
  () => ['طباعة | إرسال لصديق'],
  () => ['Print  Email'],
  () => ['نسخة للطباعة', 'أرسل لصديق'],
  () => ['طباعة الخبر  |  حفظ PDF  |  أرسل بالبريد الإلكتروني'],
  () => ['اطبع هذه الصفحة'],
];

function gregLong(g: Gen, d: Date): string {
  return `${d.getUTCDate()} ${GREG_MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}
function hijriOf(d: Date): { d: number; m: string; y: number; mn: number } {
  // The tabular calendar runs a day behind Umm al-Qura in this period; shift to match what Saudi sites print.
  const h = toHijri(addHours(d, 24));
  return { d: h.d, m: HIJRI_MONTHS[h.m - 1] as string, y: h.y, mn: h.m };
}
const wd = (d: Date): string => WEEKDAYS[d.getUTCDay()] as string;

const DATE: Variant[] = [
  (g) => [g.digits(`نشر في: ${gregLong(g, g.a.date)} - ${clock12(g.a.date, false)}`)],
  (g) => {
    const h = hijriOf(g.a.date);
    return [g.digits(`${wd(g.a.date)} ${h.d} ${h.m} ${h.y}هـ - ${gregLong(g, g.a.date)}م`)];
  },
  (g) => {
    const d = g.a.date;
    return [g.digits(`آخر تحديث: ${pad2(d.getUTCDate())}/${pad2(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${clock24(addHours(d, g.rng.int(1, 9)))}`)];
  },
  (g) => {
    const d = g.a.date;
    return [`${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())} ${clock24(d)}:${pad2(d.getUTCSeconds())}`];
  },
  (g) => [g.digits(`تاريخ النشر : ${wd(g.a.date)}، ${g.a.date.getUTCDate()} ${LEVANT_MONTHS[g.a.date.getUTCMonth()]} ${g.a.date.getUTCFullYear()}`)],
  (g) => [g.rng.chance(0.5) ? `منذ ${g.num(2, 10)} ساعات` : `منذ ${g.num(11, 55)} دقيقة`],
  (g) => {
    const d = g.a.date;
    return [`Published: ${EN_MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`];
  },
  (g) => {
    const h = hijriOf(g.a.date);
    return [toArabicDigits(`${wd(g.a.date)} ${pad2(h.d)}/${pad2(h.mn)}/${h.y}هـ`)];
  },
  (g) => [g.digits(`التاريخ: ${gregLong(g, g.a.date)}`)],
  (g) => {
    const h = hijriOf(g.a.date);
    return [g.digits(`${gregLong(g, g.a.date)} م الموافق ${h.d} ${h.m} ${h.y} هـ`)];
  },
  (g) => {
    const d = g.a.date;
    const u = addHours(d, g.rng.int(1, 12));
    return [g.digits(`نُشر: ${pad2(d.getUTCDate())}-${pad2(d.getUTCMonth() + 1)}-${d.getUTCFullYear()} | حُدّث: ${clock12(u, true)}`)];
  },
  (g) => {
    const d = g.a.date;
    return [`${EN_WEEKDAYS[d.getUTCDay()]} ${pad2(d.getUTCDate())} ${EN_MONTHS_SHORT[d.getUTCMonth()]} ${d.getUTCFullYear()} - ${clock24(d)} GMT`];
  },
  (g) => {
    const h = hijriOf(g.a.date);
    return [g.digits(`${wd(g.a.date)} - ${h.d} ${h.m} ${h.y}`), g.digits(`${gregLong(g, g.a.date)} - ${clock12(g.a.date, true)}`)];
  },
];

const BYLINE: Variant[] = [
  (g) => [`كتب: ${g.name()}`],
  (g) => [`بقلم: ${g.name()}`],
  (g) => [g.name()],
  (g) => [`${g.city()} - ${g.name()}`],
  (g) => [`تقرير: ${g.name()}`],
  (g) => [`${g.name()} - ${g.site.ar}`],
  (g) => [`متابعة: ${g.name()}`],
  (g) => [`إعداد: ${g.name()}`],
  (g) => [`By ${g.rng.pick(LATIN_NAMES)}`],
  (g) => [`محرر ${g.site.ar}`],
  (g) => [`${g.name()} | ${g.city()}`],
  (g) => [`بواسطة ${g.name()}`],
];

const AGENCY: Variant[] = [
  (g) => [`${g.city()} - ${g.rng.pick(AGENCIES_AR)}`],
  (g) => [`${g.city()}: ${g.rng.pick(AGENCIES_AR)}`],
  (g) => [`${g.city()} – (${g.rng.pick(AGENCIES_AR)})`],
  (g) => [`(${g.rng.pick(AGENCIES_AR)}) - ${g.city()}`],
  (g) => [`${g.city()} ـ ${g.site.ar}`],
  (g) => [g.rng.pick(['وكالات', 'متابعات', 'وكالات - متابعات'])],
  (g) => [`${g.city()} | ${g.rng.pick(AGENCIES_AR)}`],
];

const RELATED_HEADS = ['أخبار ذات صلة', 'اقرأ أيضاً', 'مواضيع ذات صلة', 'قد يهمك أيضاً', 'أخبار متعلقة', 'Related', 'ذات صلة', 'اخترنا لك'];
const MOSTREAD_HEADS = ['الأكثر قراءة', 'الأكثر مشاهدة', 'الأكثر تداولاً', 'الأكثر تعليقاً', 'الأكثر قراءة اليوم', 'Most Read', 'الأكثر قراءة خلال الأسبوع', 'الأكثر شعبية'];

function relatedVariant(head: string, style: number): Variant {
  return (g) => [head, ...g.list(g.a.titles(g.rng.int(3, 6)), style)];
}

const TAGS_V: Variant[] = [
  (g) => [`الوسوم: ${g.tags(g.rng.int(2, 5)).join('، ')}`],
  (g) => ['كلمات دلالية', ...g.tags(g.rng.int(2, 5))],
  (g) => [g.tags(g.rng.int(2, 5)).map((t) => '#' + t.replace(/ /g, '_')).join(' ')],
  (g) => [`Tags: ${g.tags(g.rng.int(2, 4)).join(', ')}`],
  (g) => [`الكلمات المفتاحية: ${g.tags(g.rng.int(2, 5)).join(' | ')}`],
  (g) => ['الوسوم', g.tags(g.rng.int(2, 5)).join('  ')],
];

const COMMENTS: Variant[] = [
  (g) => [`التعليقات (${g.num(0, 60)})`, 'أضف تعليقك', 'الاسم', 'البريد الإلكتروني', 'نص التعليق', 'إرسال'],
  (g) => [`${g.num(1, 300)} تعليق`],
  () => ['لا توجد تعليقات حتى الآن', 'كن أول من يعلق على هذا الخبر'],
  () => ['اترك تعليقاً', 'لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *', 'التعليق *', 'الاسم *', 'البريد الإلكتروني *', 'إرسال التعليق'],
  (g) => ['التعليقات المنشورة تعبر عن آراء أصحابها ولا تعبر بالضرورة عن رأي الصحيفة', `عدد التعليقات: ${g.num(0, 120)}`],
  (g) => [`Comments (${g.num(0, 40)})`, 'Leave a comment'],
  () => ['أضف تعليقاً', 'يرجى الالتزام بأدب الحوار، وسيتم حذف أي تعليق يتضمن إساءة أو خروجاً عن الموضوع'],
];

const FOLLOW: Variant[] = [
  () => ['تابعونا على', 'فيسبوك', 'تويتر', 'إنستغرام', 'يوتيوب'],
  (g) => [`تابعوا ${g.site.ar} على تويتر @${g.site.handle}`],
  () => ['Follow us: Facebook / Twitter / Instagram'],
  () => ['لمتابعة آخر الأخبار لحظة بلحظة تابعونا عبر حساباتنا على مواقع التواصل الاجتماعي'],
  (g) => [`انضم إلى قناة ${g.site.ar} على تيليجرام`],
  (g) => ['تابعنا', `@${g.site.handle}`],
  (g) => [`تابعنا على تويتر ${g.num(12, 950)} ألف متابع`],
];

const NEWSLETTER: Variant[] = [
  () => ['النشرة البريدية', 'اشترك في نشرتنا البريدية ليصلك ملخص أهم الأخبار يومياً', 'أدخل بريدك الإلكتروني', 'اشترك'],
  () => ['اشترك في القائمة البريدية', 'البريد الإلكتروني', 'اشتراك'],
  () => ['Newsletter', 'Subscribe'],
  () => ['سجّل بريدك الإلكتروني ليصلك جديدنا', 'إرسال'],
  (g) => [`نشرة ${g.site.ar} الصباحية.. كل صباح في بريدك`],
  () => ['لا تفوّت أي خبر.. اشترك الآن مجاناً'],
];

const AD: Variant[] = [
  () => ['إعلان'],
  () => ['- إعلان -'],
  () => ['Advertisement'],
  () => ['مساحة إعلانية'],
  () => ['إعلانات'],
  () => ['ADVERTISEMENT'],
  () => ['محتوى مدعوم'],
  () => ['Sponsored'],
  () => ['إعلان ممول'],
  () => ['Ads by Google'],
  (g) => [`المساحة الإعلانية متاحة للحجز: ${g.phone()}`],
  (g) => [`أعلن معنا - للتواصل ${g.phone()}`],
];

const COPYRIGHT: Variant[] = [
  (g) => [g.digits(`جميع الحقوق محفوظة © 2015 ${g.site.ar}`)],
  (g) => [g.digits(`© 2015 ${g.site.ar}. جميع الحقوق محفوظة.`)],
  (g) => [`Copyright © 2015 ${g.site.en}. All rights reserved.`],
  (g) => [g.digits(`حقوق النشر محفوظة لـ${g.site.ar} 2015 - يمنع النقل أو الاقتباس دون ذكر المصدر`)],
  (g) => [g.digits(`${g.site.ar} © ${g.rng.int(2007, 2013)}-2015`)],
  (g) => [`© ${g.site.en} 2015`],
];

const FOOTER: Variant[] = [
  () => ['من نحن | اتصل بنا | أعلن معنا | سياسة الخصوصية | شروط الاستخدام'],
  () => ['عن الصحيفة', 'هيئة التحرير', 'اتصل بنا', 'الإعلانات', 'خريطة الموقع'],
  () => ['RSS  |  الأرشيف  |  خريطة الموقع'],
  (g) => [`رئيس التحرير: ${g.name()}`, g.digits(`هاتف: 011${g.rng.int(2000000, 4999999)} - فاكس: 011${g.rng.int(2000000, 4999999)}`)],
  (g) => [g.digits(`ص.ب ${g.rng.int(1000, 99999)} ${g.city()} ${g.rng.int(11000, 34999)}`), `البريد الإلكتروني: info@${g.site.domain}`],
  (g) => [`تصميم وتطوير ${g.rng.pick(DEV_COMPANIES)}`],
  () => ['About Us | Contact | Privacy Policy'],
  (g) => [`جميع المواد المنشورة تعبر عن رأي كتابها ولا تعبر بالضرورة عن رأي ${g.site.ar}`],
];

const COOKIE: Variant[] = [
  () => ['يستخدم هذا الموقع ملفات تعريف الارتباط (الكوكيز) لتحسين تجربة التصفح وتقديم محتوى يناسب اهتماماتك.', 'موافق'],
  () => ['نستخدم الكوكيز لضمان حصولك على أفضل تجربة على موقعنا. باستمرارك في استخدام الموقع فإنك توافق على سياسة الخصوصية.', 'أوافق', 'اعرف المزيد'],
  () => ['This website uses cookies to improve your experience.', 'Accept', 'Read more'],
  () => ['بمواصلة التصفح، أنت توافق على استخدامنا لملفات تعريف الارتباط.', 'حسناً'],
  () => ['ملفات تعريف الارتباط', 'نحن نحترم خصوصيتك. نستخدم ملفات تعريف الارتباط لأغراض التحليل وتخصيص الإعلانات.', 'قبول الكل', 'رفض', 'الإعدادات'],
  () => ['تنبيه: هذا الموقع يستخدم ملفات الكوكيز', 'إغلاق ×'],
];

const LOGIN: Variant[] = [
  () => ['تسجيل الدخول'],
  () => ['دخول | تسجيل'],
  () => ['تسجيل الدخول / إنشاء حساب'],
  () => ['Sign in', 'Register'],
  () => ['مرحباً بك زائرنا الكريم', 'سجّل دخولك أو أنشئ حساباً جديداً'],
  () => ['اسم المستخدم', 'كلمة المرور', 'تذكرني', 'نسيت كلمة المرور؟', 'دخول'],
  () => ['حسابي'],
];

const GALLERY: Variant[] = [
  (g) => {
    const n = g.rng.int(3, 24);
    return [g.digits(`صورة ${g.rng.int(1, n)} من ${n}`)];
  },
  (g) => {
    const n = g.rng.int(3, 18);
    return [g.digits(`${g.rng.int(1, n)} / ${n}`)];
  },
  (g) => [`الصور (${g.num(3, 30)})`],
  () => ['ألبوم الصور'],
  (g) => [`عرض جميع الصور (${g.num(4, 40)})`],
  () => ['اضغط على الصورة لتكبيرها'],
  (g) => [`ألبوم: ${g.num(4, 25)} صورة`],
];

const CREDIT: Variant[] = [
  (g) => [`تصوير: ${g.name()}`],
  (g) => [`(تصوير: ${g.name()})`],
  (g) => [`الصورة: ${g.rng.pick(AGENCIES_EN)}`],
  (g) => [`Photo: ${g.rng.pick(AGENCIES_EN)}`],
  () => ['صورة أرشيفية'],
  (g) => [`(أرشيفية - ${g.rng.pick(AGENCIES_AR)})`],
  (g) => [`عدسة: ${g.name()}`],
  (g) => [`© ${g.rng.pick(AGENCIES_EN)}`],
];

const TICKER: Variant[] = [
  (g) => g.a.titles(1).map((t) => `عاجل: ${t}`),
  (g) => g.a.titles(1).map((t) => `عاجل | ${t}`),
  (g) => g.a.titles(1).map((t) => `آخر الأخبار: ${t}`),
  (g) => ['شريط الأخبار', ...g.a.titles(g.rng.int(2, 3))],
  (g) => g.a.titles(1).map((t) => `Breaking News: ${t}`),
  (g) => [g.a.titles(2).join(' ••• ')],
  (g) => ['عاجل', ...g.a.titles(1)],
];

const PREVNEXT: Variant[] = [
  (g) => {
    const [a, b] = g.a.titles(2);
    return ['الخبر السابق', a ?? '', 'الخبر التالي', b ?? ''];
  },
  (g) => {
    const [a, b] = g.a.titles(2);
    return [`« السابق: ${a}`, `التالي »: ${b}`];
  },
  (g) => ['المقال السابق', ...g.a.titles(1)],
  (g) => {
    const [a, b] = g.a.titles(2);
    return ['Previous', a ?? '', 'Next', b ?? ''];
  },
  (g) => g.a.titles(1).map((t) => `الخبر التالي: ${t}`),
  (g) => {
    const [a, b] = g.a.titles(2);
    return [`السابق ${a}`, `التالي ${b}`];
  },
];

const RATING: Variant[] = [
  () => ['قيّم هذا الخبر', '★★★★☆'],
  (g) => [g.digits(`التقييم: ${g.rng.int(2, 4)}.${g.rng.int(0, 9)} من 5 (${g.rng.int(3, 400)} صوت)`)],
  (g) => ['هل أعجبك هذا الخبر؟', `نعم (${g.num(0, 300)})`, `لا (${g.num(0, 80)})`],
  (g) => [`أعجبني ${g.num(0, 500)}`, `لم يعجبني ${g.num(0, 90)}`],
  () => ['تقييم المقال', '1 2 3 4 5'],
  (g) => [`★★★☆☆ ${g.rng.int(2, 4)}/5`],
  () => ['هل كان هذا المحتوى مفيداً؟ نعم لا'],
];

const VIEWS: Variant[] = [
  (g) => [`عدد المشاهدات: ${g.num(40, 95000, true)}`],
  (g) => [`قراءات: ${g.num(20, 9000)}`],
  (g) => [`شوهد ${g.num(50, 30000, true)} مرة`],
  (g) => [`${g.num(100, 60000, true)} مشاهدة`],
  (g) => [`Views: ${g.rng.int(50, 40000)}`],
  (g) => [`عدد القراء ${g.num(10, 7000)}`],
];

const APP: Variant[] = [
  (g) => [`حمّل تطبيق ${g.site.ar}`, 'App Store', 'Google Play'],
  () => ['Download on the App Store', 'Get it on Google Play'],
  (g) => [`تطبيق ${g.site.ar} متوفر الآن على أجهزة آيفون وأندرويد`],
  () => ['حمّل التطبيق الآن'],
  (g) => [`تابع الأخبار العاجلة أولاً بأول عبر تطبيق ${g.site.ar} للهواتف الذكية`],
  () => ['متوفر على', 'App Store', 'Google Play'],
];

const SMS: Variant[] = [
  (g) => [`لمتابعة أخبار ${g.site.ar} عبر الواتساب أرسل كلمة «اشتراك» إلى الرقم ${g.phone()}`],
  (g) => [`خدمة ${g.site.ar} الإخبارية على الجوال`, `للاشتراك أرسل الرقم (${g.num(1, 9)}) إلى:`, `${g.short()} - STC`, `${g.short()} - موبايلي`, `${g.short()} - زين`],
  (g) => ['اشترك في خدمة الرسائل القصيرة SMS ليصلك الخبر العاجل فور وقوعه', `قيمة الاشتراك ${g.num(10, 15)} ريالاً شهرياً`],
  (g) => [`أضف الرقم ${g.phone()} إلى قائمة الأسماء وأرسل "تفعيل" عبر واتساب`],
  (g) => [`للإبلاغ عن خبر أو إرسال صور: واتساب ${g.phone()}`],
  (g) => [`قناة ${g.site.ar} على واتساب`, `الاشتراك مجاني: أرسل 1 إلى ${g.short()}`],
];

const VARIANTS: Record<Kind, Variant[]> = {
  nav: NAV,
  breadcrumb: BREADCRUMB,
  share: SHARE,
  font: FONT,
  'print-email': PRINT,
  date: DATE,
  byline: BYLINE,
  agency: AGENCY,
  related: RELATED_HEADS.flatMap((h) => [0, 1, 2, 3, 4, 5].map((s) => relatedVariant(h, s))),
  'most-read': MOSTREAD_HEADS.flatMap((h) => [0, 1, 2, 3, 4, 5].map((s) => relatedVariant(h, s))),
  tags: TAGS_V,
  comments: COMMENTS,
  follow: FOLLOW,
  newsletter: NEWSLETTER,
  ad: AD,
  copyright: COPYRIGHT,
  footer: FOOTER,
  cookie: COOKIE,
  login: LOGIN,
  gallery: GALLERY,
  'caption-credit': CREDIT,
  ticker: TICKER,
  'prev-next': PREVNEXT,
  rating: RATING,
  views: VIEWS,
  app: APP,
  'whatsapp-sms': SMS,
};

/** Inline "read also" line placed between paragraphs. */
const INLINE_RELATED: ((t: string) => string)[] = [
  (t) => `اقرأ أيضاً: ${t}`,
  (t) => `اقرأ أيضا.. ${t}`,
  (t) => `ذات صلة: ${t}`,
  (t) => `طالع أيضاً: ${t}`,
  (t) => `Read also: ${t}`,
];

/**
 * The chrome of one site (one dump file): a variant per kind, some kinds cached so the file repeats
 * them verbatim across its articles.
 */
export class SiteChrome {
  private readonly choice = new Map<Kind, number[]>();
  private readonly cache = new Map<Kind, string[]>();
  private readonly inlineRel: number;
  readonly arabDigitsP: number;
  /** Kinds that are template in this file (TEMPLATE plus a per-site draw for a few others). */
  private readonly templ: Set<Kind>;

  constructor(
    private readonly rng: Rng,
    readonly site: SiteName,
  ) {
    this.arabDigitsP = rng.pick([0, 0, 0.15, 0.5, 0.9]);
    for (const k of KINDS) {
      const n = VARIANTS[k].length;
      // most kinds keep one wording per site; date and byline sometimes mix two
      const alts = (k === 'date' || k === 'ad' || k === 'byline') && rng.chance(0.35) ? 2 : 1;
      this.choice.set(k, rng.sample([...Array(n).keys()], alts));
    }
    this.inlineRel = rng.int(0, INLINE_RELATED.length - 1);
    this.templ = new Set(TEMPLATE);
    if (rng.chance(0.5)) this.templ.add('breadcrumb');
    if (rng.chance(0.6)) this.templ.add('ad');
    if (rng.chance(0.5)) this.templ.add('share');
  }

  lines(kind: Kind, a: ArticleCtx): string[] {
    const cached = this.cache.get(kind);
    if (cached) return cached;
    const idxs = this.choice.get(kind) ?? [0];
    const v = VARIANTS[kind][this.rng.pick(idxs)] as Variant;
    const out = v(new Gen(this.rng, this.site, this.arabDigitsP, a)).map((l) => l.trim()).filter((l) => l.length > 0);
    if (this.templ.has(kind)) this.cache.set(kind, out);
    return out;
  }

  inlineRelated(a: ArticleCtx): string[] {
    const f = INLINE_RELATED[this.inlineRel] as (t: string) => string;
    return a.titles(1).map(f);
  }
}
