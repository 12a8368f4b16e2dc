// Loading SaudiNewsNet days at run time and choosing clean records.
// No record text is stored in this folder: everything is read from the zips.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { hash32 } from './prng.js';

export const DATA_DIR = '/work/shared/data/saudinewsnet';

interface RawRecord {
  source?: string;
  url?: string;
  date_extracted?: string;
  title?: string;
  author?: string;
  content?: string;
}

export interface Rec {
  /** "<zip day>#<index in array>" */
  id: string;
  day: string;
  index: number;
  source: string;
  title: string;
  author: string;
  /** "YYYY-MM-DD HH:MM:SS" as extracted */
  date: string;
  /** Content split on newlines, white space collapsed, empty ones dropped. */
  paras: string[];
  words: number;
}

/** Collapse white space runs to one space and trim. */
export function normWs(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

export function splitParas(content: string): string[] {
  return content.split(/\r?\n/).map(normWs).filter((p) => p.length > 0);
}

export function countWords(s: string): number {
  return s.split(/\s+/).filter((w) => w.length > 0).length;
}

export function listDays(dir = DATA_DIR): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.zip')).map((f) => f.slice(0, -4)).sort();
}

function readDay(dir: string, day: string): RawRecord[] {
  const buf = execFileSync('unzip', ['-p', join(dir, day + '.zip')], { maxBuffer: 1 << 30 });
  const data: unknown = JSON.parse(buf.toString('utf8'));
  if (!Array.isArray(data)) throw new Error(`${day}: not a JSON array`);
  return data as RawRecord[];
}

export function loadAll(dir = DATA_DIR): Rec[] {
  const out: Rec[] = [];
  for (const day of listDays(dir)) {
    readDay(dir, day).forEach((r, index) => {
      const paras = splitParas(r.content ?? '');
      out.push({
        id: `${day}#${index}`,
        day,
        index,
        source: r.source ?? '',
        title: normWs(r.title ?? ''),
        author: normWs(r.author ?? ''),
        date: r.date_extracted ?? `${day} 00:00:00`,
        paras,
        words: paras.reduce((s, p) => s + countWords(p), 0),
      });
    });
  }
  return out;
}

// ---- cleanliness rules -------------------------------------------------

const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u00ad]|&[#a-z0-9]+;/i;
const LINKISH = /https?:|www\.|\.com\b|\.net\b|\.org\b|\.sa\b|@|#/i;
const SHARE_WORDS = /فيسبوك|فيس بوك|تويتر|واتساب|واتس اب|جوجل بلس|قوقل بلس|انستقرام|انستغرام|يوتيوب|سناب|تيليجرام|Facebook|Twitter|WhatsApp/i;
const CHROME_PHRASES = new RegExp(
  [
    'اقرأ أيضا', 'اقرأ ايضا', 'إقرأ أيضا', 'اقرأ أيضاً', 'للمزيد', 'المزيد', 'المصدر\\s*:', 'متابعات',
    'Next', 'Previous', 'SMS', 'Stc', 'Mobily', 'Zain', 'للاشتراك', 'جميع الحقوق', 'تصوير',
    'شاهد', 'الرابط', 'رابط', 'ع\\.م', 'التعليقات', 'أضف تعليق', 'انتهى', 'نسخة للطباعة',
    '\\*', '_', '\\|', '>', '<', '»\\s*$',
  ].join('|'),
  'i',
);
/** Agency or reporter marks closing the text, e.g. "(واس)" or "- رويترز". */
const AGENCY_END = /(\(\s*[^()]{1,25}\s*\)|[-–—ـ]\s*[^\s.]{2,12})\s*[.]?$/;
/** A dateline glued to the start: "الرياض - فلان:" or "فلان- صحيفة- المدينة:". */
const DATELINE_START = /^[^.:؟!«"]{0,45}[-–—ـ][^.:؟!«"]{0,35}:/;
/** A short label opening the text, e.g. "حاوره: فلان" or "سبق ابها :". */
const LABEL_START = /^\S+(\s+\S+){0,3}\s*:/;
/** A dash early in the first paragraph: a glued reporter line. */
const DASH_EARLY = /[-–—ـ]/;
const DATELINE_PAREN = /^[^.:؟!«"]{0,30}\([^()]{2,20}\)\s*[:-]?/;

function paraIsClean(p: string, i: number, last: number): boolean {
  if (countWords(p) < 4) return false;
  if (LINKISH.test(p) || CHROME_PHRASES.test(p)) return false;
  if (SHARE_WORDS.test(p) && (i === 0 || countWords(p) < 15)) return false;
  if (i === 0 && (DATELINE_START.test(p) || DATELINE_PAREN.test(p))) return false;
  if (i === last && AGENCY_END.test(p)) return false;
  if (/^[-–—ـ(]/.test(p)) return false;
  if (/^(سمات|وسوم|الوسوم|كلمات|الكلمات)/.test(p)) return false;
  if (i === 0 && (countWords(p) < 6 || LABEL_START.test(p) || DASH_EARLY.test(p.slice(0, 60)))) return false;
  if (i === 0 && /واس|الموافق|عين اليوم/.test(p)) return false;
  if (/(^|\s)سمات(\s|$)/.test(p)) return false;
  if (countWords(p) <= 6 && DASH_EARLY.test(p)) return false;
  return true;
}

/** Outlets whose content almost always opens with a glued reporter name. */
const EXCLUDED_OUTLETS = new Set(['3alyoum']);

export function isClean(r: Rec): boolean {
  if (EXCLUDED_OUTLETS.has(r.source)) return false;
  if (r.words < 40 || r.words > 900) return false;
  const tw = countWords(r.title);
  if (tw < 2 || tw > 30 || r.title.length < 8) return false;
  if (LINKISH.test(r.title) || INVISIBLE.test(r.title)) return false;
  if (r.paras.length === 0) return false;
  if (r.paras.some((p) => INVISIBLE.test(p))) return false;
  const first = r.paras[0] ?? '';
  if (first.startsWith(r.title) || r.title.startsWith(first)) return false;
  if (r.author.length > 0 && first.startsWith(r.author.replace(/[:\s]+$/, ''))) return false;
  if (r.author.length > 0 && r.paras.some((p) => p === r.author)) return false;
  const last = r.paras.length - 1;
  return r.paras.every((p, i) => paraIsClean(p, i, last));
}

/** A title fit to appear as a list item (related, ticker...). */
export function isListTitle(r: Rec): boolean {
  const tw = countWords(r.title);
  return tw >= 3 && tw <= 22 && !LINKISH.test(r.title) && !INVISIBLE.test(r.title);
}

// ---- selection -----------------------------------------------------------

export interface Other {
  title: string;
  /** Opening paragraph, when the record is clean and it is long enough for a teaser. */
  lead: string | null;
}

export interface Selection {
  picked: Rec[];
  /** Other records' titles (and openings), for related lists, tickers, teasers. */
  others: Other[];
}

function byHash(seed: string) {
  return (a: Rec, b: Rec) => hash32(seed + a.id) - hash32(seed + b.id) || (a.id < b.id ? -1 : 1);
}

/**
 * Round-robin over outlets; inside an outlet, round-robin over days; inside
 * an (outlet, day) group, lowest hash first. Titles are kept unique.
 */
export function selectRecords(all: Rec[], n: number, seed: string): Selection {
  const groups = new Map<string, Map<string, Rec[]>>();
  for (const r of all) {
    if (!isClean(r)) continue;
    const byDay = groups.get(r.source) ?? new Map<string, Rec[]>();
    groups.set(r.source, byDay);
    const list = byDay.get(r.day) ?? [];
    byDay.set(r.day, list);
    list.push(r);
  }
  const outlets = [...groups.keys()].sort((a, b) => hash32(seed + a) - hash32(seed + b));
  const queues = new Map<string, Rec[][]>();
  for (const o of outlets) {
    const byDay = groups.get(o)!;
    const days = [...byDay.keys()].sort((a, b) => hash32(seed + o + a) - hash32(seed + o + b));
    queues.set(o, days.map((d) => byDay.get(d)!.sort(byHash(seed))));
  }
  const picked: Rec[] = [];
  const titles = new Set<string>();
  const dayTurn = new Map<string, number>();
  let progress = true;
  while (picked.length < n && progress) {
    progress = false;
    for (const o of outlets) {
      if (picked.length >= n) break;
      const qs = queues.get(o)!.filter((q) => q.length > 0);
      if (qs.length === 0) continue;
      const turn = dayTurn.get(o) ?? 0;
      dayTurn.set(o, turn + 1);
      const q = qs[turn % qs.length]!;
      const r = q.shift()!;
      progress = true;
      if (titles.has(r.title)) continue;
      titles.add(r.title);
      picked.push(r);
    }
  }
  const pickedIds = new Set(picked.map((r) => r.id));
  const seen = new Set<string>();
  const others: Other[] = [];
  for (const r of all.filter((x) => !pickedIds.has(x.id) && isListTitle(x)).sort(byHash(seed + '/others'))) {
    if (others.length >= 4000) break;
    if (titles.has(r.title) || seen.has(r.title)) continue;
    seen.add(r.title);
    const lead = r.paras[0] ?? '';
    others.push({ title: r.title, lead: isClean(r) && countWords(lead) >= 12 ? lead : null });
  }
  return { picked, others };
}
