// Loading SaudiNewsNet at run time and choosing clean records.
// No record text is stored in this folder: everything is read from the zips.
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { hashString } from "./prng.js";

export const DATA_DIR = "/work/shared/data/saudinewsnet";

export interface RawRecord {
  source?: string;
  url?: string;
  date_extracted?: string;
  title?: string;
  author?: string;
  content?: string;
}

export interface Rec {
  id: string; // "<day>#<index>"
  day: string;
  index: number;
  outlet: string;
  title: string; // whitespace-normalised
  paragraphs: string[]; // whitespace-normalised, non-empty
  author: string; // whitespace-normalised, may be ""
  date: string; // date_extracted
  words: number;
}

/** Collapse every whitespace run to one space and trim. */
export function norm(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

export function paragraphsOf(content: string): string[] {
  return content
    .split(/\r?\n|\r/)
    .map(norm)
    .filter((p) => p.length > 0);
}

export function wordCount(s: string): number {
  const t = norm(s);
  return t ? t.split(" ").length : 0;
}

export function listDays(): string[] {
  return readdirSync(DATA_DIR)
    .filter((f) => f.endsWith(".zip"))
    .map((f) => f.replace(/\.zip$/, ""))
    .sort();
}

const dayCache = new Map<string, RawRecord[]>();
export function loadDay(day: string): RawRecord[] {
  const hit = dayCache.get(day);
  if (hit) return hit;
  const buf = execFileSync("unzip", ["-p", join(DATA_DIR, `${day}.zip`)], {
    maxBuffer: 512 * 1024 * 1024,
  });
  const arr = JSON.parse(buf.toString("utf8")) as RawRecord[];
  dayCache.set(day, arr);
  return arr;
}

export function toRec(day: string, index: number, r: RawRecord): Rec {
  const paragraphs = paragraphsOf(r.content ?? "");
  return {
    id: `${day}#${index}`,
    day,
    index,
    outlet: r.source ?? "",
    title: norm(r.title ?? ""),
    paragraphs,
    author: norm((r.author ?? "").replace(/&nbsp;/g, " ")),
    date: r.date_extracted ?? "",
    words: paragraphs.reduce((a, p) => a + wordCount(p), 0),
  };
}

export function recordById(id: string): Rec {
  const [day, idx] = id.split("#");
  if (!day || idx === undefined) throw new Error(`bad record id ${id}`);
  const arr = loadDay(day);
  const r = arr[Number(idx)];
  if (!r) throw new Error(`no record ${id}`);
  return toRec(day, Number(idx), r);
}

const BAD_ANYWHERE: RegExp[] = [
  /https?:|www\.|\.com\b|\.net\b|\.org\b|\.sa\b/i,
  /[@#<>{}|]/,
  /&[a-z]+;|&#\d+;/i,
  /[إا]قر[أا]\s*(أيضا|أيضاً|ايضا|ايضاً)/,
  /ذات صلة|شاهد أيضا|شاهد ايضا|للمزيد/,
  /المصدر\s*:/,
  /SMS|واتس|واتساب|رسالة نصية|للاشتراك|اشترك|تابعونا|تابعوا|فيسبوك|فيس بوك|تويتر|انستقرام|إنستغرام|يوتيوب|سناب/i,
  /هاتف\s*:|جوال\s*:|فاكس|ص\.ب/,
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffd]/,
];

const SHARE_START = /^(شارك|مشاركة|تغريد|غرد|Tweet|Share|طباعة|أرسل|ارسل|إرسال|Facebook|Twitter|Email|Print)/i;

/** Conservative cleanliness test. */
export function isClean(rec: Rec): boolean {
  const t = rec.title;
  if (!t) return false;
  const tw = wordCount(t);
  if (tw < 3 || tw > 30) return false;
  if (/https?:|www\.|&[a-z]+;|[<>|@#]/i.test(t)) return false;
  if (rec.words < 40 || rec.words > 900) return false;
  const ps = rec.paragraphs;
  if (ps.length === 0 || ps.length > 40) return false;
  const content = ps.join("\n");
  for (const re of BAD_ANYWHERE) if (re.test(content)) return false;
  const first = ps[0]!;
  if (SHARE_START.test(first)) return false;
  if (rec.outlet === "3alyoum") return false; // scraped with gallery/navigation residue throughout
  if (/^[A-Za-z]/.test(first) || /^(شاهد|فيديو|بالفيديو|بالصور|صور|عاجل)/.test(first)) return false;
  if (wordCount(first) < 8) return false;
  // credit line glued before the first sentence with a colon or a dash
  const head = first.split(" ").slice(0, 7).join(" ");
  if (/[:：]/.test(head)) return false;
  if (/\s[-–—ـ]\s|^[-–—]/.test(head)) return false;
  if (/[()]/.test(first.split(" ").slice(0, 5).join(" "))) return false;
  const seen = new Set<string>();
  for (const p of ps) {
    const w = wordCount(p);
    if (w < 4) return false; // lone credit lines, captions, tags
    if (/[:：]$/.test(p)) return false;
    if (/^(تصوير|الصورة|صورة|الكلمات|كلمات|وسوم|الوسوم|Tags)/.test(p)) return false;
    if (/^[-•*·▪●■◄►».…،,:]/.test(p)) return false;
    if (seen.has(p)) return false;
    seen.add(p);
    if (p === t) return false;
  }
  const last = ps[ps.length - 1]!;
  if (!/[.!؟?»"”)…]$/.test(last)) return false; // tag-like or cut endings
  if (ps.length > 1 && /[:：]/.test(last.split(" ").slice(0, 5).join(" "))) return false; // link lines
  if (/صحيفة الوئام|الوئام\s*:/.test(content)) return false;
  if (/[،,]\s*\S+[،,]\s*\S+$/.test(last) && !/[.!؟?]$/.test(last)) return false;
  if (/(انتهى|\(واس\)|\(أ ف ب\)|\(رويترز\))\s*$/.test(last)) return false;
  return true;
}

/** A usable title for chrome lists (related, most read...). */
export function isCleanTitle(t: string): boolean {
  const w = wordCount(t);
  return w >= 4 && w <= 22 && !/https?:|www\.|&[a-z]+;|[<>|@#]/i.test(t);
}

export interface Pools {
  chosen: Rec[];
  others: Rec[]; // for other-record titles/teasers in chrome
}

/** Choose n clean records spread over outlets and days by hashing. */
export function selectRecords(n: number, seed: string): Pools {
  const byOutlet = new Map<string, Rec[]>();
  const others: Rec[] = [];
  for (const day of listDays()) {
    const arr = loadDay(day);
    arr.forEach((raw, i) => {
      const rec = toRec(day, i, raw);
      const h = hashString(`${seed}|${rec.id}`);
      if (isClean(rec)) {
        const l = byOutlet.get(rec.outlet) ?? [];
        l.push(rec);
        byOutlet.set(rec.outlet, l);
      } else if (isCleanTitle(rec.title) && rec.paragraphs.length > 0 && h % 7 === 0) {
        others.push(rec);
      }
    });
  }
  const outlets = [...byOutlet.keys()].sort();
  for (const o of outlets) {
    byOutlet.get(o)!.sort((a, b) => hashString(`${seed}|${a.id}`) - hashString(`${seed}|${b.id}`));
  }
  const chosen: Rec[] = [];
  const titles = new Set<string>();
  const cursor = new Map<string, number>();
  const dayCount = new Map<string, number>();
  let progressed = true;
  while (chosen.length < n && progressed) {
    progressed = false;
    for (const o of outlets) {
      if (chosen.length >= n) break;
      const l = byOutlet.get(o)!;
      let c = cursor.get(o) ?? 0;
      while (c < l.length) {
        const r = l[c++]!;
        // keep days balanced: skip a day already well represented
        const dc = dayCount.get(r.day) ?? 0;
        if (titles.has(r.title) || dc > Math.ceil(n / 15) + 3) continue;
        titles.add(r.title);
        dayCount.set(r.day, dc + 1);
        chosen.push(r);
        progressed = true;
        break;
      }
      cursor.set(o, c);
    }
  }
  if (chosen.length < n) throw new Error(`only ${chosen.length} clean records`);
  // rest of the clean pool also feeds chrome lists
  for (const o of outlets) {
    const l = byOutlet.get(o)!;
    for (const r of l.slice(cursor.get(o) ?? 0)) if (isCleanTitle(r.title)) others.push(r);
  }
  const uniq: Rec[] = [];
  for (const r of others.sort((a, b) => hashString(`${seed}~${a.id}`) - hashString(`${seed}~${b.id}`))) {
    if (titles.has(r.title)) continue;
    titles.add(r.title);
    uniq.push(r);
  }
  return { chosen, others: uniq };
}
