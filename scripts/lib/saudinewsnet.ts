// Reads the SaudiNewsNet zips from ../shared/data/saudinewsnet at run time (never copied into the repo).
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import yauzl from 'yauzl';
import { readOptions } from './options.js';

export const SHARED_DATA = fileURLToPath(new URL('../../../shared/data/', import.meta.url));
export const SNN_DIR = SHARED_DATA + 'saudinewsnet/';

export interface SnnArticle {
  source: string;
  url: string;
  date_extracted: string;
  title: string;
  author: string;
  content: string;
}

/** The zip paths, or [] when the data set is absent. */
export function saudiNewsNetZips(): string[] {
  if (!existsSync(SNN_DIR)) return [];
  return readdirSync(SNN_DIR).filter((f) => f.endsWith('.zip')).sort().map((f) => SNN_DIR + f);
}

/** The zip paths; when the data set is absent, says so under `label` (the script's name) and exits with 1. */
export function requireSaudiNewsNetZips(label: string): string[] {
  const zips = saudiNewsNetZips();
  if (zips.length) return zips;
  console.error(`${label}: SaudiNewsNet not found: no .zip files in ${SNN_DIR}`);
  process.exit(1);
}

/** The bytes of every file entry of a zip. */
export function readZipEntries(path: string): Promise<Buffer[]> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err ?? new Error(`cannot open ${path}`));
      const out: Buffer[] = [];
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName.endsWith('/')) return zip.readEntry();
        zip.openReadStream(entry, (e2, stream) => {
          if (e2 || !stream) return reject(e2 ?? new Error(`cannot read ${entry.fileName}`));
          const parts: Buffer[] = [];
          stream.on('data', (c: Buffer) => parts.push(c));
          stream.on('end', () => {
            out.push(Buffer.concat(parts));
            zip.readEntry();
          });
          stream.on('error', reject);
        });
      });
      zip.on('end', () => resolve(out));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

/** Every article of every zip (each zip holds one JSON array). */
export async function loadSaudiNewsNet(zips = saudiNewsNetZips()): Promise<SnnArticle[]> {
  const all: SnnArticle[] = [];
  for (const zip of zips) {
    for (const buf of await readZipEntries(zip)) {
      const records = JSON.parse(buf.toString('utf8')) as SnnArticle[];
      for (const r of records) all.push(r);
    }
  }
  return all;
}

/**
 * A benchmark's articles: the first `--articles N` records (default `count`) of the first day, each as
 * its headline and its content's non-empty lines. Says so under `label` and exits when the data set is
 * absent (1) or N is wrong (2).
 */
export async function benchArticles(label: string, count: number): Promise<Array<{ headline: string | null; paragraphs: string[] }>> {
  const usage = `usage: ${label} [--articles N (integer >= 1)]`;
  const limit = Number(readOptions(label, usage, { articles: { type: 'string', default: String(count) } }).articles);
  if (!Number.isInteger(limit) || limit < 1) {
    console.error(usage);
    process.exit(2);
  }
  const zips = requireSaudiNewsNetZips(label);
  return (await loadSaudiNewsNet(zips.slice(0, 1))).slice(0, limit).map((r) => ({
    headline: r.title?.trim() || null,
    paragraphs: (r.content ?? '').split('\n').map((l) => l.trim()).filter(Boolean),
  }));
}
