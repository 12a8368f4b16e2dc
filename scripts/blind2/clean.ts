// Conservative selection of SaudiNewsNet records whose title and content look free of
// scraped chrome. When in doubt a record is skipped.
import { contentLines, wordCount, type SnnRecord } from './snn.js';

export interface CleanArticle {
  rec: SnnRecord;
  title: string;
  paras: string[];
}

// Characters we never want inside article text (they would blur the gold: we add RLM/tabs as noise).
const BAD_CHARS = /[\r\t\u00ad\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff<>|]/;
// No-break spaces are common inside the corpus text and are kept there; titles must not have them.
const BAD_TITLE_CHARS = /[\u00a0]/;
const HTML_ENTITY = /&[a-z#0-9]+;/i;
// Marks of chrome glued into content by the original scrape (link teasers, tag lists, share bars,
// SMS footers, media prompts, datelines of one outlet...).
const CHROME_MARKS: RegExp[] = [
  /https?:|www\.|\.com\b|@/i,
  /\bsms\b/i,
  /المزيد|للمزيد|اقرأ|اقرا أيضا|إقرأ|أقرأ|ذات صلة|ذات الصلة/,
  /رابط الخبر|Next|Previous|(^|\s)سمات(\s|$)|مقالات أخرى|للكاتب/,
  /بالفيديو|بالصور|شاهد الفيديو|شاهد الصور|فيديو:|\(فيديو\)|\(صور\)/,
  /(^|\s)(تصوير|الصورة|صورة|صور)(\s|:|$)/,
  /انتهى|-انتهى-/,
  /(^|[\s(])(سبق|الوئام|عين اليوم)\s*[-–ـ:]/,
  /(^|\s)سبق(\s|$)/,
  /تويتر|فيسبوك|فيس بوك|واتساب|واتس اب|انستغرام|انستقرام|سناب|يوتيوب|تيليجرام/,
  /للتواصل|للاشتراك|أرسل رسالة|موبايلي|زين\s*\d|Mobily|Stc|Zain/i,
  /جميع الحقوق|حقوق النشر/,
];
const AGENCY_END = /\((واس|أ ف ب|أ\.ف\.ب|ا ف ب|رويترز|د ب أ|د\.ب\.أ|يو بي آي|الأناضول|قنا|وام|كونا|بنا|أونا|سبأ|وكالات|[^()]{1,25})\)\s*[.。]?$/;
const TAA_GLUE = /[ةى][\u0621-\u064a]/; // taa marbuta / alif maqsura inside a word: two texts glued together

export function firstWords(s: string, n: number): string {
  return s.split(/\s+/).filter(Boolean).slice(0, n).join(' ');
}

export function isCleanTitle(t0: string): string | null {
  const t = t0.trim();
  if (t !== t0.replace(/^\s+|\s+$/g, '')) return null;
  if (/\s{2,}|\n/.test(t)) return null;
  if (BAD_CHARS.test(t) || BAD_TITLE_CHARS.test(t) || HTML_ENTITY.test(t)) return null;
  if (!/[\u0621-\u064a]/.test(t)) return null;
  const wc = wordCount(t);
  if (wc < 3 || wc > 22 || t.length > 170) return null;
  if (/https?:|www\.|@/i.test(t)) return null;
  return t;
}

interface Stats {
  lineTitles: Map<string, Set<string>>; // a trimmed line -> distinct titles whose content holds it
  openingTitles: Map<string, Set<string>>; // source + first-3-words of first line -> distinct titles
}

function addTo(m: Map<string, Set<string>>, k: string, v: string): void {
  let s = m.get(k);
  if (!s) m.set(k, (s = new Set()));
  s.add(v);
}

function buildStats(records: readonly SnnRecord[]): Stats {
  const lineTitles = new Map<string, Set<string>>();
  const openingTitles = new Map<string, Set<string>>();
  for (const r of records) {
    const lines = contentLines(r.content);
    for (const l of new Set(lines)) addTo(lineTitles, l, r.title.trim());
    const first = lines[0];
    if (first !== undefined) addTo(openingTitles, r.source + '\u0000' + firstWords(first, 3), r.title.trim());
  }
  return { lineTitles, openingTitles };
}

function looksLikeDateline(line: string): boolean {
  const toks = line.split(/\s+/).filter(Boolean).slice(0, 7);
  return toks.some((w) => /^[-–—ـ]+$/.test(w) || /[:：]$/.test(w) || /[-–—]$/.test(w) || /^[-–—]/.test(w));
}

// Chrome glued onto a content line by the original scrape, removed exactly (and only) when it has
// one of these shapes; verify-gold accepts a body paragraph that is its line minus such a part.
/** A dateline glued before the first paragraph: «<reporter>- سبق- <city>: ». */
export const GLUED_PREFIX = /^(?:[^:\n]{0,40}[-–ـ]\s*)?سبق\s*[-–ـ]\s*[^:\n]{1,30}:\s*/;
/** A link-back line glued after the last paragraph, or a tag list after its final sentence. */
export const GLUED_SUFFIX: RegExp[] = [
  /\s+رابط الخبر بصحيفة الوئام\s*:[^\n]*$/,
  /(?<=[.!؟?"”»)…])\s+سمات(?:\s+[^.!؟?"”»:\n]*)?$/,
];
const SHARE_OPENING = /^Next Previous\b/;

export function decodeTitleEntities(t: string): string {
  return t
    .replace(/&quot;/g, '"')
    .replace(/&#0?39;/g, "'")
    .replace(/&amp;/g, '&');
}

function stripGlued(lines: string[]): string[] {
  const out = lines.slice();
  const first = out[0];
  if (first !== undefined) {
    const m = GLUED_PREFIX.exec(first);
    if (m && m[0].length < first.length) out[0] = first.slice(m[0].length).trim();
    else if (SHARE_OPENING.test(first) && wordCount(first) <= 8) out.shift();
  }
  const li = out.length - 1;
  const last = out[li];
  if (last !== undefined) {
    for (const re of GLUED_SUFFIX) {
      const m = re.exec(last);
      if (m && m.index > 0) {
        out[li] = last.slice(0, m.index).trim();
        break;
      }
    }
  }
  return out.filter((l) => l.length > 0);
}

function cleanOne(r: SnnRecord, st: Stats): CleanArticle | null {
  const title = isCleanTitle(decodeTitleEntities(r.title));
  if (!title) return null;
  const c = r.content;
  if (BAD_CHARS.test(c) || HTML_ENTITY.test(c)) return null;
  const raw = contentLines(c);
  if (raw.length === 0) return null;
  const opening = st.openingTitles.get(r.source + '\u0000' + firstWords(raw[0] as string, 3));
  if (opening && opening.size >= 3 && !GLUED_PREFIX.test(raw[0] as string)) return null;
  let lines = stripGlued(raw);
  // A short first/last line (a byline or end mark) may be dropped; a short line elsewhere rejects.
  const f0 = lines[0];
  if (f0 !== undefined && wordCount(f0) < 5) lines = lines.slice(1);
  const lastL = lines[lines.length - 1];
  if (lastL !== undefined && wordCount(lastL) < 5) lines = lines.slice(0, -1);
  if (lines.length === 0 || lines.length > 14) return null;
  if (raw.length - lines.length > 1) return null;
  const joined = lines.join('\n');
  if (CHROME_MARKS.some((re) => re.test(joined))) return null;
  if (TAA_GLUE.test(joined)) return null;
  const seen = new Set<string>();
  for (const l of lines) {
    if (wordCount(l) < 5) return null;
    if (/^[*\-–—•#(\[«"“]/.test(l)) return null;
    if (/[:：]$/.test(l)) return null;
    if (l === title) return null;
    if (seen.has(l)) return null;
    seen.add(l);
    const ts = st.lineTitles.get(l);
    if (ts && ts.size >= 2) return null; // repeats across records: boilerplate or a shared wire text
    if (wordCount(l) > 450) return null;
  }
  const first = lines[0] as string;
  if (looksLikeDateline(first)) return null;
  // A column whose text opens with the writer's name (the title's «name:» part).
  const colon = title.indexOf(':');
  if (colon > 0 && first.startsWith(title.slice(0, colon).trim())) return null;
  const last = lines[lines.length - 1] as string;
  if (AGENCY_END.test(last)) return null;
  const total = lines.reduce((s, l) => s + wordCount(l), 0);
  if (total < 40 || total > 1100) return null;
  return { rec: r, title, paras: lines };
}

/**
 * All clean articles, one per distinct title (the first occurrence in corpus order), keyed by record id.
 */
export function selectClean(records: readonly SnnRecord[]): Map<string, CleanArticle> {
  const st = buildStats(records);
  const out = new Map<string, CleanArticle>();
  const usedTitles = new Set<string>();
  for (const r of records) {
    const a = cleanOne(r, st);
    if (!a || usedTitles.has(a.title)) continue;
    usedTitles.add(a.title);
    out.set(r.id, a);
  }
  return out;
}
