// Lays real SaudiNewsNet records out as the page text a scraper saves from
// imaginary Arabic news sites, with the chrome left in, and writes the gold.
//
//   node --import tsx scripts/blind5/generate-dumps.ts OUTDIR

import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Pool, type Site } from './kit.js';
import { PageWriter, type GoldEntry } from './layout.js';
import { Rng } from './prng.js';
import { hashOrder, loadCorpus, type Rec } from './records.js';
import { SITES } from './sites/index.js';

const SEED = 'blind5-2015';
const TOTAL_ARTICLES = 200;

interface Planned {
  site: Site;
  recs: Rec[];
}

/** Which site each file comes from and which records it carries. */
function plan(clean: Rec[], rng: Rng): Planned[] {
  const byOutlet = new Map<string, Rec[]>();
  for (const r of hashOrder(clean, SEED)) {
    const q = byOutlet.get(r.source) ?? [];
    q.push(r);
    byOutlet.set(r.source, q);
  }
  const allOutlets = [...byOutlet.keys()].sort();
  const take = (site: Site, k: number): Rec => {
    // Rotate over the site's outlets; fall back to any outlet with records left.
    const prefs = site.outlets.filter((o) => (byOutlet.get(o)?.length ?? 0) > 0);
    const outlet = prefs.length ? (prefs[k % prefs.length] as string) : (allOutlets.find((o) => (byOutlet.get(o)?.length ?? 0) > 0) as string);
    const q = byOutlet.get(outlet) as Rec[];
    let at = 0;
    if (site.topic) {
      const hit = q.slice(0, 400).findIndex((r) => site.topic?.test(r.title));
      if (hit >= 0) at = hit;
    }
    return q.splice(at, 1)[0] as Rec;
  };
  const files: Planned[] = [];
  const counters = new Map<string, number>();
  let total = 0;
  let order: Site[] = [];
  while (total < TOTAL_ARTICLES) {
    if (order.length === 0) order = rng.shuffle(SITES.slice());
    const site = order.shift() as Site;
    const n = Math.min(rng.pick(site.perFile), TOTAL_ARTICLES - total);
    const recs: Rec[] = [];
    for (let i = 0; i < n; i++) {
      const k = counters.get(site.id) ?? 0;
      counters.set(site.id, k + 1);
      recs.push(take(site, k));
    }
    files.push({ site, recs });
    total += n;
  }
  return files;
}

function main(): void {
  const outDir = process.argv[2];
  if (!outDir) {
    console.error('usage: generate-dumps.ts OUTDIR');
    process.exit(2);
  }
  const { clean, titled } = loadCorpus();
  const rng = new Rng(SEED);
  const files = plan(clean, rng.fork('plan'));
  const used = new Set(files.flatMap((f) => f.recs.map((r) => r.id)));
  const pool = new Pool(
    titled.filter((r) => !used.has(r.id)),
    clean.filter((r) => !used.has(r.id)),
  );

  const dumps = join(outDir, 'dumps');
  mkdirSync(dumps, { recursive: true });
  for (const f of readdirSync(dumps)) if (/^\d{3}\.txt$/.test(f)) rmSync(join(dumps, f));

  const gold: GoldEntry[] = [];
  files.forEach((f, i) => {
    const name = `dumps/${String(i + 1).padStart(3, '0')}.txt`;
    const fileRng = new Rng(`${SEED}|${name}|${f.site.id}`);
    const w = new PageWriter(fileRng.fork('lines'), f.site.style(fileRng.fork('style')));
    f.site.render(w, f.recs, { rng: fileRng.fork('site'), pool, fileNo: i + 1 });
    const out = w.finish(name);
    writeFileSync(join(outDir, name), out.text, 'utf8');
    gold.push(...out.gold);
  });
  writeFileSync(join(outDir, 'gold.json'), `${JSON.stringify(gold, null, 1)}\n`, 'utf8');
  const perSite = new Map<string, [number, number]>();
  for (const f of files) {
    const [nf, na] = perSite.get(f.site.id) ?? [0, 0];
    perSite.set(f.site.id, [nf + 1, na + f.recs.length]);
  }
  console.log([...perSite].map(([id, [nf, na]]) => `${id} ${nf}/${na}`).join(', '));
  const outlets = new Set(gold.map((g) => g.outlet));
  console.log(`${files.length} files, ${gold.length} articles, ${outlets.size} outlets, ${new Set(files.map((f) => f.site.id)).size} sites -> ${outDir}`);
}

main();
