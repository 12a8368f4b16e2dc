// Blind test-data generator for issue 13's dump evaluation.
// Written WITHOUT reading Rasd's extractor, its chrome word lists, or any other generator or eval script:
// every chrome wording here is our own. Score the extractor on its output ONCE, at the end, never to tune.
//
// Lays out real SaudiNewsNet articles (read from ../shared/data/saudinewsnet/*.zip at run time; never
// copied into the repo, and the output must not be committed) as scraped page-text dumps with chrome.
//   node --import tsx scripts/blind/generate-dumps.ts OUTDIR [--seed N] [--articles N]
// Writes OUTDIR/dumps/NNN.txt, OUTDIR/gold.json (UTF-16 offsets, `text.slice(start, end)`) and OUTDIR/README.txt.
// Subtitle rule: none. SaudiNewsNet records have no standfirst, and we do not invent one, so subtitle is always null.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SNN_DIR, saudiNewsNetZips } from '../lib/saudinewsnet.js';
import { KIND_NAMES } from './chrome-kinds.js';
import { type Line, drawStyle, layoutArticle } from './layout-article.js';
import { type Rng, chance, int, mulberry32, pick } from './prng.js';
import { type GoldArticle, renderDump } from './render-dump.js';
import { type Picked, loadRecords, pickRecords } from './select-records.js';
import { verifyGold } from './verify-gold.js';

interface Args { out: string; seed: number; articles: number }

function usage(msg: string): never {
  process.stderr.write(`${msg}\nusage: node --import tsx scripts/blind/generate-dumps.ts OUTDIR [--seed N] [--articles N]\n`);
  process.exit(2);
}

function parseArgs(argv: string[]): Args {
  let out: string | undefined;
  let seed = 13;
  let articles = 200;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--seed' || a === '--articles') {
      const v = Number(argv[++i]);
      if (!Number.isInteger(v) || v < (a === '--seed' ? 0 : 1)) usage(`${a} needs a whole number, got ${JSON.stringify(argv[i])}`);
      if (a === '--seed') seed = v; else articles = v;
    } else if (a.startsWith('--')) usage(`unknown option ${a}`);
    else if (out === undefined) out = a;
    else usage(`unexpected argument ${a}`);
  }
  if (out === undefined) usage('OUTDIR is required');
  return { out, seed, articles };
}

/** Headlines of records not laid out as articles, for «read more» lists and the like. */
function titleSource(r: Rng, pool: string[], exclude: Set<string>): (n: number) => string[] {
  return (n) => {
    const got: string[] = [];
    for (let tries = 0; got.length < n && tries < n * 20; tries++) {
      const t = pick(r, pool);
      if (!exclude.has(t) && !got.includes(t)) got.push(t);
    }
    return got;
  };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const zips = saudiNewsNetZips();
  if (zips.length === 0) {
    process.stderr.write(`SaudiNewsNet is missing: no .zip files in ${SNN_DIR}. This generator needs it at run time.\n`);
    process.exit(1);
  }
  const r = mulberry32(args.seed);
  const { records, titles } = await loadRecords(zips);
  const picked = pickRecords(r, records, args.articles);
  const chosenTitles = new Set(picked.map((p) => p.title));
  const otherTitles = titleSource(r, titles, chosenTitles);

  const dumpsDir = join(args.out, 'dumps');
  mkdirSync(dumpsDir, { recursive: true });
  for (const f of readdirSync(dumpsDir)) if (/^\d{3,}\.txt$/.test(f)) rmSync(join(dumpsDir, f));

  const gold: GoldArticle[] = [];
  const perKind = new Map<string, number>(KIND_NAMES.map((k) => [k, 0]));
  let files = 0;
  for (let i = 0; i < picked.length; files++) {
    const group: Picked[] = picked.slice(i, i + int(r, 1, 4));
    i += group.length;
    const style = drawStyle(r);
    const name = `dumps/${String(files).padStart(3, '0')}.txt`;
    const articles = group.map((a, k) => {
      const lines: Line[] = layoutArticle(r, style, a, { first: k === 0, last: k === group.length - 1 }, otherTitles);
      if (k > 0 && lines[0]) lines[0] = { ...lines[0], gap: style.articleGap };
      return { lines, outlet: a.outlet, recordId: a.recordId };
    });
    const lead = chance(r, 0.15) ? '\n'.repeat(int(r, 1, 2)) : '';
    const trail = pick(r, ['', '\n', '\n', '\n\n\n']);
    const out = renderDump(name, articles, lead, trail);
    verifyGold(name, out.text, out.gold, out.expects);
    writeFileSync(join(args.out, name), out.text, 'utf8');
    for (const g of out.gold) for (const c of g.chrome) perKind.set(c.kind, (perKind.get(c.kind) ?? 0) + 1);
    gold.push(...out.gold);
  }
  writeFileSync(join(args.out, 'gold.json'), JSON.stringify(gold, null, 1) + '\n', 'utf8');

  const days = new Set(picked.map((p) => p.day)).size;
  const outlets = new Set(picked.map((p) => p.outlet)).size;
  const kinds = [...perKind].filter(([, n]) => n > 0).map(([k, n]) => `${k}=${n}`).join(' ');
  const chromeLines = [...perKind.values()].reduce((a, b) => a + b, 0);
  writeFileSync(join(args.out, 'README.txt'), [
    'Blind dump-evaluation data for issue 13, made by scripts/blind/generate-dumps.ts (written without reading the extractor).',
    'Contains SaudiNewsNet text (CC BY-NC-SA 4.0): for local evaluation only, never commit or ship it.',
    `seed: ${args.seed}  articles: ${gold.length}  files: ${files}  days: ${days}  outlets: ${outlets}  chrome lines: ${chromeLines}`,
    '',
    'gold.json: one entry per article, in file order: {file (relative to this folder), headline: [start,end],',
    'subtitle: null (records have no standfirst; none is invented), body: [[start,end], ...] in order,',
    'chrome: [{kind, start, end}] one entry per chrome line (a share bar glued before the first body line is its own',
    'entry and the body span starts after it), outlet, recordId (zip day#index in its JSON array)}.',
    'Offsets are UTF-16 code units into the file text: text.slice(start, end) is the piece. Everything outside the',
    'spans is whitespace. Page-top chrome belongs to the article that follows it, page-bottom chrome to the one before.',
    '"headline-repeat" is the headline printed a second time under itself (as real dumps do); it counts as chrome.',
    'Records are skipped when their last paragraph has under 4 words (a signature or teaser scrap); paragraphs that are',
    "the source site's own permalink/contact/syndication lines are dropped; nothing else of the record is changed.",
    '',
    'chrome lines per kind:',
    ...[...perKind].map(([k, n]) => `  ${k}: ${n}`),
    '',
  ].join('\n'), 'utf8');
  process.stdout.write(`blind dumps: ${files} files, ${gold.length} articles (${days} days, ${outlets} outlets), ${chromeLines} chrome lines: ${kinds}\n`);
}

await main();
