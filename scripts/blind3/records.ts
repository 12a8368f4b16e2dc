/**
 * Loading SaudiNewsNet records at run time and keeping only records whose
 * content looks clean enough to serve as an article (headline + paragraphs).
 * No record text is stored in the repository: everything here is read from
 * the zip files when the generator (or the verifier) runs.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';

export const DEFAULT_DATA_DIR = '/work/shared/data/saudinewsnet';

export interface RawRecord {
  source: string;
  url: string;
  date_extracted: string;
  title: string;
  author: string;
  content: string;
}

export interface LoadedRecord {
  id: string;
  day: string;
  index: number;
  raw: RawRecord;
}

export interface Article {
  id: string;
  source: string;
  headline: string;
  paragraphs: string[];
  /** First paragraph may be shown as a subtitle (short, with >= 2 paragraphs after it). */
  subtitleEligible: boolean;
}

export function loadAll(dataDir = DEFAULT_DATA_DIR): LoadedRecord[] {
  const zips = readdirSync(dataDir)
    .filter((f) => f.endsWith('.zip'))
    .sort();
  const out: LoadedRecord[] = [];
  for (const zip of zips) {
    const day = basename(zip, '.zip');
    const json = execFileSync('unzip', ['-p', join(dataDir, zip)], {
      maxBuffer: 1 << 30,
      encoding: 'utf8',
    });
    const arr = JSON.parse(json) as RawRecord[];
    arr.forEach((raw, index) => {
      out.push({ id: `${raw.source}:${day}:${index}`, day, index, raw });
    });
  }
  return out;
}

const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);
const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/**
 * The record's body paragraphs: content split at newlines, trimmed, non-empty,
 * after removing the few outlet artefacts whose exact shape is known
 * (a link line glued at the end that repeats the title, a dateline that is
 * exactly the author field, a one-line dateline naming the outlet, a tag list
 * glued after the last sentence). Returns null when the shape is not the
 * expected one.
 */
export function recordParagraphs(raw: RawRecord): string[] | null {
  let c = raw.content ?? '';
  const author = (raw.author ?? '').trim();
  if (raw.source === 'alweeam') {
    const m = /\s*رابط الخبر بصحيفة الوئام:([^\n]*)\s*$/.exec(c);
    if (m) {
      if (squash(m[1] ?? '') !== squash(raw.title)) return null;
      c = c.slice(0, m.index);
    }
  }
  if (raw.source === 'sabq' && author.length >= 4) {
    const t = c.trimStart();
    if (t.startsWith(author)) c = t.slice(author.length);
  }
  let paras = c
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);
  if (raw.source === '3alyoum') {
    const first = paras[0];
    if (first !== undefined && first.includes('عين اليوم') && words(first).length <= 8) paras = paras.slice(1);
    const lastIdx = paras.length - 1;
    const last = paras[lastIdx];
    if (last !== undefined) {
      if (/^سمات\s/.test(last) && !/[.!؟?،,:]/.test(last)) paras = paras.slice(0, lastIdx);
      else {
        const m = /^(.*[.!؟?»"”…])\s+سمات\s+[^.!؟?«»"“”:،,]*$/.exec(last);
        if (m && m[1]) paras[lastIdx] = m[1].trim();
      }
    }
  }
  return paras;
}

const BAD_CONTENT =
  /https?:|www\.|\.com|@|&[a-z#0-9]+;|[A-Za-z]|[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u00ad\r\u2028\u2029\u0000-\u0008\u000b\u000c\u000e-\u001f]|المزيد|سمات|اقرأ|إقرأ|اقرا|رابط|للاشتراك|اشترك|تابعو|ارسل|أرسل|للتواصل|جانب من|الصورة|صورة|تصوير|بالصور|بالفيديو|فيديو|شاهد|من اليمين|هاتف|جوال|واتس|تويتر|فيسبوك|انستقرام|سناب|يوتيوب|حساب|الرابط|موقع الصحيفة/;
const BAD_TITLE =
  /&[a-z#0-9]+;|[A-Za-z]|[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u00ad\r\n\t]|\s{2,}|[|]|بالصور|صور|فيديو|شاهد|إنفوجراف|انفوجراف|كاريكاتير|عاجل|\.\.\.$|:$/;
const TERMINAL = /[.!؟?»"”…]$/;
const AGENCY_TAIL = /واس|رويترز|أ ف ب|أ\.ف\.ب|د ب أ|يو بي آي|الأناضول|وكالات|\(/;
const BULLET = /^[-*•■●◄►▪]/;

const ARABIC_RUN = /[\u0621-\u064a\u0671-\u06d3]+/g;
const ARABIC_RUN_ONE = /[\u0621-\u064a\u0671-\u06d3]+/;
export const SOURCES = [
  'aawsat', 'aleqtisadiya', 'aljazirah', 'almadina', 'alriyadh', 'alwatan',
  'alweeam', 'alyaum', 'arreyadi', 'okaz', 'sabq', '3alyoum',
] as const;

const GLUE_PREFIX = /^(وال|بال|فال|كال|لل|ال|وب|ول|وس|وت|وي|ون|لت|ست|سي|مت|با|لي|لا|وا|ولا|بت|بي|فت|في)$/;
const GLUE_SUFFIX = /^(ها|هم|هما|هن|ون|ين|ات|نا|ني|ته|تها|تهم|يا|ية|يات|يين|كم|لك|وا|ان|تان|تين|تم|تما)$/;

function longestArabicRun(s: string): number {
  let best = 0;
  for (const m of s.matchAll(/[\u0621-\u064a\u0671-\u06d3]+/g)) best = Math.max(best, m[0].length);
  return best;
}

export interface Pool {
  all: LoadedRecord[];
  clean: Article[];
  /** Titles from records usable in list widgets (related, most read...). */
  listTitles: { id: string; title: string }[];
  rejected: Record<string, number>;
}

export function buildPool(all: LoadedRecord[]): Pool {
  const rejected: Record<string, number> = {};
  const reject = (why: string): void => {
    rejected[why] = (rejected[why] ?? 0) + 1;
  };

  // Deduplicate (same title or same content seen before) and split into paragraphs.
  const seenTitle = new Set<string>();
  const seenContent = new Set<string>();
  interface Cand {
    rec: LoadedRecord;
    title: string;
    paras: string[];
  }
  const cands: Cand[] = [];
  for (const rec of all) {
    const t = squash(rec.raw.title ?? '');
    const ck = squash(rec.raw.content ?? '').slice(0, 400);
    if (seenTitle.has(t) || (ck && seenContent.has(ck))) {
      reject('duplicate');
      continue;
    }
    seenTitle.add(t);
    if (ck) seenContent.add(ck);
    const paras = recordParagraphs(rec.raw);
    if (!paras) {
      reject('shape');
      continue;
    }
    cands.push({ rec, title: (rec.raw.title ?? '').trim(), paras });
  }

  // Per-outlet statistics: repeated lines, repeated openings and endings.
  const paraFreq = new Map<string, number>();
  const openFreq = new Map<string, number>();
  const endFreq = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string): void => {
    m.set(k, (m.get(k) ?? 0) + 1);
  };
  for (const c of cands) {
    const src = c.rec.raw.source;
    for (const p of new Set(c.paras)) bump(paraFreq, `${src}\u0001${squash(p)}`);
    const w = words(c.paras.join(' '));
    if (w.length) {
      bump(openFreq, `${src}\u0001${w.slice(0, 3).join(' ')}`);
      bump(openFreq, `${src}\u0001${w.slice(0, 2).join(' ')}#2`);
      bump(endFreq, `${src}\u0001${w.slice(-3).join(' ')}`);
    }
  }

  // Corpus vocabulary and opening words, to spot a caption or a name glued to
  // the first word of the text ("<caption><verb>...").
  const vocab = new Map<string, number>();
  const openers = new Map<string, number>();
  for (const c of cands) {
    for (const m of c.paras.join(' ').matchAll(ARABIC_RUN)) bump(vocab, m[0]);
    const first = ARABIC_RUN_ONE.exec(c.paras[0] ?? '');
    if (first) bump(openers, `${c.rec.raw.source}\u0001${first[0]}`);
  }
  const openerElsewhere = (src: string, w: string): number => {
    let n = 0;
    for (const s of SOURCES) if (s !== src) n += openers.get(`${s}\u0001${w}`) ?? 0;
    return n;
  };
  const gluedAt = (text: string): boolean => {
    if (/[ةى][\u0621-\u064a]/.test(text.replace(/\u0649\u0627/g, ''))) return true;
    const toks = [...text.matchAll(ARABIC_RUN)].slice(0, 25).map((m) => m[0]);
    return toks.some((t) => {
      if ((vocab.get(t) ?? 0) > 1 || t.length < 6) return false;
      for (let i = 3; i <= t.length - 3; i++) {
        const a = t.slice(0, i);
        const b = t.slice(i);
        if (GLUE_PREFIX.test(a) || GLUE_SUFFIX.test(b)) continue;
        if ((vocab.get(a) ?? 0) >= 50 && (vocab.get(b) ?? 0) >= 50) return true;
      }
      return false;
    });
  };

  const clean: Article[] = [];
  const listTitles: { id: string; title: string }[] = [];
  for (const c of cands) {
    const src = c.rec.raw.source;
    const t = c.title;
    const tw = words(t).length;
    const titleOk = !BAD_TITLE.test(t) && t.length >= 15 && t.length <= 140 && tw >= 4 && tw <= 22;
    if (titleOk && longestArabicRun(t) < 16 && !/ة[\u0621-\u064a]/.test(t)) listTitles.push({ id: c.rec.id, title: t });

    if (!titleOk) {
      reject('title');
      continue;
    }
    const p = c.paras;
    const all = p.join('\n');
    const w = words(all);
    if (p.length === 0) reject('empty');
    else if (BAD_CONTENT.test(c.rec.raw.content) && src !== '3alyoum' && src !== 'alweeam') reject('pattern');
    else if (BAD_CONTENT.test(all)) reject('pattern');
    else if (p.length > 12) reject('many-paragraphs');
    else if (w.length < 40 || w.length > 900) reject('length');
    else if (p.some((x) => words(x).length < 8)) reject('short-line');
    else if (p.some((x) => !TERMINAL.test(x))) reject('unterminated-line');
    else if (p.some((x) => BULLET.test(x))) reject('bullet');
    else if (p.some((x) => squash(x) === squash(t) || x.includes(t))) reject('title-in-body');
    else if (p.some((x) => (paraFreq.get(`${src}\u0001${squash(x)}`) ?? 0) > 1)) reject('repeated-line');
    else if ((openFreq.get(`${src}\u0001${w.slice(0, 3).join(' ')}`) ?? 0) >= 3) reject('repeated-opening');
    else if ((openFreq.get(`${src}\u0001${w.slice(0, 2).join(' ')}#2`) ?? 0) >= 8) reject('repeated-opening');
    else if ((endFreq.get(`${src}\u0001${w.slice(-3).join(' ')}`) ?? 0) >= 3) reject('repeated-ending');
    else if (/[:–—ـ]|\s-\s|^\S+\s*-/.test((p[0] ?? '').slice(0, 60))) reject('dateline');
    else if (AGENCY_TAIL.test((p[p.length - 1] ?? '').slice(-40))) reject('agency-tail');
    else if (longestArabicRun(all) >= 16) reject('glued-words');
    else if (/\s{3,}/.test(all)) reject('space-runs');
    else if (openerElsewhere(src, ARABIC_RUN_ONE.exec(p[0] ?? '')?.[0] ?? '') < 5) reject('odd-opening');
    else if (gluedAt(p[0] ?? '') || /[ة][\u0621-\u064a]/.test(all)) reject('glued-words');
    else {
      const a = squash(c.rec.raw.author ?? '').replace(/[:\s]+$/, '');
      if (a.length >= 4 && all.slice(0, 150).includes(a)) {
        reject('author-in-body');
        continue;
      }
      const first = p[0] ?? '';
      clean.push({
        id: c.rec.id,
        source: src,
        headline: t,
        paragraphs: p,
        subtitleEligible: p.length >= 3 && words(first).length <= 30,
      });
    }
  }
  return { all, clean, listTitles, rejected };
}
