// Lays SaudiNewsNet records out as page-text dumps of imaginary news sites,
// with a gold file of headline / subtitle / body / chrome spans.
//   node --import tsx scripts/blind4/generate-dumps.ts OUTDIR
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DumpWriter, type ArticleGold } from './layout.js';
import { Page, Pools, makeStyle, publishedOf, type Article, type ListingItem, type Site } from './kit.js';
import { Rng, hash32 } from './prng.js';
import { countWords, loadAll, selectRecords, type Rec } from './records.js';
import { parseWhen, shift, type When } from './dates.js';
import { SITES } from './sites/index.js';

export const SEED = 'blind4-2015';
const N_ARTICLES = 200;

/** Articles per file, drawn until the total is reached. */
function fileSizes(rng: Rng, total: number): number[] {
  const sizes: number[] = [];
  let left = total;
  while (left > 0) {
    const n = Math.min(left, rng.weighted([[1, 26], [2, 26], [3, 20], [4, 14], [5, 8], [6, 6]] as const));
    sizes.push(n);
    left -= n;
  }
  return sizes;
}

function makeArticle(rec: Rec, site: Site, rng: Rng): Article {
  const first = rec.paras[0] ?? '';
  const fw = countWords(first);
  const eligible = fw >= 6 && fw < 30 && rec.paras.length >= 3;
  const useSub = eligible && rng.chance(site.subtitleRate);
  return {
    rec,
    headline: rec.title,
    subtitle: useSub ? first : null,
    body: useSub ? rec.paras.slice(1) : rec.paras,
    published: publishedOf(rec, rng),
  };
}

function listingItems(p: Page, arts: Article[], now: When): ListingItem[] {
  const own = p.rng.chance(0.5) ? arts.map((a) => ({ title: a.headline, lead: null })) : [];
  const items = p.rng.shuffle([...own, ...p.pools.distinctItems(Math.max(2, p.rng.int(5, 9) - own.length))]);
  const teasers = p.rng.chance(0.5);
  return items.map((it) => ({
    title: it.title,
    teaser: teasers ? p.pools.teaser(it, p.rng.int(14, 26)) : null,
    published: shift(now, -p.rng.int(5, 900)),
  }));
}

function urlLine(p: Page, site: Site, key: string): void {
  const id = 100000 + (hash32(key) % 900000);
  p.c('url', p.rng.pick([`https://www.${site.domain}/news/${id}`, `http://${site.domain}/article/${id}.html`, `URL: https://${site.domain}/${id}`]));
}

function writeFile(name: string, site: Site, recs: Rec[], pools: Pools, rng: Rng): { text: string; gold: ArticleGold[] } {
  const w = new DumpWriter(name, rng.chance(0.06) ? '\r\n' : '\n');
  const p = new Page(w, rng, makeStyle(rng, site.style(rng)), pools, site);
  const arts = recs.map((r) => makeArticle(r, site, rng));
  pools.setAvoid(arts.map((a) => a.headline));
  const withListing = site.listing !== undefined && rng.chance(site.listingRate);
  const withUrls = rng.chance(0.1);
  arts.forEach((a, i) => {
    w.beginArticle(a.rec.source, a.rec.id);
    p.pos = i;
    p.count = arts.length;
    if (i > 0) p.gap(rng.int(1, 4));
    if (i === 0 && withListing && site.listing) {
      const now = parseWhen(a.rec.date);
      if (withUrls) urlLine(p, site, 'list' + a.rec.id);
      site.listing(p, listingItems(p, arts, now), now);
      p.gap(rng.int(1, 3));
    }
    if (withUrls) urlLine(p, site, a.rec.id);
    site.article(p, a);
  });
  return { text: w.text(), gold: w.gold() };
}

function main(): void {
  const outDir = process.argv[2];
  if (!outDir) {
    console.error('usage: generate-dumps.ts OUTDIR');
    process.exit(2);
  }
  const all = loadAll();
  const sel = selectRecords(all, N_ARTICLES, SEED);
  const rng = new Rng(SEED);
  const pools = new Pools(rng.fork('pools'), sel.others);
  const order = rng.shuffle(sel.picked);
  const sizes = fileSizes(rng, order.length);
  let siteDeck: Site[] = [];
  const gold: ArticleGold[] = [];
  rmSync(join(outDir, 'dumps'), { recursive: true, force: true });
  mkdirSync(join(outDir, 'dumps'), { recursive: true });
  let at = 0;
  sizes.forEach((n, f) => {
    if (siteDeck.length === 0) siteDeck = rng.shuffle(SITES);
    const site = siteDeck.pop()!;
    const name = `dumps/${String(f).padStart(3, '0')}.txt`;
    const out = writeFile(name, site, order.slice(at, at + n), pools, rng.fork(name));
    at += n;
    writeFileSync(join(outDir, name), out.text, 'utf8');
    gold.push(...out.gold);
  });
  writeFileSync(join(outDir, 'gold.json'), JSON.stringify(gold, null, 1) + '\n', 'utf8');
  console.log(`${gold.length} articles in ${sizes.length} files -> ${outDir}`);
}

main();
