// Shared pieces for the site templates: page context, title pools, bylines,
// tags, sections, comments and small formatting helpers.
import type { FileStyle, Writer } from './layout.js';
import type { Rng } from './prng.js';
import type { Rec, TitleRef, Topic } from './records.js';
import { addMinutes, digits, type Digits } from './dates.js';
import { COMMENTS, FAMILY, FEMALE, MALE, NICKS, OUTLET_AR, TAG_WORDS } from './vocab.js';

export interface SiteDef {
  id: string;
  /** Articles per file, one entry per file. */
  files: number[];
  /** Selection weight of a record for this site (0 = never). */
  weight(rec: Rec): number;
  /** Chance of showing an eligible first paragraph as the subtitle. */
  subtitles: number;
  /** Whitespace style of a file; nth counts the site's files from 0. */
  style(r: Rng, nth: number): FileStyle;
  page(ctx: PageCtx): void;
  /** Optional section-front page written before an article. */
  listing?(ctx: PageCtx): void;
  listingChance?: number;
  /** Chance that a later page in a file follows by infinite scroll (no header). */
  scrollChance?: number;
}

export interface FileState {
  memo: Map<string, unknown>;
  headlines: Set<string>;
}

export interface PageCtx {
  w: Writer;
  r: Rng;
  rec: Rec;
  sub: string | null;
  body: string[];
  pub: Date;
  upd: Date;
  now: Date;
  index: number;
  count: number;
  fileRecs: Rec[];
  next: Rec | null;
  pool: TitlePool;
  file: FileState;
  continued: boolean;
  nextContinued: boolean;
}

export function once<T>(ctx: PageCtx, key: string, make: () => T): T {
  if (!ctx.file.memo.has(key)) ctx.file.memo.set(key, make());
  return ctx.file.memo.get(key) as T;
}

const dayNum = (d: string): number => Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10)) / 86400000;

export interface PickOpts {
  topic?: Topic | 'any';
  near?: string; // day
  withLead?: boolean;
  author?: string;
  avoid?: Set<string>;
}

export class TitlePool {
  private byTopic = new Map<string, TitleRef[]>();
  private byAuthor = new Map<string, TitleRef[]>();

  constructor(private readonly all: TitleRef[]) {
    for (const t of all) {
      const list = this.byTopic.get(t.topic) ?? [];
      list.push(t);
      this.byTopic.set(t.topic, list);
      if (t.author) {
        const a = this.byAuthor.get(t.author) ?? [];
        a.push(t);
        this.byAuthor.set(t.author, a);
      }
    }
  }

  /** n titles of other records, never one of the file's own headlines. */
  pick(r: Rng, n: number, headlines: Set<string>, o: PickOpts = {}): TitleRef[] {
    const src = o.author
      ? (this.byAuthor.get(o.author) ?? [])
      : o.topic && o.topic !== 'any'
        ? (this.byTopic.get(o.topic) ?? this.all)
        : this.all;
    const out: TitleRef[] = [];
    const seen = new Set<string>();
    for (let tries = 0; tries < 4000 && out.length < n && src.length > 0; tries++) {
      const t = r.pick(src);
      if (seen.has(t.title) || headlines.has(t.title) || o.avoid?.has(t.title)) continue;
      if (o.withLead && !t.lead) continue;
      if (o.near && !o.author && Math.abs(dayNum(t.day) - dayNum(o.near)) > (tries > 2000 ? 6 : 2)) continue;
      seen.add(t.title);
      out.push(t);
    }
    return out;
  }
}

export const outletName = (source: string): string => OUTLET_AR[source] ?? source;

export function person(r: Rng, female = r.chance(0.25)): string {
  return `${r.pick(female ? FEMALE : MALE)} ${r.pick(FAMILY)}`;
}

export function commenter(r: Rng): string {
  return r.chance(0.35) ? r.pick(NICKS) : r.chance(0.2) ? r.pick(MALE) : person(r);
}

export interface Comment {
  name: string;
  at: Date;
  text: string;
  likes: number;
}

export function makeComments(r: Rng, n: number, after: Date): Comment[] {
  const out: Comment[] = [];
  let t = after;
  for (let i = 0; i < n; i++) {
    t = addMinutes(t, r.int(7, 240));
    out.push({ name: commenter(r), at: t, text: r.pick(COMMENTS), likes: r.int(0, 40) });
  }
  return out;
}

const OUTLET_WORDS = ['الشرق الأوسط أونلاين', 'الشرق الأوسط', 'الاقتصادية', 'عكاظ', 'الوطن', 'اليوم', 'الجزيرة', 'المدينة', 'الرياضي'];

/** The record's own author line, with its outlet's name swapped for the site's. */
export function recordByline(rec: Rec, siteShort: string): string | null {
  let a = rec.author;
  if (!a || a.length > 60 || /&|http|@/.test(a)) return null;
  for (const name of OUTLET_WORDS) {
    const re = new RegExp(`(^|[\\s(«":،\\-–ـ])${name}(?=$|[\\s)»":،\\-–ـ])(?! المنورة)`, 'g');
    a = a.replace(re, `$1${siteShort}`);
  }
  return a.trim() || null;
}

export function isPersonal(author: string): boolean {
  return /^(?:د\.\s*)?[\u0600-\u06ff]+(?:\s[\u0600-\u06ff]+){1,3}$/.test(author) &&
    !/الرياض|جدة|مكة|الدمام|واس|رويترز|وكالات|القاهرة|لندن|واشنطن/.test(author);
}

/** Topic tags the article actually mentions. */
export function tagsFor(rec: Rec, r: Rng, max: number): string[] {
  const text = `${rec.title} ${rec.paragraphs.join(' ')}`;
  const hits = TAG_WORDS.filter((t) => new RegExp(`(^|[^\u0600-\u06ff])${t}($|[^\u0600-\u06ff])`).test(text));
  const uniq = [...new Set(hits)];
  return r.sample(uniq, Math.min(max, Math.max(2, r.int(2, max))));
}

export type SectionKey = 'local' | 'arab' | 'world' | 'sports' | 'economy' | 'opinion';

export function sectionKey(rec: Rec): SectionKey {
  if (rec.topic !== 'general') return rec.topic;
  const head = `${rec.title} ${rec.paragraphs[0] ?? ''}`;
  if (/اليمن|مصر|سوري|العراق|لبنان|ليبيا|تونس|الجزائر|المغرب|الأردن|فلسطين|الحوثي|داعش|عدن|غزة|الكويت|قطر|الإمارات|البحرين|سلطنة عمان|بيروت|القاهرة|بغداد|دمشق/.test(head)) return 'arab';
  if (/أمريك|أميرك|واشنطن|أوروب|الصين|روسي|بريطاني|لندن|فرنس|ألماني|اليابان|الهند|إيران|تركيا|أستراليا|إسبانيا|إيطاليا|اليونان|كندا|الأمم المتحدة|باكستان|أفغانستان|أفريقيا|البرازيل|الفلبين|كوريا/.test(head)) return 'world';
  return 'local';
}

export function section(rec: Rec, r: Rng, labels: Record<SectionKey, readonly string[]>): string {
  return r.pick(labels[sectionKey(rec)]);
}

/** A sentence of the article, for pull quotes. */
export function pullQuote(body: readonly string[], r: Rng): string | null {
  const sentences = body
    .flatMap((p) => p.split(/(?<=[.!؟])\s+/))
    .map((s) => s.trim())
    .filter((s) => {
      const n = s.split(' ').length;
      return n >= 8 && n <= 28;
    });
  return sentences.length ? r.pick(sentences) : null;
}

export function fmtNum(n: number, dg: Digits = 'latin', sep = ','): string {
  const s = String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  return digits(s, dg);
}

/**
 * Write body paragraphs, calling inserts[i] after paragraph i. A dateline, when
 * given, is glued in front of the first paragraph on the same line.
 */
export function writeBody(ctx: PageCtx, inserts: Map<number, () => void> = new Map(), paraGap = true, dateline?: string): void {
  ctx.body.forEach((p, i) => {
    if (i === 0 && dateline) {
      if (ctx.w.style.wrap > 0) {
        ctx.w.chrome('dateline', dateline);
        ctx.w.para(p);
      } else ctx.w.line([{ c: 'dateline', text: dateline }, { ws: ' ' }, { p }]);
    } else ctx.w.para(p);
    if (paraGap) ctx.w.paraGap();
    const ins = inserts.get(i);
    if (ins && i < ctx.body.length - 1) {
      ins();
      if (paraGap) ctx.w.paraGap();
    }
  });
}

/** Where to put k in-body inserts: after random paragraphs, never after the last. */
export function insertSlots(r: Rng, bodyLen: number, k: number): number[] {
  const slots = [...Array(Math.max(0, bodyLen - 1)).keys()];
  return r.sample(slots, k).sort((a, b) => a - b);
}

export const gapOf =
  (xs: readonly number[]) =>
  (r: Rng): number =>
    r.pick(xs);

/** A few items of a menu, keeping their order. */
export function someOf<T>(r: Rng, xs: readonly T[], min: number): T[] {
  const keep = xs.filter(() => r.chance(0.8));
  return keep.length >= min ? keep : xs.slice(0, min);
}

/** Noon of a corpus day ("YYYY-MM-DD"). */
export const dayDate = (d: string): Date => new Date(Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10), 12));

const AGENCY_NAMES: [RegExp, string][] = [
  [/واس/, 'واس'],
  [/رويترز/, 'رويترز'],
  [/[أا]\.? ?ف\.? ?ب/, 'أ ف ب'],
  [/د\.? ?ب\.? ?[أا]/, 'د ب أ'],
  [/يو بي آي/, 'يو بي آي'],
  [/الأناضول/, 'الأناضول'],
  [/أ ش أ/, 'أ ش أ'],
  [/وكالات/, 'وكالات'],
];

/** The news agency named in the record's author line, if any. */
export function agencyOf(rec: Rec): string | null {
  for (const [re, name] of AGENCY_NAMES) if (re.test(rec.author)) return name;
  return null;
}

/** Photo-gallery widget text. */
export function gallery(w: Writer, r: Rng): void {
  const n = r.int(4, 24);
  const form = r.int(0, 3);
  if (form === 0) w.chrome('gallery', `1 / ${n}`);
  else if (form === 1) w.lines('gallery', [`الصورة 1 من ${n}`, r.pick(['السابق', '◀']), r.pick(['التالي', '▶'])]);
  else if (form === 2) w.chrome('gallery', r.pick([`عرض الألبوم (${n} صورة)`, `شاهد الصور (${n})`, `ألبوم الصور: ${n} صور`]));
  else w.lines('gallery', ['‹', `1/${n}`, '›']);
}

/** Embedded video widget text. */
export function videoEmbed(w: Writer, r: Rng): void {
  const d = `${r.int(0, 6)}:${String(r.int(0, 59)).padStart(2, '0')}`;
  const form = r.int(0, 3);
  if (form === 0) w.lines('media', ['شاهد الفيديو', d]);
  else if (form === 1) w.chrome('media', `▶ ${d}`);
  else if (form === 2) w.lines('media', ['YouTube', r.pick(['مشاهدة على YouTube', 'Watch later', 'Share'])]);
  else w.chrome('media', r.pick(['فيديو | المصدر: يوتيوب', 'Video Player', 'تعذر تشغيل الفيديو']));
}

const AGENCY_RE = /واس|رويترز|أ\.? ?ف\.? ?ب|ا ف ب|د\.? ?ب\.? ?[أا]|وكالات|يو بي آي|الأناضول|أ ش أ|قنا|وام|كونا/;

/** The place named in an agency-style author line ("مدريد - رويترز"), if any. */
export function placeOf(rec: Rec): string | null {
  const a = rec.author;
  if (!AGENCY_RE.test(a)) return null;
  const parts = a.split(/\s*[-–ـ:(),]\s*|\s+من\s+/).map((s) => s.trim()).filter(Boolean);
  return parts.find((p) => p.split(' ').length <= 2 && !AGENCY_RE.test(p) && !/«|»|"|الاقتصادية|عكاظ|الوطن|اليوم|الجزيرة|الرياضي|المدينة$/.test(p)) ?? null;
}
