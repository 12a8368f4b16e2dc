// Loading SaudiNewsNet days at run time and deciding which records are clean
// enough to be laid out as articles. No record text is stored in the repo.

import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { hashString } from './prng.js';

export const DATA_DIR = '/work/shared/data/saudinewsnet';

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
  source: string;
  title: string; // whitespace-collapsed
  author: string;
  date: string; // date_extracted, "YYYY-MM-DD hh:mm:ss"
  paras: string[]; // whitespace-collapsed paragraphs
  words: number;
}

export function normalizeSpace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Paragraphs of a record's content: its newlines split it, empty ones drop. */
export function contentParagraphs(content: string): string[] {
  return content.split(/\r?\n/).map(normalizeSpace).filter((p) => p.length > 0);
}

export function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

export function listDays(): string[] {
  return readdirSync(DATA_DIR)
    .filter((f) => f.endsWith('.zip'))
    .map((f) => f.slice(0, -4))
    .sort();
}

export function readDay(day: string): RawRecord[] {
  const buf = execFileSync('unzip', ['-p', join(DATA_DIR, `${day}.zip`)], {
    maxBuffer: 1 << 30,
  });
  const arr: unknown = JSON.parse(buf.toString('utf8'));
  if (!Array.isArray(arr)) throw new Error(`${day}: not a JSON array`);
  return arr as RawRecord[];
}

export function toRec(day: string, index: number, r: RawRecord): Rec {
  const paras = contentParagraphs(r.content ?? '');
  return {
    id: `${day}#${index}`,
    day,
    index,
    source: r.source ?? '',
    title: normalizeSpace(r.title ?? ''),
    author: normalizeSpace(r.author ?? ''),
    date: r.date_extracted ?? `${day} 12:00:00`,
    paras,
    words: paras.reduce((n, p) => n + wordCount(p), 0),
  };
}

// Characters and fragments that betray markup, links or invisible controls.
const DIRTY = /https?:|www\.|\.com|\.net|@|&[a-z#0-9]+;|[<>{}\[\]|]|[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u061c]/i;

// Words and phrases that mark chrome inside a record's content, matched as
// whole words (an optional clitic in front), so that «واس» does not match
// «واسعة».
const CHROME_WORDS = [
  'فيسبوك', 'فيس بوك', 'الفيس', 'تويتر', 'تويتير', 'واتساب', 'واتس اب', 'واتس آب', 'جوجل',
  'انستقرام', 'انستغرام', 'إنستغرام', 'يوتيوب', 'سناب شات', 'سناب', 'اقرأ', 'إقرأ', 'اقرا',
  'المزيد', 'للمزيد', 'رابط', 'المصدر', 'متابعات', 'واس', 'SMS', 'للاشتراك', 'اشترك', 'أرسل',
  'ارسل', 'فاكس', 'ص.ب', 'البريد الإلكتروني', 'تصوير', 'سمات', 'عين اليوم', 'Next', 'Previous',
  'رويترز', 'أ ف ب', 'ا ف ب', 'أ.ف.ب', 'د ب أ', 'د.ب.أ', 'أ ش أ', 'يو بي آي', 'يو بي اي', 'كونا',
  'وام', 'قنا', 'بنا', 'سبق', 'الوئام', 'الشرق الأوسط', 'الاقتصادية', 'الجزيرة', 'عكاظ',
  'الرياضي', 'كتب', 'بقلم', 'حرر', 'مراسلنا', 'شاهد', 'شاهدوا', 'بالفيديو', 'بالصور', 'فيديو',
  'انتهى', 'التعليقات', 'تعليقات', 'انقر', 'اضغط', 'الرابط', 'الموقع الإلكتروني',
];
const AR = '\\u0621-\\u064a\\u0660-\\u0669a-zA-Z';
const CHROME_RE = new RegExp(
  `(?<![${AR}])(?:و|ب|ل|ف|ال|وال|بال|لل)?(?:${CHROME_WORDS.map(escapeRe).join('|')})(?![${AR}])`,
);

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const SENTENCE_END = /[.!?؟…»"”')\]:]$/;
const DASHES = /(\s[-ـ–—]\s?|\s?[-–—]\s|:)/;

/** Why a record is not clean enough, or null when it may be used as an article. */
export function rejectReason(r: Rec): string | null {
  if (!r.source) return 'no source';
  if (!r.title || DIRTY.test(r.title) || /^[\s"'«“]*$/.test(r.title)) return 'title';
  if (wordCount(r.title) < 3 || r.title.length > 160) return 'title size';
  if (r.paras.length === 0) return 'empty';
  if (r.words < 40) return 'short';
  if (r.words > 900) return 'long';
  const all = r.paras.join('\n');
  if (DIRTY.test(all)) return 'dirty chars';
  const cw = CHROME_RE.exec(all);
  if (cw) return `chrome word ${cw[0]}`;
  if (all.includes(r.title)) return 'title repeated';
  // «ة» inside a word means two words glued: a caption run into the text.
  if (/ة[\u0621-\u064a]/.test(all)) return 'glued words';
  if (r.author && r.author.length >= 4 && all.slice(0, 200).includes(r.author)) return 'author in text';
  const seen = new Set<string>();
  for (const p of r.paras) {
    if (seen.has(p)) return 'repeated paragraph';
    seen.add(p);
    const n = wordCount(p);
    if (n < 6) return 'short paragraph';
    if (/^[*•\-–—ـ·+#>=_\d]/.test(p)) return 'bullet paragraph';
    if (n < 14 && !SENTENCE_END.test(p)) return 'line without sentence end';
    const head = p.split(/\s+/).slice(0, 7).join(' ');
    if (DASHES.test(head)) return 'credit-like opening';
  }
  const last = r.paras[r.paras.length - 1] ?? '';
  if (!SENTENCE_END.test(last)) return 'last paragraph open';
  return null;
}

export interface Corpus {
  clean: Rec[]; // usable as articles
  titled: Rec[]; // clean title only: usable in chrome (tickers, related lists)
}

export function loadCorpus(): Corpus {
  const clean: Rec[] = [];
  const titled: Rec[] = [];
  const seenTitles = new Set<string>();
  const seenOpenings = new Set<string>();
  for (const day of listDays()) {
    readDay(day).forEach((raw, i) => {
      const r = toRec(day, i, raw);
      if (!r.title || seenTitles.has(r.title)) return;
      seenTitles.add(r.title);
      if (DIRTY.test(r.title) || wordCount(r.title) < 3 || r.title.length > 120) return;
      titled.push(r);
      const opening = (r.paras[0] ?? '').slice(0, 120);
      if (seenOpenings.has(opening)) return;
      seenOpenings.add(opening);
      if (rejectReason(r) === null) clean.push(r);
    });
  }
  return { clean, titled };
}

/** Stable pseudo-random order: by hash of the record id under a seed. */
export function hashOrder(recs: Rec[], seed: string): Rec[] {
  return recs
    .map((r) => ({ r, h: hashString(`${seed}|${r.id}`) }))
    .sort((a, b) => a.h - b.h || (a.r.id < b.r.id ? -1 : 1))
    .map((x) => x.r);
}
