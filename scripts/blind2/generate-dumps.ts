// Blind evaluation set: SaudiNewsNet articles laid out as scraped page-text dumps with chrome,
// plus gold offsets. Usage: node --import tsx scripts/blind2/generate-dumps.ts OUTDIR
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Rng } from './prng.js';
import { loadSnn, wordCount } from './snn.js';
import { decodeTitleEntities, isCleanTitle, selectClean, type CleanArticle } from './clean.js';
import { KINDS, type ArticleCtx } from './chrome.js';
import { SECTIONS, SITE_NAMES } from './lexicon.js';
import { addHours, parseStamp } from './dates.js';
import { makeStyle } from './style.js';
import { Doc, render } from './layout.js';
import { layPage, type PageArticle } from './page.js';
import type { GoldArticle } from './gold.js';

const SEED = 0x2b1d5eed;
const N_ARTICLES = 200;
const FILES_MIN = 60;
const FILES_MAX = 80;
const SUBTITLE_SHARE = 0.25;

interface Chosen {
  a: CleanArticle;
  subtitle: string | null;
  body: string[];
}

const TERMINAL = /[.!؟?…»"”)\]]$/;

/** A short first paragraph without sentence punctuation reads as a kicker/subhead: it must be the subtitle. */
function isKicker(a: CleanArticle): boolean {
  const f = a.paras[0] as string;
  return wordCount(f) <= 20 && !TERMINAL.test(f);
}

function selectArticles(rng: Rng, clean: Map<string, CleanArticle>): Chosen[] {
  const byOutlet = new Map<string, CleanArticle[]>();
  for (const a of clean.values()) {
    let l = byOutlet.get(a.rec.source);
    if (!l) byOutlet.set(a.rec.source, (l = []));
    l.push(a);
  }
  const outlets = [...byOutlet.keys()].sort();
  const queues = new Map(outlets.map((o) => [o, rng.shuffle(byOutlet.get(o) ?? [])]));
  const picked: CleanArticle[] = [];
  const acceptable = (a: CleanArticle): boolean => {
    if (isKicker(a)) return a.paras.length >= 3;
    if (a.paras.length === 1) return rng.chance(0.4);
    // lean towards records that can carry a subtitle, so about a quarter of the set has one
    if (a.paras.length >= 3 && wordCount(a.paras[0] as string) <= 30) return true;
    return rng.chance(0.6);
  };
  while (picked.length < N_ARTICLES) {
    let progressed = false;
    for (const o of outlets) {
      if (picked.length >= N_ARTICLES) break;
      const q = queues.get(o) as CleanArticle[];
      while (q.length > 0) {
        const a = q.shift() as CleanArticle;
        if (acceptable(a)) {
          picked.push(a);
          progressed = true;
          break;
        }
      }
    }
    if (!progressed) throw new Error('not enough clean records');
  }
  // Subtitles: kickers always; then other eligible articles (short first paragraph, >= 2 left) up to ~25%.
  const forced = new Set(picked.filter(isKicker));
  const eligible = picked.filter((a) => !forced.has(a) && a.paras.length >= 3 && wordCount(a.paras[0] as string) <= 30);
  const want = Math.max(0, Math.round(N_ARTICLES * SUBTITLE_SHARE) - forced.size);
  const withSub = new Set([...forced, ...rng.sample(eligible, want)]);
  return picked.map((a) =>
    withSub.has(a)
      ? { a, subtitle: a.paras[0] as string, body: a.paras.slice(1) }
      : { a, subtitle: null, body: a.paras.slice() },
  );
}

function fileSizes(rng: Rng): number[] {
  for (;;) {
    const sizes: number[] = [];
    let left = N_ARTICLES;
    while (left > 0) {
      const c = Math.min(left, rng.weighted([[1, 0.3], [2, 0.2], [3, 0.18], [4, 0.14], [5, 0.1], [6, 0.08]]));
      sizes.push(c);
      left -= c;
    }
    if (sizes.length >= FILES_MIN && sizes.length <= FILES_MAX) return sizes;
  }
}

/** Group articles into files: mostly one outlet per file, some mixed. */
function groupFiles(rng: Rng, chosen: Chosen[], sizes: number[]): Chosen[][] {
  const pools = new Map<string, Chosen[]>();
  for (const c of chosen) {
    let l = pools.get(c.a.rec.source);
    if (!l) pools.set(c.a.rec.source, (l = []));
    l.push(c);
  }
  const outletByRemaining = (): string => {
    const live = [...pools.entries()].filter(([, l]) => l.length > 0);
    return rng.weighted(live.map(([o, l]) => [o, l.length] as [string, number]));
  };
  return sizes.map((n) => {
    const out: Chosen[] = [];
    const mixed = rng.chance(0.25);
    let o = outletByRemaining();
    while (out.length < n) {
      if (mixed || (pools.get(o) ?? []).length === 0) o = outletByRemaining();
      out.push((pools.get(o) as Chosen[]).shift() as Chosen);
    }
    return out;
  });
}

function main(): void {
  const outDir = process.argv[2];
  if (!outDir) {
    console.error('usage: node --import tsx scripts/blind2/generate-dumps.ts OUTDIR');
    process.exit(2);
  }
  const rng = new Rng(SEED);
  const records = loadSnn();
  const clean = selectClean(records);
  const chosen = selectArticles(rng, clean);
  const chosenTitles = new Set(chosen.map((c) => c.a.title));

  // Headlines of other records, for related / most-read / ticker / prev-next lists.
  const poolSet = new Set<string>();
  for (const r of records) {
    const t = isCleanTitle(decodeTitleEntities(r.title));
    if (t && !chosenTitles.has(t) && wordCount(t) >= 4) poolSet.add(t);
  }
  const pool = rng.shuffle([...poolSet]);
  const takeTitles = (n: number): string[] => {
    if (pool.length < n) throw new Error('title pool exhausted');
    return pool.splice(0, n);
  };

  const files = groupFiles(rng, chosen, fileSizes(rng));
  mkdirSync(join(outDir, 'dumps'), { recursive: true });
  const gold: GoldArticle[] = [];
  const perKind = new Map<string, number>(KINDS.map((k) => [k, 0]));

  files.forEach((arts, fi) => {
    const frng = rng.fork(fi);
    const style = makeStyle(frng, frng.pick(SITE_NAMES));
    const doc = new Doc();
    arts.forEach((c, k) => {
      const ctx: ArticleCtx = {
        headline: c.a.title,
        date: addHours(parseStamp(c.a.rec.date_extracted), -frng.int(60, 1500) / 60),
        section: frng.pick(SECTIONS),
        titles: takeTitles,
      };
      const page: PageArticle = { headline: c.a.title, subtitle: c.subtitle, body: c.body, ctx };
      layPage(doc, style, frng, page, k, {
        first: k === 0,
        last: k === arts.length - 1,
        leadGap: k === 0 ? 0 : frng.int(2, 4),
      });
    });
    const { text, spans } = render(doc, style.noise, frng);
    const name = `dumps/${String(fi + 1).padStart(3, '0')}.txt`;
    writeFileSync(join(outDir, name), text, 'utf8');
    arts.forEach((c, k) => {
      const mine = spans.filter((s) => s.art === k);
      const head = mine.find((s) => s.role.t === 'headline');
      const sub = mine.find((s) => s.role.t === 'subtitle');
      if (!head) throw new Error('headline span missing');
      const g: GoldArticle = {
        file: name,
        headline: [head.start, head.end],
        subtitle: sub ? [sub.start, sub.end] : null,
        body: mine.filter((s) => s.role.t === 'body').map((s) => [s.start, s.end] as [number, number]),
        captions: [],
        chrome: mine.flatMap((s) => (s.role.t === 'chrome' ? [{ kind: s.role.kind, start: s.start, end: s.end }] : [])),
        outlet: c.a.rec.source,
        recordId: c.a.rec.id,
      };
      for (const ch of g.chrome) perKind.set(ch.kind, (perKind.get(ch.kind) ?? 0) + 1);
      gold.push(g);
    });
  });
  writeFileSync(join(outDir, 'gold.json'), JSON.stringify(gold, null, 1) + '\n', 'utf8');

  const kindsUsed = [...perKind.entries()].filter(([, n]) => n > 0);
  const outlets = new Set(gold.map((g) => g.outlet));
  console.log(
    `generated ${gold.length} articles in ${files.length} files (${outlets.size} outlets, ` +
      `${gold.filter((g) => g.subtitle).length} subtitles); chrome spans by kind (${kindsUsed.length} kinds): ` +
      kindsUsed.map(([k, n]) => `${k}=${n}`).join(' '),
  );
}

main();
