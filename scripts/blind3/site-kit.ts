/**
 * What a site template needs: the page context handed to it, the shape of the
 * chrome it returns, and small shared helpers (calendar, numbers, names).
 * The wordings themselves live in one file per imaginary site.
 */
import type { Rng } from './prng.js';

export interface Line {
  kind: string;
  text: string;
}
/** Consecutive chrome lines of one widget. */
export type Block = Line[];

export type SectionKey = 'local' | 'politics' | 'economy' | 'sport' | 'world' | 'culture' | 'misc';

export interface Moment {
  /** UTC midnight of the day */
  day: Date;
  hour: number;
  minute: number;
}

/** Other records' titles, handed out one by one for list widgets. */
export class TitleSource {
  private i = 0;
  private readonly titles: string[];
  constructor(rng: Rng, titles: readonly string[], exclude: ReadonlySet<string>) {
    this.titles = rng.shuffle(titles.filter((t) => !exclude.has(t)));
  }
  next(): string {
    const t = this.titles[this.i % this.titles.length];
    this.i++;
    if (t === undefined) throw new Error('no titles');
    return t;
  }
  take(n: number): string[] {
    return Array.from({ length: n }, () => this.next());
  }
}

/** Values that stay the same for every page of one dump file. */
export class FileState {
  private readonly memo = new Map<string, unknown>();
  constructor(
    readonly rng: Rng,
    /** widgets written one word per line in this file */
    readonly perLine: boolean,
  ) {}
  once<T>(key: string, make: () => T): T {
    if (!this.memo.has(key)) this.memo.set(key, make());
    return this.memo.get(key) as T;
  }
}

export interface PageCtx {
  rng: Rng;
  headline: string;
  paragraphCount: number;
  when: Moment;
  section: SectionKey;
  titles: TitleSource;
  file: FileState;
}

export interface Weights {
  /** blank lines to put: [count, weight] */
  readonly choices: readonly (readonly [number, number])[];
}

export interface Site {
  key: string;
  /** Site header: masthead, menu, top widgets. */
  header(c: PageCtx): Block[];
  /** Just above the headline: breadcrumb, section label, date. */
  preHeadline(c: PageCtx): Block[];
  /** Between the headline (and subtitle) and the first paragraph. */
  postHeadline(c: PageCtx): Block[];
  /** Something dropped between two paragraphs (ad, read-also, credit...). */
  between(c: PageCtx, afterParagraph: number): Block[];
  /** Chance that a gap between paragraphs receives `between` chrome. */
  betweenRate: number;
  /** After the last paragraph: tags, share, related, comments... */
  postBody(c: PageCtx): Block[];
  /** Site footer. */
  footer(c: PageCtx): Block[];
  /** In a stream of articles (infinite scroll), what separates two of them. */
  streamSeparator(c: PageCtx): Block[];
  /** Blank lines between paragraphs, between chrome blocks, inside a block. */
  gaps: { para: Weights; block: Weights; inside: Weights };
  /** Chance of CRLF line ends for a file of this site. */
  crlf: number;
}

// ---------------------------------------------------------------- calendar

export const WEEKDAYS = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];
export const MONTHS = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];
export const MONTHS_LEVANT = ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'];
export const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Hijri day and month for mid-2015 (1 Shawwal 1436 = 17 July 2015). */
export function hijri(day: Date): { d: number; month: string; year: number } {
  const n = Math.round((day.getTime() - Date.UTC(2015, 6, 17)) / 86400000) + 1;
  if (n < 1) return { d: 29 + n, month: 'رمضان', year: 1436 };
  if (n > 30) return { d: n - 30, month: 'ذو القعدة', year: 1436 };
  return { d: n, month: 'شوال', year: 1436 };
}

export const pad2 = (n: number): string => String(n).padStart(2, '0');
export const wd = (m: Moment): string => WEEKDAYS[m.day.getUTCDay()] ?? '';
export const dd = (m: Moment): number => m.day.getUTCDate();
export const mo = (m: Moment): number => m.day.getUTCMonth() + 1;
export const yy = (m: Moment): number => m.day.getUTCFullYear();
export const monthAr = (m: Moment): string => MONTHS[m.day.getUTCMonth()] ?? '';
export const monthLev = (m: Moment): string => MONTHS_LEVANT[m.day.getUTCMonth()] ?? '';
export const monthEn = (m: Moment): string => MONTHS_EN[m.day.getUTCMonth()] ?? '';
export const hm = (m: Moment): string => `${pad2(m.hour)}:${pad2(m.minute)}`;
/** 12-hour clock with the Arabic AM/PM letter. */
export const hm12 = (m: Moment): string => {
  const h = m.hour % 12 === 0 ? 12 : m.hour % 12;
  return `${h}:${pad2(m.minute)} ${m.hour < 12 ? 'ص' : 'م'}`;
};
export const later = (m: Moment, minutes: number): Moment => {
  const t = m.hour * 60 + m.minute + minutes;
  const days = Math.floor(t / 1440);
  const r = t - days * 1440;
  return { day: new Date(m.day.getTime() + days * 86400000), hour: Math.floor(r / 60), minute: r % 60 };
};

// ---------------------------------------------------------------- numbers

const INDIC = '٠١٢٣٤٥٦٧٨٩';
/** Arabic-Indic digits. */
export const ind = (s: string | number): string => String(s).replace(/[0-9]/g, (d) => INDIC[Number(d)] ?? d);
export const thousands = (n: number, sep = ','): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
export const fixed = (x: number, k: number): string => x.toFixed(k);

// ---------------------------------------------------------------- people and places (invented)

export const REPORTERS = [
  'فهد السالم', 'نورة العبدالله', 'ماجد الحربي', 'سارة الغامدي', 'خالد الشمري', 'هند الزهراني',
  'عبدالرحمن المطيري', 'ريم القحطاني', 'تركي العنزي', 'منيرة الدوسري', 'ياسر البقمي', 'لمى الشهري',
  'سلطان العمري', 'أمل الرشيدي', 'بدر الجهني', 'وعد السبيعي', 'نايف الخالدي', 'جواهر الفيفي',
];
export const PHOTOGRAPHERS = ['سامي الحربي', 'علي العسيري', 'محمد الصيعري', 'حمد الرويلي', 'عادل الغامدي', 'إبراهيم الزهراني'];
export const CITIES = ['الرياض', 'جدة', 'الدمام', 'مكة المكرمة', 'المدينة المنورة', 'أبها', 'تبوك', 'بريدة', 'الطائف', 'جازان', 'حائل', 'الأحساء'];

// ---------------------------------------------------------------- words of the page

const STOP = new Set([
  'في', 'من', 'على', 'إلى', 'الى', 'عن', 'مع', 'بعد', 'قبل', 'خلال', 'بين', 'حتى', 'التي', 'الذي', 'الذين', 'هذا', 'هذه',
  'أن', 'إن', 'أو', 'ثم', 'لا', 'لم', 'لن', 'قد', 'ما', 'كل', 'عند', 'منذ', 'غير', 'حول', 'ضد', 'عبر', 'أمام', 'تحت', 'فوق',
]);

/** A few distinct words of the headline, cleaned of punctuation, for tag widgets. */
export function headlineWords(c: PageCtx, n: number): string[] {
  const ws = c.headline
    .split(/\s+/)
    .map((w) => w.replace(/[^\u0621-\u064a\u0660-\u0669]/g, ''))
    .filter((w) => w.length >= 4 && !STOP.has(w));
  return c.rng.sample([...new Set(ws)], n);
}

const SECTION_RULES: readonly (readonly [SectionKey, RegExp])[] = [
  ['sport', /نادي|الهلال|النصر|الأهلي|الاتحاد|الشباب|مباراة|لاعب|كرة|الدوري|منتخب|مدرب|الملعب|بطولة|هدف|أولمبي/],
  ['economy', /النفط|أسهم|الأسهم|مليار|مليون|ريال|دولار|السوق|أسواق|شركة|شركات|بنك|أرباح|اقتصاد|استثمار|تجار/],
  ['politics', /الحوثي|اليمن|داعش|إيران|الرئيس|وزير الخارجية|مجلس الأمن|المقاومة|سوريا|العراق|ليبيا|الإرهاب/],
  ['culture', /ثقاف|أدب|شعر|مسرح|كتاب|رواية|فن|مهرجان|معرض/],
  ['local', /أمير|أمانة|بلدية|تعليم|وزارة|الدفاع المدني|المرور|مستشفى|جامعة|محافظ/],
];

export function sectionOf(text: string, rng: Rng): SectionKey {
  for (const [k, re] of SECTION_RULES) if (re.test(text)) return k;
  return rng.pick(['world', 'misc', 'local'] as const);
}

/** The same widget either on one line (joined) or one item per line. */
export function widget(kind: string, label: string | null, items: readonly string[], perLine: boolean, sep: string): Block {
  if (perLine) return [...(label ? [label] : []), ...items].map((text) => ({ kind, text }));
  return [{ kind, text: (label ? label + ' ' : '') + items.join(sep) }];
}

export const one = (kind: string, text: string): Block => [{ kind, text }];
export const lines = (kind: string, texts: readonly string[]): Block => texts.map((text) => ({ kind, text }));

/** A counted noun the Arabic way: one / two / 3–10 (plural) / 11+ (singular). */
export function countAr(n: number, one: string, two: string, few: string, many: string): string {
  if (n === 1) return one;
  if (n === 2) return two;
  if (n >= 3 && n <= 10) return `${n} ${few}`;
  return `${n} ${many}`;
}
export const hoursAgo = (n: number): string => `منذ ${countAr(n, 'ساعة', 'ساعتين', 'ساعات', 'ساعة')}`;
export const minutesAgo = (n: number): string => `منذ ${countAr(n, 'دقيقة', 'دقيقتين', 'دقائق', 'دقيقة')}`;
