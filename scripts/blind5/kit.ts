// Shared pieces for the site templates: the site interface, dates (Gregorian
// and Hijri), invented names, the pool of other records' titles, and the
// helpers that write an article's own text.

import type { PageWriter, Role, WriterStyle } from './layout.js';
import { wrap, sentences } from './layout.js';
import type { Rng } from './prng.js';
import type { Rec } from './records.js';
import { wordCount } from './records.js';

export interface Env {
  rng: Rng;
  pool: Pool;
  fileNo: number;
}

export interface Site {
  id: string;
  /** Outlets whose records this site prefers to carry. */
  outlets: readonly string[];
  /** Title words that make a record fit the site (sports, economy). */
  topic?: RegExp;
  /** Article counts a file of this site may hold. */
  perFile: readonly number[];
  style(rng: Rng): WriterStyle;
  render(w: PageWriter, recs: Rec[], env: Env): void;
}

// ------------------------------------------------------------------ pool

export interface Teaser {
  title: string;
  teaser: string;
  rec: Rec;
}

/** Other records, used only for chrome: tickers, related lists, teasers. */
export class Pool {
  constructor(
    private readonly titled: Rec[],
    private readonly clean: Rec[],
  ) {}

  titles(rng: Rng, n: number): string[] {
    const out = new Set<string>();
    while (out.size < n) out.add(rng.pick(this.titled).title);
    return [...out];
  }

  teasers(rng: Rng, n: number, maxWords = 24): Teaser[] {
    const out: Teaser[] = [];
    const seen = new Set<string>();
    while (out.length < n) {
      const rec = rng.pick(this.clean);
      if (seen.has(rec.id)) continue;
      seen.add(rec.id);
      const words = (rec.paras[0] ?? '').split(' ');
      const k = Math.min(words.length, rng.int(12, maxWords));
      const teaser = words.slice(0, k).join(' ') + (k < words.length ? rng.pick(['...', '…', ' ...', '']) : '');
      out.push({ title: rec.title, teaser, rec });
    }
    return out;
  }
}

// ------------------------------------------------------------------ numbers

const EASTERN = '٠١٢٣٤٥٦٧٨٩';
export function eastern(s: string | number): string {
  return String(s).replace(/[0-9]/g, (d) => EASTERN[Number(d)] as string);
}
export const pad2 = (n: number): string => String(n).padStart(2, '0');
export function thousands(n: number, sep = ','): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

// ------------------------------------------------------------------ dates

export interface When {
  y: number;
  m: number; // 1-12
  d: number;
  hh: number;
  mm: number;
  wd: number; // 0 = Sunday
  hy: number;
  hm: number;
  hd: number;
}

export const MONTHS_EG = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];
export const MONTHS_LEV = ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'];
export const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const MONTHS_HIJRI = ['محرم', 'صفر', 'ربيع الأول', 'ربيع الآخر', 'جمادى الأولى', 'جمادى الآخرة', 'رجب', 'شعبان', 'رمضان', 'شوال', 'ذو القعدة', 'ذو الحجة'];
export const WEEKDAYS = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];
export const WEEKDAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function gregorianToJdn(y: number, m: number, d: number): number {
  const a = Math.floor((14 - m) / 12);
  const yy = y + 4800 - a;
  const mm = m + 12 * a - 3;
  return d + Math.floor((153 * mm + 2) / 5) + 365 * yy + Math.floor(yy / 4) - Math.floor(yy / 100) + Math.floor(yy / 400) - 32045;
}

function islamicToJdn(y: number, m: number, d: number): number {
  return d + Math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + Math.floor((3 + 11 * y) / 30) + 1948439 - 1;
}

/** Tabular Islamic calendar (close to Umm al-Qura, may differ by a day). */
export function hijri(y: number, m: number, d: number): [number, number, number] {
  const jdn = gregorianToJdn(y, m, d);
  const hy = Math.floor((30 * (jdn - 1948439) + 10646) / 10631);
  const hm = Math.min(12, Math.ceil((jdn - (29 + islamicToJdn(hy, 1, 1))) / 29.5) + 1);
  const hd = jdn - islamicToJdn(hy, hm, 1) + 1;
  return [hy, hm, hd];
}

export function when(rec: Rec, rng: Rng): When {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}))?/.exec(rec.date) ?? /^(\d{4})-(\d{2})-(\d{2})/.exec(rec.day);
  const y = Number(m?.[1] ?? 2015);
  const mo = Number(m?.[2] ?? 7);
  const d = Number(m?.[3] ?? 21);
  const hh = m?.[4] !== undefined ? Number(m[4]) : rng.int(6, 22);
  const mm = m?.[5] !== undefined ? Number(m[5]) : rng.int(0, 59);
  const wd = (gregorianToJdn(y, mo, d) + 1) % 7;
  const [hy, hm, hd] = hijri(y, mo, d);
  return { y, m: mo, d, hh, mm, wd, hy, hm, hd };
}

export function gDate(t: When, rng: Rng): string {
  const M = MONTHS_EG[t.m - 1] as string;
  const L = MONTHS_LEV[t.m - 1] as string;
  return rng.pick([
    `${t.d} ${M} ${t.y}`,
    `${t.d} ${M}، ${t.y}`,
    `${WEEKDAYS[t.wd]} ${t.d} ${M} ${t.y}`,
    `${pad2(t.d)}/${pad2(t.m)}/${t.y}`,
    `${t.y}-${pad2(t.m)}-${pad2(t.d)}`,
    `${t.d} ${M} (${L}) ${t.y}`,
    eastern(`${t.d}`) + ` ${M} ` + eastern(`${t.y}`),
    `${t.d}.${t.m}.${t.y}`,
  ]);
}

export function hDate(t: When, rng: Rng): string {
  const H = MONTHS_HIJRI[t.hm - 1] as string;
  return rng.pick([
    `${t.hd} ${H} ${t.hy} هـ`,
    `${t.hd} ${H} ${t.hy}هـ`,
    `${t.hy}/${pad2(t.hm)}/${pad2(t.hd)}هـ`,
    eastern(`${t.hd}`) + ` ${H} ` + eastern(`${t.hy}`) + 'هـ',
  ]);
}

export function clock(t: When, rng: Rng): string {
  const h12 = t.hh % 12 === 0 ? 12 : t.hh % 12;
  const ampm = t.hh < 12 ? 'ص' : 'م';
  return rng.pick([
    `${pad2(t.hh)}:${pad2(t.mm)}`,
    `${h12}:${pad2(t.mm)} ${ampm}`,
    `${h12}:${pad2(t.mm)} ${t.hh < 12 ? 'صباحاً' : 'مساءً'}`,
    eastern(`${h12}:${pad2(t.mm)}`) + ` ${ampm}`,
  ]);
}

// ------------------------------------------------------------------ people

export const FIRST = ['محمد', 'عبدالله', 'فهد', 'سعد', 'خالد', 'نورة', 'ريم', 'سارة', 'ماجد', 'تركي', 'ناصر', 'هيفاء', 'منيرة', 'عبدالرحمن', 'فيصل', 'سلطان', 'بندر', 'مشاعل', 'عبدالعزيز', 'يوسف', 'أحمد', 'علي', 'عمر', 'هند', 'لمياء', 'وليد', 'طلال', 'حسن', 'مها', 'نايف'];
export const LAST = ['العتيبي', 'الحربي', 'القحطاني', 'الشمري', 'الدوسري', 'الغامدي', 'الزهراني', 'المالكي', 'السبيعي', 'العنزي', 'المطيري', 'الشهري', 'البقمي', 'الجهني', 'الرشيدي', 'السهلي', 'الخالدي', 'العمري', 'الأحمدي', 'اليامي', 'الفيفي', 'النجار', 'الحداد', 'الصالح'];
export const CITIES = ['الرياض', 'جدة', 'مكة المكرمة', 'المدينة المنورة', 'الدمام', 'أبها', 'تبوك', 'حائل', 'الطائف', 'بريدة', 'جازان', 'نجران', 'الخبر', 'الأحساء', 'القاهرة', 'دبي', 'بيروت', 'لندن', 'الكويت', 'المنامة'];
export const HANDLES = ['أبو فيصل', 'مواطن غيور', 'ابن الديرة', 'متابع', 'أم عبدالله', 'زائر', 'صقر الجنوب', 'راعي الأولة', 'نجدية', 'أبو خالد', 'محب الوطن', 'سعودي', 'قارئ قديم', 'Ahmed', 'abu_nasser', 'فاعل خير', 'المتفائل', 'طالب جامعي'];
export const COMMENT_TEXTS = [
  'الله يحفظ بلادنا من كل شر', 'خبر جميل شكراً على النقل', 'متى يبدأ التطبيق فعلياً؟', 'نتمنى المتابعة وعدم الاكتفاء بالتصريحات',
  'كلام جميل لكن الواقع شي ثاني', 'ما شاء الله تبارك الله', 'وين الجهات المختصة من زمان؟', 'أتمنى أن يشمل القرار جميع المناطق',
  'الله يعطيكم العافية', 'مقال رائع وفي الصميم', 'لا حول ولا قوة إلا بالله', 'شكراً للمحرر على التغطية',
  'ننتظر النتائج على أرض الواقع', 'هذا اللي نبيه من زمان', 'الموضوع يحتاج دراسة أكثر', 'أحسنتم والله',
  'للأسف تأخرنا كثير', 'الله يوفق الجميع', 'نقطة مهمة جداً تستحق النقاش', 'يا ليت يكون فيه رقابة',
];

export function hoursAgo(rng: Rng): string {
  const n = rng.int(1, 23);
  return n === 1 ? rng.pick(['منذ ساعة', 'قبل ساعة']) : n === 2 ? 'منذ ساعتين' : `منذ ${n} ${n <= 10 ? 'ساعات' : 'ساعة'}`;
}

export function person(rng: Rng): string {
  return `${rng.pick(FIRST)} ${rng.pick(LAST)}`;
}

/** A place named in the record's author field, else a random city. */
export function placeOf(rng: Rng, rec: Rec): string {
  return CITIES.find((x) => rec.author.includes(x)) ?? rng.pick(CITIES);
}

/** A byline: the record's own author field when it is tidy, else invented. */
export function author(rng: Rng, rec: Rec): string {
  const a = rec.author.replace(/&nbsp;/g, ' ').replace(/[:\s]+$/, '').replace(/^[-\s]+/, '').trim();
  if (a && a.split(' ').length <= 6 && !/[0-9@]/.test(a) && rng.chance(0.6)) return a;
  return person(rng);
}

// ------------------------------------------------------------------ article text

export interface ArticleText {
  subtitle: string | null;
  body: string[];
}

/** The first paragraph is a subtitle only when short and two more follow. */
export function articleText(rec: Rec, wantSubtitle: boolean): ArticleText {
  const [first, ...rest] = rec.paras;
  if (wantSubtitle && first !== undefined && wordCount(first) < 30 && rest.length >= 2) {
    return { subtitle: first, body: rest };
  }
  return { subtitle: null, body: rec.paras };
}

export interface BodyOpts {
  /** 'line': a paragraph a line; 'wrap': hard-wrapped; 'sentences': a sentence a line. */
  mode: 'line' | 'wrap' | 'sentences';
  width?: number;
  indent?: string;
  /** Called after paragraph i (not after the last) to put chrome in the body. */
  between?: (i: number) => void;
  /** Blank lines between paragraphs (default: the site's gap). */
  gap?: () => void;
  /** Spaces after sentence ends become no-break or doubled spaces. */
  spaces?: 'nbsp' | 'double';
}

function respace(text: string, how: BodyOpts['spaces']): string {
  if (how === 'nbsp') return text.replace(/([.،:]) (?=\S)/g, '$1\u00a0');
  if (how === 'double') return text.replace(/([.!؟]) (?=\S)/g, '$1   ');
  return text;
}

export function writePara(w: PageWriter, role: Role, text: string, o: BodyOpts): void {
  const indent = o.indent ?? '';
  text = respace(text, o.spaces);
  if (o.mode === 'wrap') w.block(role, wrap(text, o.width ?? 76), indent);
  else if (o.mode === 'sentences') w.block(role, sentences(text), indent);
  else w.block(role, [text], indent);
}

export function writeBody(w: PageWriter, paras: string[], o: BodyOpts): void {
  paras.forEach((p, i) => {
    writePara(w, 'body', p, o);
    if (i < paras.length - 1) {
      if (o.gap) o.gap();
      else w.gap();
      if (o.between) o.between(i);
    }
  });
}

/** A sentence of the body to repeat as a pull quote (8–28 words), or null. */
export function pullQuote(rng: Rng, paras: string[]): string | null {
  const cands = paras.flatMap((p) => sentences(p).filter((s) => s !== p)).filter((s) => {
    const n = wordCount(s);
    return n >= 8 && n <= 28;
  });
  return cands.length ? rng.pick(cands) : null;
}

/** Tags: a few longer words of the title plus generic section tags. */
export function tags(rng: Rng, rec: Rec, extra: readonly string[]): string[] {
  const words = rec.title
    .split(' ')
    .map((x) => x.replace(/[«»"“”'.,،:؛!؟?()]/g, ''))
    .filter((x) => x.length >= 4);
  const out = new Set<string>(rng.sample(words, rng.int(1, 3)));
  for (const e of rng.sample(extra, rng.int(1, 3))) out.add(e);
  return [...out];
}

// ------------------------------------------------------------------ styles

export function gapRange(lo: number, hi: number): (rng: Rng) => number {
  return (rng) => rng.int(lo, hi);
}
export const emptyFill = (): string => '';
export function strayFill(p: number): (rng: Rng) => string {
  return (rng) => (rng.chance(p) ? rng.pick([' ', '  ', '\t', '\u00a0', ' \u00a0 ', '    ']) : '');
}
