// Reading SaudiNewsNet records from the zip files at run time (no corpus text lives in the repo).
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export const SNN_DIR = '/work/shared/data/saudinewsnet';

export interface SnnRecord {
  id: string; // source:day:index-in-day-file
  day: string;
  source: string;
  url: string;
  date_extracted: string;
  title: string;
  author: string;
  content: string;
}

export function loadSnn(dir: string = SNN_DIR): SnnRecord[] {
  const zips = readdirSync(dir)
    .filter((f) => f.endsWith('.zip'))
    .sort();
  const out: SnnRecord[] = [];
  for (const z of zips) {
    const day = z.replace(/\.zip$/, '');
    const json = execFileSync('unzip', ['-p', join(dir, z)], {
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    });
    const arr = JSON.parse(json) as Array<Record<string, unknown>>;
    arr.forEach((r, i) => {
      const str = (k: string): string => (typeof r[k] === 'string' ? (r[k] as string) : '');
      out.push({
        id: `${str('source')}:${day}:${i}`,
        day,
        source: str('source'),
        url: str('url'),
        date_extracted: str('date_extracted'),
        title: str('title'),
        author: str('author'),
        content: str('content'),
      });
    });
  }
  return out;
}

/** The content's lines, split at newlines, trimmed, non-empty: the paragraph candidates. */
export function contentLines(content: string): string[] {
  return content
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}

export function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
