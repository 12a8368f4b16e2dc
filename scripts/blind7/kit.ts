// Shared helpers for the imaginary sites: dates, names, invented comments,
// lists of other records' titles, body walking with in-body inserts.
// All wording here is written for this generator; no record text is stored.
import type { Rng } from "./prng.js";
import type { PageWriter, WriterStyle } from "./layout.js";
import type { Rec } from "./records.js";
import { wordCount } from "./records.js";

export interface Kit {
  rng: Rng;
  /** n titles of other records, never repeating within a file */
  titles(n: number): string[];
  /** other records (for teasers, dates) */
  others(n: number): Rec[];
}

export interface Site {
  id: string;
  /** outlets whose records this site prefers (others fill in) */
  prefer: string[];
  /** how many of the 200 articles it carries */
  quota: number;
  /** article counts per file, sampled per file */
  fileSizes: ReadonlyArray<readonly [number, number]>;
  style(rng: Rng): WriterStyle;
  /** one full article page (must call w.begin, headline ... and w.end()) */
  page(w: PageWriter, rec: Rec, k: Kit, pos: { index: number; count: number }): void;
  /** a section/listing page that precedes articles (optional) */
  listing?(w: PageWriter, k: Kit): void;
  listingChance?: number;
}

// ---------- digits, dates ----------
const INDIC = "٠١٢٣٤٥٦٧٨٩";
export function indic(s: string): string {
  return s.replace(/[0-9]/g, (d) => INDIC[Number(d)]!);
}
export const MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];
export const MONTHS_LEV = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"];
export const DAYS = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"];

export interface D {
  y: number;
  m: number; // 1-12
  d: number;
  hh: number;
  mm: number;
  dow: number;
}
export function parseDate(s: string, rng?: Rng): D {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}))?/.exec(s);
  const y = m ? Number(m[1]) : 2015;
  const mo = m ? Number(m[2]) : 7;
  const d = m ? Number(m[3]) : 21;
  let hh = m && m[4] ? Number(m[4]) : 9;
  let mm = m && m[5] ? Number(m[5]) : 0;
  if (rng) {
    // publication a little before extraction
    const back = rng.int(5, 300);
    let t = hh * 60 + mm - back;
    if (t < 0) t += 24 * 60;
    hh = Math.floor(t / 60);
    mm = t % 60;
  }
  const dow = new Date(Date.UTC(y, mo - 1, d)).getUTCDay();
  return { y, m: mo, d, hh, mm, dow };
}
const p2 = (n: number) => String(n).padStart(2, "0");
export function fLong(d: D): string {
  return `${DAYS[d.dow]} ${d.d} ${MONTHS[d.m - 1]} ${d.y}`;
}
export function fLongComma(d: D): string {
  return `${DAYS[d.dow]}، ${d.d} ${MONTHS[d.m - 1]} ${d.y}`;
}
export function fLev(d: D): string {
  return `${DAYS[d.dow]} ${d.d} ${MONTHS_LEV[d.m - 1]} ${d.y}`;
}
export function fShort(d: D): string {
  return `${d.d} ${MONTHS[d.m - 1]} ${d.y}`;
}
export function fNum(d: D, order: "dmy" | "ymd" = "dmy", sep = "/"): string {
  return order === "dmy" ? `${p2(d.d)}${sep}${p2(d.m)}${sep}${d.y}` : `${d.y}${sep}${p2(d.m)}${sep}${p2(d.d)}`;
}
export function fTime(d: D, style: "24" | "ampm" | "ampm-long" = "24"): string {
  if (style === "24") return `${p2(d.hh)}:${p2(d.mm)}`;
  const h12 = d.hh % 12 === 0 ? 12 : d.hh % 12;
  const am = d.hh < 12;
  if (style === "ampm") return `${p2(h12)}:${p2(d.mm)} ${am ? "ص" : "م"}`;
  return `${h12}:${p2(d.mm)} ${am ? "صباحاً" : "مساءً"}`;
}
export function fHijri(d: D): string {
  // 1 Shawwal 1436 = 17 July 2015; 1 Dhu al-Qadah 1436 = 16 August 2015
  const t = Date.UTC(d.y, d.m - 1, d.d);
  const shawwal = Date.UTC(2015, 6, 17);
  const qadah = Date.UTC(2015, 7, 16);
  if (t >= qadah) return `${Math.round((t - qadah) / 86400000) + 1} ذو القعدة 1436هـ`;
  if (t >= shawwal) return `${Math.round((t - shawwal) / 86400000) + 1} شوال 1436هـ`;
  return `1436هـ`;
}
export function relTime(rng: Rng): string {
  return rng.pick([
    `منذ ${rng.int(2, 10)} ساعات`,
    `منذ ${rng.int(11, 55)} دقيقة`,
    "منذ ساعة",
    "منذ ساعتين",
    `قبل ${rng.int(2, 9)} ساعات`,
    "منذ يوم",
    "منذ يومين",
    `قبل ${rng.int(3, 6)} أيام`,
  ]);
}
export function otherDate(rec: Rec, rng: Rng): D {
  return parseDate(rec.date, rng);
}
export function thousands(n: number): string {
  return n.toLocaleString("en-US");
}

// ---------- people ----------
const FIRST = ["محمد", "عبدالله", "فهد", "سعد", "خالد", "نورة", "سارة", "ماجد", "تركي", "هند", "عبدالرحمن", "ريم", "منيرة", "بندر", "فيصل", "أمل", "ياسر", "هاني", "مها", "علي", "حسن", "سلطان", "عادل", "لمياء", "نواف", "جواهر", "طارق", "وليد", "أسماء", "سامي"];
const LAST = ["الشمري", "القحطاني", "الغامدي", "الزهراني", "العنزي", "الدوسري", "الحربي", "المطيري", "السبيعي", "العمري", "الشهري", "البلوي", "الرشيدي", "الجهني", "المالكي", "الخالدي", "النعيمي", "الكعبي", "المنصوري", "عبدالعزيز", "السيد", "فؤاد", "الشريف", "العلي", "يوسف"];
const NICK = ["أبو فهد", "أبو سلطان", "ابن الديرة", "مواطن", "متابع", "زائر", "أم عبدالله", "قارئ قديم", "ابو ريان", "مغترب", "صقر الجنوب", "نجدي", "بنت الشرقية", "محايد", "Ahmed", "Sami_88", "abu.khalid", "جداوي"];
export function person(rng: Rng): string {
  return `${rng.pick(FIRST)} ${rng.pick(LAST)}`;
}
export function commenter(rng: Rng): string {
  return rng.chance(0.55) ? person(rng) : rng.pick(NICK);
}
const CMT_A = ["الله يوفقهم", "خبر جميل", "نتمنى المزيد", "متى يبدأ التنفيذ؟", "شكراً على التغطية", "كلام في الصميم", "هذا ما كنا ننتظره", "للأسف تأخروا كثيراً", "أين الرقابة؟", "والله إنه شيء يفرح", "خطوة موفقة", "نبي حلول على أرض الواقع", "مع احترامي هذا غير كافٍ", "الله يحفظ بلادنا", "أحسنتم", "ننتظر النتائج", "الموضوع يحتاج دراسة أكثر", "يعطيكم العافية", "ما الجديد؟ نفس الكلام كل سنة", "بالتوفيق للجميع"];
const CMT_B = ["وعسى أن تشمل بقية المناطق.", "والمهم الاستمرار.", "ونتمنى المتابعة من الجهات المختصة.", "لكن أين دور البلدية؟", "الشباب يستاهلون.", "ننتظر التطبيق الفعلي.", "والإعلام له دور كبير.", "مع الشكر للمحرر.", ""];
export function commentText(rng: Rng): string {
  const a = rng.pick(CMT_A);
  const b = rng.chance(0.6) ? rng.pick(CMT_B) : "";
  return b ? `${a}${/[؟!]$/.test(a) ? "" : rng.pick(["،", "..", " -", ""])} ${b}` : a;
}

// ---------- record-derived chrome ----------
/** a few words from the title, as a tag line would show */
export function tagsFromTitle(rec: Rec, rng: Rng, extra: string[]): string[] {
  const stop = new Set(["في", "من", "على", "إلى", "عن", "مع", "بعد", "قبل", "أن", "إن", "لا", "ما", "و", "أو", "التي", "الذي", "هذا", "هذه", "خلال", "حول", "بين", "عبر"]);
  const words = rec.title.split(" ").map((w) => w.replace(/[«»"“”:،,.()!؟?]/g, "")).filter((w) => w.length > 2 && !stop.has(w));
  const tags = rng.sample(words, rng.int(1, 3));
  if (rng.chance(0.7)) tags.push(...rng.sample(extra, rng.int(1, 2)));
  return [...new Set(tags)];
}
/** a sentence of the body, repeated as a pull quote */
export function pullQuote(rec: Rec, rng: Rng, bodyFrom: number): string | null {
  const cands: string[] = [];
  for (const p of rec.paragraphs.slice(bodyFrom)) {
    for (const s of p.split(/(?<=[.!؟])\s+/)) {
      const w = wordCount(s);
      if (w >= 7 && w <= 26) cands.push(s.replace(/[.]$/, ""));
    }
  }
  if (cands.length === 0) return null;
  return rng.pick(cands);
}
export function teaser(rec: Rec, rng: Rng, words = rng.int(12, 24)): string {
  const p = rec.paragraphs[0] ?? "";
  const ws = p.split(" ");
  if (ws.length <= words) return p;
  return ws.slice(0, words).join(" ") + rng.pick(["...", "…", " ...", "..", " …"]);
}
/** the author field when it reads like a person's name, for author boxes */
export function personName(author: string): string | null {
  const a = author.trim();
  if (!a || /[:：()\-–ـ،,/|«»"]|واس|وكالات|رويترز|أ ف ب|ا ف ب|د ب أ|صحيفة|مكتب|الرياض|جدة/.test(a)) return null;
  const n = a.split(" ").length;
  return n >= 2 && n <= 4 ? a : null;
}
export function hasSubtitle(rec: Rec): boolean {
  return rec.paragraphs.length >= 3 && wordCount(rec.paragraphs[0]!) < 30;
}

export interface BodyHooks {
  /** called before paragraph i (i >= 1 among body paragraphs) */
  between?: (i: number, n: number) => void;
  /** blank lines between body paragraphs (undefined = site default) */
  paraGap?: () => number | undefined;
  /** write the last paragraph together with an inline trailer */
  lastInline?: { kind: string; text: string; sep: string } | null;
}

/** writes body paragraphs (after any subtitle) with hooks */
export function writeBody(w: PageWriter, rec: Rec, from: number, hooks: BodyHooks = {}): void {
  const ps = rec.paragraphs.slice(from);
  ps.forEach((p, i) => {
    if (i > 0 && hooks.between) hooks.between(i, ps.length);
    const g = hooks.paraGap?.();
    if (i > 0 && g !== undefined) w.tight(g);
    if (i === ps.length - 1 && hooks.lastInline) {
      const li = hooks.lastInline;
      w.line([{ role: "body", text: p }, { role: "chrome", kind: li.kind, text: li.text }], li.sep);
    } else w.body(p);
  });
}

export function gapFn(rng: Rng, weights: ReadonlyArray<readonly [number, number]>): () => number {
  return () => rng.weighted(weights);
}

export function bullets(items: string[], mark: string): string[] {
  return items.map((t) => `${mark}${t}`);
}
export function numbered(items: string[], style: "dot" | "dash" | "indic" | "paren" | "bare"): string[] {
  return items.map((t, i) => {
    const n = String(i + 1);
    switch (style) {
      case "dot":
        return `${n}. ${t}`;
      case "dash":
        return `${n}- ${t}`;
      case "indic":
        return `${indic(n)}- ${t}`;
      case "paren":
        return `(${n}) ${t}`;
      case "bare":
        return `${n}\t${t}`;
    }
  });
}
