// Lays clean SaudiNewsNet records out as page-text dumps of twelve imaginary
// news sites and writes the gold spans.
//   node --import tsx scripts/blind6/generate-dumps.ts OUTDIR
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addMinutes, parseStamp } from './dates.js';
import { TitlePool, type FileState, type PageCtx, type SiteDef } from './kit.js';
import { Writer, type Gold } from './layout.js';
import { Rng } from './prng.js';
import { loadCorpus, norm, subtitleEligible, type Rec } from './records.js';
import { assign } from './select.js';
import { SITES } from './sites/index.js';

export const SEED = 'blind6/2024-a';

interface FilePlan {
  site: SiteDef;
  nth: number;
  recs: Rec[];
}

function plan(rng: Rng, byId: Map<string, Rec[]>): FilePlan[] {
  const files: FilePlan[] = [];
  for (const site of SITES) {
    const recs = (byId.get(site.id) ?? []).slice();
    site.files.forEach((n, nth) => files.push({ site, nth, recs: recs.splice(0, n) }));
  }
  return rng.shuffle(files);
}

function renderFile(name: string, fp: FilePlan, pool: TitlePool, rng: Rng): { text: string; golds: Gold[] } {
  const style = fp.site.style(rng, fp.nth);
  const w = new Writer(name, style, rng.fork('writer'));
  const file: FileState = { memo: new Map(), headlines: new Set(fp.recs.map((r) => norm(r.title))) };
  const cont = fp.recs.map((_, i) => i > 0 && rng.chance(fp.site.scrollChance ?? 0));
  fp.recs.forEach((rec, index) => {
    const r = rng.fork(`page${index}`);
    const showSub = subtitleEligible(rec) && r.chance(fp.site.subtitles);
    const now = parseStamp(rec.extracted);
    const pub = addMinutes(now, -r.int(25, 20 * 60));
    const ctx: PageCtx = {
      w,
      r,
      rec,
      sub: showSub ? (rec.paragraphs[0] as string) : null,
      body: showSub ? rec.paragraphs.slice(1) : rec.paragraphs.slice(),
      pub,
      upd: addMinutes(pub, r.chance(0.5) ? r.int(5, 300) : 0),
      now,
      index,
      count: fp.recs.length,
      fileRecs: fp.recs,
      next: fp.recs[index + 1] ?? null,
      pool,
      file,
      continued: cont[index] ?? false,
      nextContinued: cont[index + 1] ?? false,
    };
    w.begin(rec.source, rec.id);
    if (fp.site.listing && !ctx.continued && r.chance(fp.site.listingChance ?? 0) && (index === 0 || r.chance(0.3))) {
      fp.site.listing(ctx);
    }
    fp.site.page(ctx);
  });
  return { text: w.text(), golds: w.golds };
}

function main(): void {
  const outDir = process.argv[2];
  if (!outDir) {
    console.error('usage: generate-dumps.ts OUTDIR');
    process.exit(2);
  }
  const corpus = loadCorpus(SEED);
  const pool = new TitlePool(corpus.titles);
  const rng = new Rng(SEED);
  const files = plan(rng.fork('plan'), assign(SEED, SITES, corpus.clean));
  rmSync(join(outDir, 'dumps'), { recursive: true, force: true });
  mkdirSync(join(outDir, 'dumps'), { recursive: true });
  const gold: Gold[] = [];
  files.forEach((fp, i) => {
    const name = `dumps/${String(i + 1).padStart(3, '0')}.txt`;
    const { text, golds } = renderFile(name, fp, pool, new Rng(`${SEED}/${name}/${fp.site.id}`));
    writeFileSync(join(outDir, name), text, 'utf8');
    gold.push(...golds);
  });
  writeFileSync(join(outDir, 'gold.json'), `[\n${gold.map((g) => JSON.stringify(g)).join(',\n')}\n]\n`, 'utf8');
  console.log(`wrote ${files.length} files, ${gold.length} articles to ${outDir}`);
}

main();
