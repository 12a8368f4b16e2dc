// The articles a dump is made of: SaudiNewsNet records with their own chrome taken out, and a
// seeded draw balanced across outlets and days.
//
// HEURISTIC: the records carry page chrome inside `content` (a slider "Next Previous" line, a
// reporter/outlet credit, an SMS contact block, a "read more" line, an e-mail signature, a link
// line). No list of it exists, so a line is taken for chrome (and dropped, neither body nor chrome in
// the gold) when it recurs in 3 or more records of its outlet that have different titles, or when it
// has an obvious contact/link shape (LINE_CHROME below). Besides: sabq's first line starts with the
// record's author («name - سبق - place:»), which is cut off; a first line shaped as a credit («عين
// اليوم – جدة», «name – place») and a line equal to the record's author or title are dropped; alweeam's
// «رابط الخبر بصحيفة الوئام: …» is cut off where it ends a paragraph; control characters are removed.
// Some chrome of the records surely stays in (a byline or sign-off that occurs once), and now and
// then a real line that recurs is dropped; the gold describes the dump as laid out either way.
import type { SnnRecord } from '../../lib/snn-days.js';
import type { Rng } from './prng.js';

export interface Article {
  recordId: string;
  outlet: string;
  day: string;
  title: string;
  author: string;
  paragraphs: string[];
}

export interface CleanStats {
  recurringLines: number;
  droppedRecurring: number;
  droppedShape: number;
  cutPrefix: number;
  cutSuffix: number;
}

export const noStats = (): CleanStats => ({ recurringLines: 0, droppedRecurring: 0, droppedShape: 0, cutPrefix: 0, cutSuffix: 0 });

const MIN_CONTENT = 200;
const MIN_REPEATS = 3;
const SHORT = 120;

/** Contact and link shapes (only on short lines, so a paragraph that mentions an address stays). */
const LINE_CHROME: RegExp[] = [
  /[\w.+-]+@[\w-]+\.[\w.]+/, // an e-mail address
  /https?:\/\/|www\.|\.com\b|\.net\b|\.sa\b/i, // a URL
  /^@\w+$/, // a bare Twitter handle
  /^(تويتر|twitter|فيسبوك|facebook)\s*[:：]?\s*@?\w*$/i,
  /\bsms\b/i,
  /^\d{4,6}\s*[-–]\s*(stc|mobily|zain)$/i,
  /(تبدأ بالرمز|الاتصالات\s*[،,]?\s*\d|موبايلي|زين\s*تبدأ)/,
  /^(للتواصل|لمراسلة الكاتب|للمراسلة)/,
  /^Next\s+Previous/i,
  /^رابط (الخبر|المقال)/,
  /^مقالات أخرى للكاتب/,
  /^\.{2,}\s*المزيد$/,
];
const SUFFIX_LINK = /\s*رابط الخبر بصحيفة الوئام\s*:.*$/;

/** A first line such as «عين اليوم – جدة» or «name – place»: two short sides around a dash, no sentence marks. */
function isCreditLine(line: string): boolean {
  const m = /^([^.!؟?:«»"“”()،,]{2,30}?)(?:\s+[-–—ـ]+\s*|\s*[-–—ـ]+\s+)([^.!؟?:«»"“”()،,\-–—ـ]{2,30})$/.exec(line);
  return !!m && line.length <= 50 && m.slice(1).every((side) => side.trim().split(/\s+/).length <= 4);
}

// Control characters (the records hold a few, e.g. U+001A) are taken out of every line.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const splitLines = (s: string): string[] => s.replace(CONTROL, '').split(/\r\n|[\r\n\u2028\u2029]/).map((l) => l.trim()).filter(Boolean);
const oneLine = (s: string): string => s.replace(CONTROL, '').replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ').trim();

/** Per outlet, the lines found in MIN_REPEATS or more records of different titles. */
export function recurringLines(records: readonly SnnRecord[]): Map<string, Set<string>> {
  const titles = new Map<string, Map<string, Set<string>>>();
  for (const r of records) {
    const byLine = titles.get(r.source) ?? new Map<string, Set<string>>();
    titles.set(r.source, byLine);
    const title = oneLine(r.title);
    for (const line of new Set(splitLines(r.content))) {
      const set = byLine.get(line) ?? new Set<string>();
      set.add(title);
      byLine.set(line, set);
    }
  }
  const out = new Map<string, Set<string>>();
  for (const [outlet, byLine] of titles) {
    out.set(outlet, new Set([...byLine].filter(([, t]) => t.size >= MIN_REPEATS).map(([line]) => line)));
  }
  return out;
}

/** The record laid out as an article (title and paragraphs), or null when too little is left. */
export function cleanRecord(r: SnnRecord, recurring: Map<string, Set<string>>, stats: CleanStats): Article | null {
  const title = oneLine(r.title);
  if (!title || r.content.trim().length < MIN_CONTENT) return null;
  const author = oneLine(r.author);
  const seen = recurring.get(r.source) ?? new Set<string>();
  const paragraphs: string[] = [];
  for (let line of splitLines(r.content)) {
    if (seen.has(line)) {
      stats.droppedRecurring++;
      continue;
    }
    if (line === title || (author.length >= 4 && line === author)) {
      stats.droppedShape++;
      continue;
    }
    if (line.length <= SHORT && LINE_CHROME.some((re) => re.test(line))) {
      stats.droppedShape++;
      continue;
    }
    if (!paragraphs.length && author.length >= 6 && line.startsWith(author)) {
      line = line.slice(author.length).replace(/^[\s:：،,\-–—ـ]+/, '');
      stats.cutPrefix++;
      if (line.length < 30) continue; // the line was only the credit (and a place)
    }
    if (!paragraphs.length && isCreditLine(line)) {
      stats.droppedShape++;
      continue;
    }
    if (SUFFIX_LINK.test(line)) {
      line = line.replace(SUFFIX_LINK, '');
      stats.cutSuffix++;
    }
    if (line) paragraphs.push(line);
  }
  if (paragraphs.join('').length < MIN_CONTENT) return null;
  return { recordId: r.id, outlet: r.source, day: r.day, title, author, paragraphs };
}

/**
 * About `total` articles, as even across outlets as their records allow, each outlet's draws cycling
 * through the days so that every day is used.
 */
export function drawArticles(records: readonly SnnRecord[], total: number, rng: Rng, stats: CleanStats): Article[] {
  const recurring = recurringLines(records);
  stats.recurringLines = [...recurring.values()].reduce((n, s) => n + s.size, 0);
  const pools = new Map<string, Map<string, SnnRecord[]>>();
  for (const r of records) {
    const byDay = pools.get(r.source) ?? new Map<string, SnnRecord[]>();
    pools.set(r.source, byDay);
    byDay.set(r.day, [...(byDay.get(r.day) ?? []), r]);
  }
  const outlets = [...pools.keys()].sort();
  const out: Article[] = [];
  const draws = new Map(outlets.map((o) => [o, 0]));
  let stuck = 0;
  for (let i = 0; out.length < total && stuck < outlets.length * 4; i++) {
    const outlet = outlets[i % outlets.length]!;
    const byDay = pools.get(outlet)!;
    const days = [...byDay.keys()].filter((d) => byDay.get(d)!.length).sort();
    if (!days.length) {
      stuck++;
      continue;
    }
    const k = draws.get(outlet)!;
    draws.set(outlet, k + 1);
    const pool = byDay.get(days[(k + outlets.indexOf(outlet)) % days.length]!)!;
    let article: Article | null = null;
    let local = noStats();
    while (pool.length && !article) {
      local = noStats();
      article = cleanRecord(pool.splice(rng.int(0, pool.length - 1), 1)[0]!, recurring, local);
    }
    if (article) {
      out.push(article);
      for (const key of ['droppedRecurring', 'droppedShape', 'cutPrefix', 'cutSuffix'] as const) stats[key] += local[key];
      stuck = 0;
    } else stuck++;
  }
  return out;
}
