// The page-chrome kinds of the blind generator: each kind is a list of wordings (variants), each variant
// returns the lines of one chrome block. Every wording here was written for this generator.
import { type Rng, chance, int, pick, sample } from './prng.js';
import {
  AGENCIES, BRANDS, BRANDS_EN, CITIES, DAYS, DAYS_EN, HANDLES, HIJRI_MONTHS, MONTHS, MONTHS_EN, MONTHS_LEVANT,
  NETWORKS, NETWORKS_EN, SECTIONS, SECTIONS_EN, TAGS, count, hijri, indic, pad2, personName,
} from './chrome-words.js';

/** What a wording may draw on: the article's date, author and headline, and other records' headlines. */
export interface ChromeCtx {
  date: Date;
  author: string;
  title: string;
  otherTitles: (n: number) => string[];
}

export type Variant = (r: Rng, c: ChromeCtx) => string[];

const one = (s: string): string[] => [s];
const year = (c: ChromeCtx): number => c.date.getUTCFullYear();
const ampm = (h: number): string => (h < 12 ? 'ص' : 'م');
const h12 = (h: number): number => (h % 12 === 0 ? 12 : h % 12);

// «الثلاثاء 21 يوليو 2015» and kin: the date of the record, at a random time of day.
const DATE_VARIANTS: Variant[] = [
  (r, c) => { const d = c.date, h = int(r, 0, 23); return one(`نشر في: ${pad2(d.getUTCDate())}/${pad2(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} - ${pad2(h12(h))}:${pad2(int(r, 0, 59))} ${ampm(h)}`); },
  (_r, c) => { const d = c.date; return one(`${DAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`); },
  (r, c) => { const d = c.date; return one(`آخر تحديث: ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} - ${pad2(int(r, 0, 23))}:${pad2(int(r, 0, 59))}`); },
  (_r, c) => { const d = c.date; return one(`تاريخ النشر: ${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`); },
  (_r, c) => { const d = c.date; return one(`${DAYS[d.getUTCDay()]} - ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} (${MONTHS_LEVANT[d.getUTCMonth()]}) ${d.getUTCFullYear()} مـ`); },
  (r, c) => one(`منذ ${pick(r, ['ساعة', 'ساعتين', `${int(r, 3, 10)} ساعات`, `${int(r, 2, 50)} دقيقة`, 'يوم'])}`),
  (r, c) => { const d = c.date; return one(`${DAYS_EN[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS_EN[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad2(int(r, 0, 23))}:${pad2(int(r, 0, 59))} GMT`); },
  (_r, c) => { const d = c.date, h = hijri(d); const g = `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}م`; return one(h ? `${DAYS[d.getUTCDay()]} ${h.day} ${HIJRI_MONTHS[h.month - 1]} ${h.year}هـ - ${g}` : g); },
  (r, c) => { const d = c.date; return one(indic(`${pad2(d.getUTCDate())}-${pad2(d.getUTCMonth() + 1)}-${d.getUTCFullYear()} | ${pad2(int(r, 0, 23))}:${pad2(int(r, 0, 59))}`)); },
  (r, c) => { const d = c.date; return [`نُشر: ${d.getUTCFullYear()}/${d.getUTCMonth() + 1}/${d.getUTCDate()}`, `عُدّل: ${d.getUTCFullYear()}/${d.getUTCMonth() + 1}/${d.getUTCDate()} ${int(r, 1, 11)}:${pad2(int(r, 0, 59))}`]; },
];

const shareLine = (r: Rng): string => pick(r, [
  () => `شارك: ${sample(r, NETWORKS, 3).join(' ')}`,
  () => sample(r, NETWORKS, int(r, 3, 5)).join(' | '),
  () => sample(r, NETWORKS_EN, int(r, 3, 5)).join(' '),
  () => `مشاركة عبر: ${sample(r, NETWORKS, 4).join(' - ')}`,
  () => 'انشر على تويتر · شارك على فيسبوك · أرسل عبر واتساب',
  () => `${count(r, 2, 900)} مشاركة ${sample(r, NETWORKS, 3).join(' ')}`,
  () => `Share ${sample(r, NETWORKS_EN, 3).join(' ')}`,
])();

/** A one-line share bar, the kind a scraper may glue to the first body line. */
export function inlineShare(r: Rng): string {
  return shareLine(r);
}

const headed = (heading: string, lines: string[]): string[] => [heading, ...lines];
const related = (_r: Rng, c: ChromeCtx, n: number): string[] => c.otherTitles(n);

/** Every kind with its wordings. */
export const CHROME_KINDS: Record<string, Variant[]> = {
  share: [
    (r) => one(shareLine(r)),
    (r) => one(shareLine(r)),
    (r) => headed(pick(r, ['شارك الخبر', 'شارك', 'مشاركة']), sample(r, NETWORKS, int(r, 3, 5))),
    (r) => sample(r, NETWORKS_EN, int(r, 2, 4)),
    (r) => [`تغريد`, `مشاركة`, `${count(r, 0, 400)}`],
  ],
  'font-size': [
    () => one('حجم الخط: أ+ أ-'), () => one('تكبير الخط | تصغير الخط'), () => one('A+ A A-'),
    () => one('الخط: كبير - متوسط - صغير'), () => one('أ أ أ'), () => ['تكبير النص', 'تصغير النص', 'إعادة الضبط'],
  ],
  'print-email': [
    () => one('طباعة'), () => one('طباعة | أرسل لصديق'), () => one('إرسال بالبريد الإلكتروني'),
    () => one('نسخة للطباعة'), () => one('Print | Email'), () => one('اطبع الصفحة · أرسل الرابط · انسخ الرابط'),
    () => ['طباعة', 'إرسال', 'حفظ'],
  ],
  related: [
    (r, c) => headed('اقرأ أيضاً', related(r, c, int(r, 2, 5))),
    (r, c) => headed('أخبار ذات صلة', related(r, c, int(r, 2, 4)).map((t) => `• ${t}`)),
    (r, c) => headed('مواضيع متعلقة:', related(r, c, int(r, 2, 4))),
    (r, c) => headed('قد يهمك أيضاً', related(r, c, int(r, 2, 4)).map((t) => `${t} - منذ ${int(r, 1, 23)} ساعة`)),
    (r, c) => headed('المزيد من الأخبار', related(r, c, int(r, 3, 6))),
    (r, c) => one(`اقرأ أيضاً: ${related(r, c, 1)[0] ?? 'المزيد من الأخبار'}`),
    (r, c) => headed('Related', related(r, c, int(r, 2, 3))),
  ],
  'most-read': [
    (r, c) => headed('الأكثر قراءة', related(r, c, int(r, 3, 5)).map((t, i) => `${i + 1}. ${t}`)),
    (r, c) => headed('الأكثر مشاهدة', related(r, c, int(r, 3, 5))),
    (r, c) => headed('الأكثر تعليقاً', related(r, c, int(r, 2, 4)).map((t, i) => `${indic(String(i + 1))} ${t}`)),
    (r, c) => headed('الأكثر تداولاً اليوم', related(r, c, int(r, 3, 4))),
    (r, c) => headed('Most read', related(r, c, int(r, 3, 5))),
  ],
  tags: [
    (r) => one(`الوسوم: ${sample(r, TAGS, int(r, 2, 5)).join('، ')}`),
    (r) => headed('كلمات دلالية', sample(r, TAGS, int(r, 2, 5))),
    (r) => one(sample(r, TAGS, int(r, 2, 4)).map((t) => `#${t.replace(/ /g, '_')}`).join(' ')),
    (r) => one(`مواضيع: ${sample(r, TAGS, int(r, 2, 4)).join(' - ')}`),
    (r) => one(`Tags: ${sample(r, TAGS, int(r, 2, 4)).join(', ')}`),
    (r) => one(`الكلمات المفتاحية: ${sample(r, TAGS, int(r, 2, 5)).join(' | ')}`),
  ],
  breadcrumb: [
    (r) => one(`الرئيسية > أخبار > ${pick(r, SECTIONS)}`),
    (r) => one(`الرئيسية / ${pick(r, SECTIONS)}`),
    (r) => one(`الرئيسية » ${sample(r, SECTIONS, 2).join(' » ')}`),
    (r) => one(`أنت هنا: الرئيسية - ${pick(r, SECTIONS)}`),
    (r) => one(`Home > ${pick(r, SECTIONS_EN)}`),
    (r) => ['الرئيسية', pick(r, SECTIONS)],
  ],
  date: DATE_VARIANTS,
  comments: [
    (r) => one(`التعليقات (${count(r, 0, 250)})`), (r) => one(`${count(r, 1, 300)} تعليق`), () => one('لا توجد تعليقات'),
    () => one('أضف تعليقاً'), (r) => one(`عدد التعليقات: ${count(r, 0, 99)}`), (r) => one(`${count(r, 0, 120)} Comments`),
    () => ['التعليقات', 'اكتب تعليقك هنا...', 'إرسال'], () => one('التعليقات مغلقة'),
  ],
  views: [
    (r) => one(`عدد القراءات: ${count(r, 40, 98000)}`), (r) => one(`شوهد ${count(r, 10, 20000)} مرة`),
    (r) => one(`${count(r, 100, 50000)} مشاهدة`), (r) => one(`القراءات: ${count(r, 1, 9000)}`),
    (r) => one(`${(int(r, 11, 99) / 10).toFixed(1)}K views`),
  ],
  follow: [
    (r) => one(`تابعونا على تويتر ${pick(r, HANDLES)}`),
    () => one('اشترك في النشرة البريدية ليصلك جديد الأخبار'),
    () => one('تابعنا على: فيسبوك | تويتر | إنستغرام | يوتيوب'),
    () => one('حمّل تطبيقنا على آب ستور وجوجل بلاي'),
    () => one('انضم إلى قناتنا على تيليجرام لتصلك الأخبار العاجلة'),
    () => ['النشرة البريدية', 'أدخل بريدك الإلكتروني', 'اشترك'],
    (r) => one(`Follow us ${pick(r, HANDLES)}`),
  ],
  ad: [
    () => one('إعلان'), () => one('- إعلان -'), () => one('مساحة إعلانية'), () => one('Advertisement'),
    () => one('ADVERTISEMENT'), () => one('إعلان ممول'), () => one('إعلانات'),
  ],
  footer: [
    (r, c) => one(`جميع الحقوق محفوظة © ${year(c)}`),
    (r, c) => one(`© ${year(c)} ${pick(r, BRANDS)}. جميع الحقوق محفوظة`),
    (r, c) => one(`حقوق النشر محفوظة لـ${pick(r, BRANDS)} ${indic(String(year(c)))}`),
    (r, c) => one(`All rights reserved © ${year(c)} ${pick(r, BRANDS_EN)}`),
    () => one('يُمنع النسخ أو إعادة النشر دون إذن مسبق من الناشر'),
    (r) => sample(r, ['من نحن', 'اتصل بنا', 'سياسة الخصوصية', 'شروط الاستخدام', 'أعلن معنا', 'خريطة الموقع'], int(r, 3, 6)),
    (r, c) => [`${pick(r, BRANDS)}`, `جميع الحقوق محفوظة ${year(c) - int(r, 0, 1)} - ${year(c)}`],
  ],
  gallery: [
    (r) => { const n = int(r, 3, 24); return one(`${int(r, 1, n)} / ${n}`); },
    (r) => { const n = int(r, 3, 15); return one(`الصورة ${int(r, 1, n)} من ${n}`); },
    (r) => one(`عرض الصور (${count(r, 3, 30)})`),
    (r) => one(`ألبوم الصور: ${count(r, 3, 40)} صورة`),
    (r) => { const n = int(r, 3, 12); return one(`◀ ${int(r, 1, n)}/${n} ▶`); },
    () => one('شاهد الصور'),
    (r) => { const n = int(r, 3, 9); return one(indic(`${int(r, 1, n)} / ${n}`)); },
  ],
  'agency-mark': [
    () => one('ـ (واس)'), (r) => one(`(${pick(r, AGENCIES)})`), (r) => one(`- ${pick(r, AGENCIES)}`),
    () => one('المصدر: وكالات'), () => one('(رويترز)'), (r) => one(`ـ (${pick(r, AGENCIES)})`), () => one('واس'),
  ],
  'contact-sms': [
    (r) => one(`للاشتراك في خدمة الأخبار العاجلة أرسل الرقم ${int(r, 1, 9)} إلى ${int(r, 80000, 89999)}`),
    (r) => one(`للتواصل مع التحرير: news${int(r, 1, 99)}@example.com`),
    (r) => one(`هاتف: 011${int(r, 2000000, 4999999)} - فاكس: 011${int(r, 2000000, 4999999)}`),
    (r) => one(`خدمة الرسائل القصيرة: أرسل (خبر) إلى ${int(r, 700000, 709999)}`),
    (r) => one(`واتساب التحرير: 05${int(r, 10000000, 99999999)}`),
    (r) => [`ص.ب ${int(r, 100, 9999)} ${pick(r, CITIES)} ${int(r, 11000, 11999)}`, `الهاتف المجاني: 800${int(r, 1000000, 9999999)}`],
  ],
  byline: [
    (r, c) => one(c.author.trim() !== '' ? c.author.trim() : `${pick(r, CITIES)} - ${personName(r)}`),
    (r) => one(`كتب: ${personName(r)}`),
    (r) => one(`${pick(r, CITIES)} - ${personName(r)}`),
    (r) => one(`${pick(r, CITIES)}: ${personName(r)}`),
    (r) => one(`بقلم: ${personName(r)}`),
    (r) => one(`${pick(r, CITIES)} - ${pick(r, AGENCIES)}`),
    () => one('متابعات'),
    (r) => one(`تقرير: ${personName(r)} - ${pick(r, CITIES)}`),
  ],
  dateline: [
    (r) => one(pick(r, CITIES)),
    (r, c) => one(`${pick(r, CITIES)} - ${DAYS[c.date.getUTCDay()]}`),
    (r, c) => one(`${pick(r, CITIES)}، ${c.date.getUTCDate()} ${MONTHS[c.date.getUTCMonth()]}`),
    (r) => one(`${pick(r, CITIES)} –`),
    (r, c) => one(`${pick(r, CITIES)} (${DAYS[c.date.getUTCDay()]})`),
  ],
  nav: [
    (r) => one(['الرئيسية', ...sample(r, SECTIONS, int(r, 4, 7)), 'فيديو'].join(' | ')),
    (r) => ['الرئيسية', ...sample(r, SECTIONS, int(r, 3, 6))],
    (r) => one(['الرئيسية', ...sample(r, SECTIONS, 4), 'اتصل بنا'].join('  ')),
    (r) => one(['Home', ...sample(r, SECTIONS_EN, 4)].join(' | ')),
    () => one('☰ القائمة'), () => one('بحث'),
    (r) => ['القائمة', ...sample(r, SECTIONS, int(r, 2, 4)), 'المزيد'],
  ],
  'photo-caption': [
    () => one('صورة أرشيفية'), () => one('(صورة أرشيفية)'),
    (r) => one(`من المؤتمر الصحفي (تصوير: ${personName(r)})`),
    (r) => one(`جانب من الاجتماع (${pick(r, AGENCIES)})`),
    (r) => one(`لقطة من الحدث - ${pick(r, AGENCIES)}`),
    () => one('الصورة: أرشيف الصحيفة'),
    (r) => one(`${personName(r)} (${pick(r, AGENCIES)})`),
    (r) => { const s = `جانب من الموقع في ${pick(r, CITIES)} (${pick(r, AGENCIES)})`; return [s, s]; },
  ],
  'headline-repeat': [(_r, c) => one(c.title)],
  rating: [
    () => one('قيّم هذا الخبر'), (r) => one(`★★★★☆ (${count(r, 2, 400)} تقييم)`), (r) => one(`التقييم: ${int(r, 1, 5)}/5`),
    () => one('هل أعجبك هذا المقال؟ نعم | لا'), (r) => one(`أعجبني (${count(r, 0, 999)})`),
  ],
  'prev-next': [
    () => one('المقال السابق'), () => one('الخبر التالي'),
    (r, c) => one(`السابق: ${related(r, c, 1)[0] ?? ''}`.trim()),
    (r, c) => [`التالي`, related(r, c, 1)[0] ?? 'الخبر التالي'],
    () => one('« الخبر السابق | الخبر التالي »'),
  ],
  cookie: [
    () => one('يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك. موافق'),
    () => ['نستخدم الكوكيز لتقديم أفضل تجربة تصفح.', 'أوافق'],
    () => one('This site uses cookies. Accept'),
    () => one('باستمرارك في التصفح فإنك توافق على سياسة الخصوصية'),
  ],
  ticker: [
    (r) => one(sample(r, CITIES, 3).map((c) => `${c} ${int(r, 24, 47)}°`).join(' | ')),
    (r) => one(`أسعار العملات: الدولار ${(3.74 + r() * 0.02).toFixed(2)} ريال`),
    (r) => one(`تاسي ${int(r, 8000, 9900)}.${pad2(int(r, 0, 99))} ${chance(r, 0.5) ? '▲' : '▼'} ${(r() * 2).toFixed(2)}%`),
    (_r, c) => one(`عاجل: ${c.otherTitles(1)[0] ?? 'تابعوا التغطية المباشرة'}`),
    (r) => one(`مواقيت الصلاة: الفجر ${int(r, 3, 4)}:${pad2(int(r, 0, 59))} الظهر 12:${pad2(int(r, 0, 30))}`),
  ],
  login: [
    () => one('تسجيل الدخول'), () => one('حسابي | تسجيل خروج'), () => one('دخول / تسجيل'),
    () => one('Sign in'), () => ['دخول', 'اشتراك'],
  ],
};

/** Every kind name, in table order. */
export const KIND_NAMES: readonly string[] = Object.keys(CHROME_KINDS);
