// npm run gen:dumps -- OUTDIR [--seed N] [--articles N]
// Generates a dev set for the dump extractor from SaudiNewsNet records, read at run time (no article
// text is kept in the repository): OUTDIR/dumps/NNN.txt, page-text dumps of 1–5 articles each with page
// chrome around and between them, and OUTDIR/gold.json, one entry per article with the offsets of its
// headline, body paragraphs, captions and chrome (see dumps/render.ts). The record's own chrome is
// dropped by a heuristic first (dumps/records.ts). The set is verified as written; exit 1 if unsound.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SNN_DIR } from '../lib/saudinewsnet.js';
import { loadSnnRecords } from '../lib/snn-days.js';
import { NAMES } from './dumps/chrome-words.js';
import { layFile } from './dumps/layout.js';
import { Rng } from './dumps/prng.js';
import { drawArticles, noStats, type Article } from './dumps/records.js';
import { renderFile, type GoldEntry } from './dumps/render.js';
import { verifyDevSet } from './dumps/verify.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const n = Number(args[i + 1]);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} wants a whole number, not ${args[i + 1]}`);
  args.splice(i, 2);
  return n;
};
const seed = option('--seed', 1);
const total = option('--articles', 300);
const outDir = args[0];
if (!outDir || args.length !== 1) {
  console.error('usage: generate-dumps.ts OUTDIR [--seed N] [--articles N]');
  process.exit(2);
}

const records = await loadSnnRecords();
if (!records.length) {
  console.log(`no SaudiNewsNet days at ${SNN_DIR}: nothing to generate (the data set is missing)`);
  process.exit(0);
}
const rng = new Rng(seed);
const stats = noStats();
const articles = drawArticles(records, total, rng.fork(1), stats);

// Pools the chrome draws on: reporters' names (the lists' and plain names from records' author fields)
// and headlines of records outside the dev set (related / most-read / read-more lines).
const picked = new Set(articles.map((a) => a.recordId));
const pickedTitles = new Set(articles.map((a) => a.title));
const authorNames = [...new Set(records.map((r) => r.author.trim()))].filter((a) => /^[\u0621-\u064A ]{6,24}$/.test(a) && /^\S+( \S+){1,2}$/.test(a));
const names = [...NAMES, ...new Rng(seed).sample(authorNames, 60)];
const titlePool = records.map((r) => r.title.replace(/\s+/g, ' ').trim()).filter((t, i) => t.length >= 15 && t.length <= 110 && !picked.has(records[i]!.id) && !pickedTitles.has(t));
const chromeRng = rng.fork(2);
const otherTitles = (k: number): string[] => Array.from({ length: k }, () => chromeRng.pick(titlePool));

// Files of 1–5 articles: most from one outlet (as one site's pages), some mixed (an aggregator's).
const fileRng = rng.fork(3);
const queues = new Map<string, Article[]>();
for (const a of fileRng.shuffle(articles)) queues.set(a.outlet, [...(queues.get(a.outlet) ?? []), a]);
const groups: Article[][] = [];
for (let left = articles.length; left > 0; ) {
  const size = [1, 2, 3, 4, 5][fileRng.weighted([25, 30, 20, 15, 10])]!;
  const outlets = [...queues].filter(([, q]) => q.length);
  const group: Article[] = [];
  if (fileRng.chance(0.8)) {
    const [, q] = outlets[fileRng.weighted(outlets.map(([, q]) => q.length))]!;
    group.push(...q.splice(0, size));
  } else {
    while (group.length < size && [...queues.values()].some((q) => q.length)) {
      const open = [...queues.values()].filter((q) => q.length);
      group.push(fileRng.pick(open).shift()!);
    }
  }
  left -= group.length;
  groups.push(group);
}

const dumpsDir = join(outDir, 'dumps');
mkdirSync(dumpsDir, { recursive: true });
for (const f of readdirSync(dumpsDir)) if (/^\d{3}\.txt$/.test(f)) rmSync(join(dumpsDir, f));
const gold: GoldEntry[] = [];
const layRng = rng.fork(4);
groups.forEach((group, i) => {
  const file = `dumps/${String(i).padStart(3, '0')}.txt`;
  const rendered = renderFile(layFile(group, layRng, { names, otherTitles }), file, layRng);
  writeFileSync(join(outDir, file), rendered.text);
  gold.push(...rendered.gold);
});
writeFileSync(join(outDir, 'gold.json'), JSON.stringify(gold, null, 1) + '\n');

const tally = (xs: string[]): string => {
  const m = new Map<string, number>();
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, n]) => `${k} ${n}`).join(', ');
};
const days = new Set(articles.map((a) => a.day));
console.log(`wrote ${groups.length} files, ${gold.length} articles to ${resolve(outDir)} (seed ${seed})`);
console.log(`days (${days.size}): ${[...days].sort().join(' ')}`);
console.log(`outlets (${new Set(articles.map((a) => a.outlet)).size}): ${tally(articles.map((a) => a.outlet))}`);
console.log(`paragraphs ${gold.reduce((n, g) => n + g.body.length, 0)}, captions ${gold.reduce((n, g) => n + g.captions.length, 0)}, chrome spans ${gold.reduce((n, g) => n + g.chrome.length, 0)}`);
console.log(`chrome by kind (${new Set(gold.flatMap((g) => g.chrome.map((c) => c.kind))).size} kinds): ${tally(gold.flatMap((g) => g.chrome.map((c) => c.kind)))}`);
console.log(`records' own chrome (heuristic): ${stats.recurringLines} recurring lines known; in the drawn records ${stats.droppedRecurring} recurring and ${stats.droppedShape} contact/link/title/author lines dropped, ${stats.cutPrefix} author prefixes and ${stats.cutSuffix} link tails cut`);

const errors = verifyDevSet(outDir);
if (errors.length) {
  console.error(`verify: ${errors.length} problems`);
  for (const e of errors.slice(0, 30)) console.error('  ' + e);
  process.exit(1);
}
console.log('verify: every span inside its file, trimmed, not overlapping; each article tiled by its spans');
