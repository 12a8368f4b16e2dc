// Loads SaudiNewsNet at run time and picks the articles to lay out, spread over days and outlets.
import { basename } from 'node:path';
import { readZipEntries, type SnnArticle } from '../lib/saudinewsnet.js';
import { type Rng, shuffle } from './prng.js';

/** One record ready for layout: a one-line headline and its non-empty, trimmed paragraphs. */
export interface Picked {
  recordId: string; // «2015-07-21#123»: zip day and index in its JSON array
  day: string;
  outlet: string;
  date: Date;
  author: string;
  title: string;
  paragraphs: string[];
}

/** A title on one line: «a\n b» → «a b». */
export function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

// Lines some records carry from their own site's page (a permalink footer, a contact line, a syndication
// credit). They are dropped from the record so the gold never labels another site's chrome as body.
const SOURCE_LEFTOVERS: readonly RegExp[] = [/^رابط الخبر/, /^للتواصل مع الكاتب/, /^\* ?خدمة «/];

function toPicked(day: string, i: number, a: SnnArticle): Picked | null {
  const title = oneLine(a.title ?? '');
  const paragraphs = (a.content ?? '').split('\n').map((p) => p.trim()).filter((p) => p !== '' && !SOURCE_LEFTOVERS.some((re) => re.test(p)));
  const chars = paragraphs.reduce((n, p) => n + p.length, 0);
  if (title === '' || paragraphs.length === 0 || chars < 150 || chars > 9000 || paragraphs.length > 40) return null;
  // A last paragraph of under 4 words is the source's own leftover («...المزيد», a signature, an e-mail): skip
  // the record rather than label a scrap of someone else's chrome as body.
  if ((paragraphs[paragraphs.length - 1] ?? '').split(/\s+/).length < 4) return null;
  const date = new Date(`${(a.date_extracted ?? day).slice(0, 10)}T00:00:00Z`);
  return {
    recordId: `${day}#${i}`, day, outlet: a.source, date: Number.isNaN(date.getTime()) ? new Date(`${day}T00:00:00Z`) : date,
    author: oneLine(a.author ?? ''), title, paragraphs,
  };
}

/** Every usable record of every zip, and every title (for «read more» lists). */
export async function loadRecords(zips: string[]): Promise<{ records: Picked[]; titles: string[] }> {
  const records: Picked[] = [];
  const titles: string[] = [];
  for (const zip of zips) {
    const day = basename(zip, '.zip');
    for (const buf of await readZipEntries(zip)) {
      const arr = JSON.parse(buf.toString('utf8')) as SnnArticle[];
      arr.forEach((a, i) => {
        const t = oneLine(a.title ?? '');
        if (t.length >= 15) titles.push(t);
        const p = toPicked(day, i, a);
        if (p) records.push(p);
      });
    }
  }
  return { records, titles };
}

/** n records, round-robin over (day, outlet) groups in random order, no two with the same title. */
export function pickRecords(r: Rng, records: Picked[], n: number): Picked[] {
  const groups = new Map<string, Picked[]>();
  for (const rec of records) {
    const key = `${rec.day}|${rec.outlet}`;
    const g = groups.get(key);
    if (g) g.push(rec); else groups.set(key, [rec]);
  }
  const queues = shuffle(r, [...groups.values()]).map((g) => shuffle(r, g));
  const out: Picked[] = [];
  const seen = new Set<string>();
  while (out.length < n && queues.some((q) => q.length > 0)) {
    for (const q of queues) {
      if (out.length >= n) break;
      let rec = q.pop();
      while (rec && seen.has(rec.title)) rec = q.pop();
      if (!rec) continue;
      seen.add(rec.title);
      out.push(rec);
    }
  }
  return shuffle(r, out);
}
