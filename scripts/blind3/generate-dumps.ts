/**
 * Blind dump generator 3.
 *
 *   node --import tsx scripts/blind3/generate-dumps.ts OUTDIR
 *
 * Lays out SaudiNewsNet articles (read at run time from the zips) as page-text
 * dumps of imaginary news sites, chrome left in, and writes OUTDIR/dumps/NNN.txt
 * plus OUTDIR/gold.json with the character spans of headline, subtitle, body
 * paragraphs and every chrome line.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Dump, type Noise, type Span } from './layout.js';
import { Rng } from './prng.js';
import { buildPool, loadAll } from './records.js';
import { chooseArticles, fileSizes, type Chosen } from './select.js';
import { FileState, TitleSource, sectionOf, type Block, type Moment, type PageCtx, type Site, type Weights } from './site-kit.js';
import { SITES } from './sites/index.js';

const SEED = 0x5a0d3b1d;
const ARTICLES = 200;

export interface GoldArticle {
  file: string;
  headline: [number, number];
  subtitle: [number, number] | null;
  body: [number, number][];
  captions: [number, number][];
  chrome: { kind: string; start: number; end: number }[];
  outlet: string;
  recordId: string;
}

const NOISE: readonly (readonly [Noise, number])[] = [
  [{ trailing: 0, leading: 0, blankJunk: 0 }, 4],
  [{ trailing: 0.12, leading: 0.02, blankJunk: 0.05 }, 4],
  [{ trailing: 0.45, leading: 0.1, blankJunk: 0.3 }, 2],
];

/** Writes items separated by blank lines chosen from the site's habits. */
class Writer {
  private started = false;
  private last: 'para' | 'other' = 'other';
  private readonly paraBase: number;
  private readonly blockBase: number;

  constructor(
    readonly dump: Dump,
    private readonly rng: Rng,
    private readonly site: Site,
  ) {
    this.paraBase = rng.weighted(site.gaps.para.choices);
    this.blockBase = rng.weighted(site.gaps.block.choices);
  }

  private gap(base: number, w: Weights): number {
    return this.rng.chance(0.12) ? this.rng.weighted(w.choices) : base;
  }

  private before(isPara: boolean): void {
    if (this.started) {
      const n = isPara && this.last === 'para' ? this.gap(this.paraBase, this.site.gaps.para) : this.gap(this.blockBase, this.site.gaps.block);
      this.dump.blank(n);
    }
    this.started = true;
    this.last = isPara ? 'para' : 'other';
  }

  content(role: 'headline' | 'subtitle' | 'body', text: string, article: number): void {
    this.before(role === 'body');
    this.dump.line(text, role, '', article);
  }

  blocks(bs: readonly Block[], article: number): void {
    for (const b of bs) {
      if (!b.length) continue;
      this.before(false);
      const inside = this.rng.weighted(this.site.gaps.inside.choices);
      b.forEach((l, i) => {
        if (i > 0) this.dump.blank(this.rng.chance(0.1) ? this.rng.weighted(this.site.gaps.inside.choices) : inside);
        this.dump.line(l.text, 'chrome', l.kind, article);
      });
    }
  }

  /** Blank lines between two articles of one file. */
  articleBreak(): void {
    this.dump.blank(this.rng.int(2, 4));
    this.started = false;
  }
}

function momentFor(rng: Rng, recordId: string): Moment {
  const day = recordId.split(':')[1] ?? '2015-07-21';
  const [y, m, d] = day.split('-').map(Number);
  const back = rng.int(0, 1);
  return { day: new Date(Date.UTC(y ?? 2015, (m ?? 7) - 1, (d ?? 21) - back)), hour: rng.int(0, 23), minute: rng.int(0, 59) };
}

function writeArticle(w: Writer, site: Site, ctx: PageCtx, ch: Chosen, k: number, parts: { header: boolean; footer: boolean; sep: boolean }): void {
  const { rng } = ctx;
  if (parts.sep) w.blocks(site.streamSeparator(ctx), k);
  if (parts.header) w.blocks(site.header(ctx), k);
  w.blocks(site.preHeadline(ctx), k);
  w.content('headline', ch.art.headline, k);
  const paras = ch.art.paragraphs;
  const body = ch.subtitle ? paras.slice(1) : paras;
  const post = site.postHeadline(ctx);
  if (ch.subtitle) {
    if (post.length && rng.chance(0.25)) w.blocks(post.splice(0, 1), k);
    w.content('subtitle', paras[0] ?? '', k);
  }
  w.blocks(post, k);
  let inserted = 0;
  body.forEach((p, i) => {
    w.content('body', p, k);
    if (i < body.length - 1 && inserted < 2 && rng.chance(site.betweenRate)) {
      w.blocks(site.between(ctx, i), k);
      inserted++;
    }
  });
  w.blocks(site.postBody(ctx), k);
  if (parts.footer) w.blocks(site.footer(ctx), k);
}

function main(): void {
  const outDir = process.argv[2];
  if (!outDir) {
    console.error('usage: node --import tsx scripts/blind3/generate-dumps.ts OUTDIR');
    process.exit(2);
  }
  const rng = new Rng(SEED);
  const pool = buildPool(loadAll());
  const chosen = rng.shuffle(chooseArticles(rng, pool.clean, ARTICLES, 0.25));
  const exclude = new Set(chosen.map((c) => c.art.headline));
  const titles = new TitleSource(rng, pool.listTitles.map((t) => t.title), exclude);
  const sizes = fileSizes(rng, ARTICLES, 62, 78);

  // Sites in a shuffled round robin, so every site gets a fair share of files.
  const siteOrder: Site[] = [];
  while (siteOrder.length < sizes.length) siteOrder.push(...rng.shuffle(SITES));
  siteOrder.length = sizes.length;
  // A print view shows one page at a time: give it only files of one or two articles.
  sizes.forEach((size, i) => {
    if (siteOrder[i]?.key !== 'tabaa' || size <= 2) return;
    const j = sizes.findIndex((s, k) => s <= 2 && siteOrder[k]?.key !== 'tabaa');
    if (j < 0) throw new Error('no small file to swap the print view into');
    [siteOrder[i], siteOrder[j]] = [siteOrder[j] as Site, siteOrder[i] as Site];
  });

  mkdirSync(join(outDir, 'dumps'), { recursive: true });
  // Dumps left by an earlier run would not match the new gold.
  for (const f of readdirSync(join(outDir, 'dumps'))) if (/^\d{3}\.txt$/.test(f)) rmSync(join(outDir, 'dumps', f));
  const gold: GoldArticle[] = [];
  const kindSites = new Map<string, Set<string>>();
  const kindCount = new Map<string, number>();
  let next = 0;
  sizes.forEach((size, fi) => {
    const site = siteOrder[fi] as Site;
    const group = chosen.slice(next, next + size);
    next += size;
    const fileRng = new Rng(SEED + 7919 * (fi + 1));
    const eol = fileRng.chance(site.crlf) ? '\r\n' : '\n';
    const dump = new Dump(fileRng, eol, fileRng.weighted(NOISE));
    const w = new Writer(dump, fileRng, site);
    const state = new FileState(fileRng, fileRng.chance(0.35));
    const stream = size >= 2 && site.key !== 'tabaa' && fileRng.chance(0.35);
    group.forEach((ch, k) => {
      const ctx: PageCtx = {
        rng: fileRng,
        headline: ch.art.headline,
        paragraphCount: ch.art.paragraphs.length,
        when: momentFor(fileRng, ch.art.id),
        section: sectionOf(`${ch.art.headline} ${ch.art.paragraphs[0] ?? ''}`, fileRng),
        titles,
        file: state,
      };
      if (k > 0) w.articleBreak();
      const last = k === size - 1;
      const parts = stream
        ? { header: k === 0, footer: last, sep: k > 0 }
        : { header: k === 0 || !fileRng.chance(0.1), footer: !fileRng.chance(0.12), sep: false };
      writeArticle(w, site, ctx, ch, k, parts);
    });

    const name = `dumps/${String(fi + 1).padStart(3, '0')}.txt`;
    writeFileSync(join(outDir, name), dump.text, 'utf8');
    group.forEach((ch, k) => {
      const mine = dump.spans.filter((s) => s.article === k);
      const one = (role: Span['role']): Span[] => mine.filter((s) => s.role === role);
      const h = one('headline')[0];
      if (!h) throw new Error('no headline span');
      const sub = one('subtitle')[0];
      gold.push({
        file: name,
        headline: [h.start, h.end],
        subtitle: sub ? [sub.start, sub.end] : null,
        body: one('body').map((s) => [s.start, s.end]),
        captions: [],
        chrome: one('chrome').map((s) => ({ kind: s.kind, start: s.start, end: s.end })),
        outlet: ch.art.source,
        recordId: ch.art.id,
      });
      for (const s of one('chrome')) {
        kindCount.set(s.kind, (kindCount.get(s.kind) ?? 0) + 1);
        const set = kindSites.get(s.kind) ?? new Set<string>();
        set.add(site.key);
        kindSites.set(s.kind, set);
      }
    });
  });
  writeFileSync(join(outDir, 'gold.json'), JSON.stringify(gold, null, 1) + '\n', 'utf8');

  const thin = [...kindSites].filter(([, s]) => s.size < 4).map(([k, s]) => `${k}(${s.size})`);
  if (thin.length) throw new Error(`chrome kinds seen on fewer than 4 sites: ${thin.join(' ')}`);
  const kinds = [...kindCount].sort((a, b) => b[1] - a[1]);
  const total = kinds.reduce((a, [, n]) => a + n, 0);
  const subs = gold.filter((g) => g.subtitle).length;
  console.log(
    `blind3: ${gold.length} articles (${subs} with subtitle) in ${sizes.length} files; ${total} chrome spans of ${kinds.length} kinds: ` +
      kinds.map(([k, n]) => `${k}=${n}`).join(' '),
  );
}

main();
