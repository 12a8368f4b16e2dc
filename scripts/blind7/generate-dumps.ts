// Usage: node --import tsx scripts/blind7/generate-dumps.ts OUTDIR
// Lays 200 SaudiNewsNet records out as page-text dumps of imaginary sites,
// writing OUTDIR/dumps/NNN.txt and OUTDIR/gold.json. Deterministic.
import { mkdirSync, writeFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { Rng, hashString } from "./prng.js";
import { selectRecords, type Rec } from "./records.js";
import { PageWriter, type ArticleGold } from "./layout.js";
import type { Kit, Site } from "./kit.js";
import { site as ufuq } from "./sites/ufuq.js";
import { site as sahil } from "./sites/sahil.js";
import { site as nile } from "./sites/nile.js";
import { site as mashriq } from "./sites/mashriq.js";
import { site as madar } from "./sites/madar.js";
import { site as hadaf } from "./sites/hadaf.js";
import { site as mal } from "./sites/mal.js";
import { site as waha } from "./sites/waha.js";
import { site as minbar } from "./sites/minbar.js";
import { site as radar } from "./sites/radar.js";
import { site as sada } from "./sites/sada.js";

export const SEED = "blind7-v1";
export const TOTAL = 200;
export const SITES: Site[] = [ufuq, sahil, nile, mashriq, madar, hadaf, mal, waha, minbar, radar, sada];

function assign(chosen: Rec[]): Map<string, Rec[]> {
  const total = SITES.reduce((a, s) => a + s.quota, 0);
  if (total !== chosen.length) throw new Error(`quotas ${total} != ${chosen.length}`);
  const free = new Set(chosen.map((r) => r.id));
  const out = new Map<string, Rec[]>();
  // preferred outlets first, up to 3/4 of the quota, sites with narrow preferences first
  const order = [...SITES].sort((a, b) => (a.prefer.length || 99) - (b.prefer.length || 99) || a.id.localeCompare(b.id));
  for (const s of order) {
    const mine: Rec[] = [];
    const cap = s.prefer.length === 1 ? s.quota : Math.ceil(s.quota * 0.6);
    for (const r of chosen) {
      if (mine.length >= cap) break;
      if (free.has(r.id) && s.prefer.includes(r.outlet)) {
        mine.push(r);
        free.delete(r.id);
      }
    }
    out.set(s.id, mine);
  }
  const rest = chosen.filter((r) => free.has(r.id)).sort((a, b) => hashString(`${SEED}#${a.id}`) - hashString(`${SEED}#${b.id}`));
  for (const s of order) {
    const mine = out.get(s.id)!;
    while (mine.length < s.quota) mine.push(rest.shift()!);
    // spread outlets within the site
    mine.sort((a, b) => hashString(`${SEED}@${s.id}@${a.id}`) - hashString(`${SEED}@${s.id}@${b.id}`));
  }
  return out;
}

interface FilePlan {
  site: Site;
  recs: Rec[];
  key: number;
}

export function generate(outDir: string): { files: number; articles: number } {
  const { chosen, others } = selectRecords(TOTAL, SEED);
  const bySite = assign(chosen);
  const plans: FilePlan[] = [];
  for (const s of SITES) {
    const rng = new Rng(`${SEED}|sizes|${s.id}`);
    const recs = bySite.get(s.id)!.slice();
    let f = 0;
    while (recs.length) {
      const n = Math.min(recs.length, rng.weighted(s.fileSizes));
      plans.push({ site: s, recs: recs.splice(0, n), key: hashString(`${SEED}|file|${s.id}|${f++}`) });
    }
  }
  plans.sort((a, b) => a.key - b.key);

  rmSync(join(outDir, "dumps"), { recursive: true, force: true });
  mkdirSync(join(outDir, "dumps"), { recursive: true });
  const gold: ArticleGold[] = [];
  let cursor = hashString(`${SEED}|others`) % others.length;
  plans.forEach((p, fi) => {
    const name = `dumps/${String(fi + 1).padStart(3, "0")}.txt`;
    const rng = new Rng(`${SEED}|${name}|${p.site.id}`);
    const used = new Set<string>(p.recs.map((r) => r.title));
    const take = (n: number): Rec[] => {
      const res: Rec[] = [];
      let guard = 0;
      while (res.length < n && guard++ < others.length) {
        const o = others[cursor]!;
        cursor = (cursor + 1 + rng.int(0, 3)) % others.length;
        if (used.has(o.title)) continue;
        used.add(o.title);
        res.push(o);
      }
      return res;
    };
    const kit: Kit = { rng, titles: (n) => take(n).map((o) => o.title), others: take };
    const w = new PageWriter(name, p.site.style(rng), rng);
    if (p.site.listing && rng.chance(p.site.listingChance ?? 0)) p.site.listing(w, kit);
    p.recs.forEach((rec, i) => {
      if (i > 0) {
        if (p.site.listing && rng.chance((p.site.listingChance ?? 0) / 3)) p.site.listing(w, kit);
        w.tight(rng.pick([1, 2, 3, 4]));
      } else if (rng.chance(0.5)) w.tight(1);
      p.site.page(w, rec, kit, { index: i, count: p.recs.length });
    });
    const { text, articles } = w.finish();
    writeFileSync(join(outDir, name), text, "utf8");
    gold.push(...articles);
  });
  writeFileSync(join(outDir, "gold.json"), JSON.stringify(gold, null, 1) + "\n", "utf8");
  return { files: plans.length, articles: gold.length };
}

const outDir = process.argv[2];
if (!outDir) {
  console.error("usage: generate-dumps.ts OUTDIR");
  process.exit(2);
}
const res = generate(outDir);
console.log(`wrote ${res.files} files, ${res.articles} articles to ${outDir}`);
