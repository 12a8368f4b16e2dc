// npm run bench:search — the embedded store and search engine on this machine:
//   1. ingest + index SaudiNewsNet into fresh SQLite stores (time, articles/s, size, memory): its first
//      three days (a store of a few thousand articles) and all of it (1×);
//   2. latency p50/p95/p99 of a fixed query mix (rare and common words, phrases, OR, exclusion,
//      prefixes, field filters, date sort, names and exact forms). "Cold": each round opens the store
//      afresh, so every query meets an empty postings cache, facet cache and SQLite page cache, as
//      the first time a server answers it; the process's one-time start (the lexicons, V8 compiling
//      the code) is paid by the first store's first round, which is reported on its own line and left
//      out of the rest.
//      "Warm": the same query again at once;
//   3. the same at RASD_BENCH_SCALE times the corpus (default 10; 1 skips), on a generated corpus
//      whose articles mix sentences of three corpus articles (realistic words, distinct stories).
// RASD_BENCH_DIR=DIR keeps the stores in DIR and reuses them on the next run (query figures only).
// Prints measurements only. Says so and exits when the data set is missing.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article } from '../dist/core/article.js';
import { extractInputs } from '../dist/ingest/extract-inputs.js';
import { openSqliteStore } from '../dist/store/sqlite/sqlite-store.js';
import { saudiNewsNetZips, SNN_DIR } from './lib/saudinewsnet.js';

const QUERIES: Array<[string, string, { sort?: 'date' }?]> = [
  ['rare', 'الجبير'],
  ['rare', 'موسكو'],
  ['rare', 'التمور'],
  ['common', 'السعودية'],
  ['common', 'المملكة'],
  ['common', 'الرياض'],
  ['common', 'وزير'],
  ['phrase', '"مجلس الوزراء"'],
  ['phrase', '"خادم الحرمين الشريفين"'],
  ['phrase', '"ولي العهد"'],
  ['or', 'داعش OR القاعدة'],
  ['or', 'إيران OR اليمن OR سوريا'],
  ['filter', 'outlet:okaz السعودية'],
  ['filter', 'headline:الهلال'],
  ['filter', 'date:2015-07-22..2015-07-25 الملك'],
  ['not', 'السعودية -الرياض'],
  ['prefix', 'اقتصا*'],
  ['name', 'طالبان'],
  ['name', 'فيسبوك'],
  ['exact', '=الطالبات'],
  ['exact', '="وزارة الصحة"'],
  ['sort', 'السعودية', { sort: 'date' }],
];

const zips = saudiNewsNetZips();
if (!zips.length) {
  console.log(`SaudiNewsNet not found at ${SNN_DIR}: nothing to benchmark (the corpus is read at run time, never copied).`);
  process.exit(0);
}

const mb = (n: number): string => `${(n / 1e6).toFixed(0)} MB`;
const pct = (xs: number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

async function* corpus(from: string[]): AsyncGenerator<Article[]> {
  for await (const r of extractInputs(from, process.stdin)) if (r.articles.length) yield r.articles;
}

/** `scale` × the corpus: each article's paragraphs are sentences of three corpus articles, shuffled by a seeded PRNG. */
async function* generated(scale: number): AsyncGenerator<Article[]> {
  const base: Article[] = [];
  for await (const batch of corpus(zips)) base.push(...batch);
  let seed = 42;
  const rnd = (n: number): number => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed % n;
  };
  const sentences = (a: Article): string[] => a.paragraphs.flatMap((p) => p.split(/(?<=[.!؟])\s+/u));
  for (let k = 0; k < scale; k++) {
    let batch: Article[] = [];
    for (let i = 0; i < base.length; i++) {
      const [a, b, c] = [base[i]!, base[rnd(base.length)]!, base[rnd(base.length)]!];
      const pool = [...sentences(a), ...sentences(b), ...sentences(c)];
      const paragraphs: string[] = [];
      for (let p = 0; p < Math.min(8, Math.ceil(pool.length / 3)); p++) paragraphs.push([0, 1, 2].map(() => pool[rnd(pool.length)]!).join(' '));
      batch.push({ ...a, id: `g${k}-${i}`, headline: `${b.headline ?? ''} ${a.headline ?? ''}`.trim(), paragraphs, published: base[rnd(base.length)]!.published });
      if (batch.length === 1000) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length) yield batch;
  }
}

async function build(path: string, source: AsyncGenerator<Article[]>): Promise<{ seconds: number; articles: number; peak: number }> {
  const started = performance.now();
  const store = openSqliteStore(path);
  let articles = 0;
  let peak = 0;
  for await (const batch of source) {
    for (let i = 0; i < batch.length; i += 500) articles += store.putArticles(batch.slice(i, i + 500)).inserted;
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  store.close();
  return { seconds: (performance.now() - started) / 1000, articles, peak };
}

function latencies(path: string, label: string): void {
  const fmt = (xs: number[]): string => `p50 ${pct(xs, 50).toFixed(1)} ms, p95 ${pct(xs, 95).toFixed(1)} ms, p99 ${pct(xs, 99).toFixed(1)} ms`;
  // The first round in this process: the one-time start (lexicons read, code compiled) is in it.
  const first: number[] = [];
  const fresh = openSqliteStore(path, { readonly: true });
  fresh.stats();
  for (const [, q, o] of QUERIES) {
    const t = performance.now();
    fresh.search(q, { limit: 20, ...o });
    first.push(performance.now() - t);
  }
  fresh.close();
  const cold: number[] = [];
  const warm: number[] = [];
  const byKind = new Map<string, number[]>();
  let rss = 0;
  for (let round = 0; round < 5; round++) {
    const store = openSqliteStore(path, { readonly: true });
    store.stats(); // loads the document table, as a server does once
    for (const [kind, q, o] of QUERIES) {
      let t = performance.now();
      store.search(q, { limit: 20, ...o });
      const c = performance.now() - t;
      t = performance.now();
      store.search(q, { limit: 20, ...o });
      const w = performance.now() - t;
      cold.push(c);
      warm.push(w);
      byKind.set(kind, [...(byKind.get(kind) ?? []), c]);
    }
    rss = Math.max(rss, process.memoryUsage().rss);
    store.close();
  }
  console.log(`${label} first round (${first.length} queries; in the first store measured, with the process's one-time start): ${fmt(first)}`);
  console.log(`${label} queries, cold (${cold.length} runs of ${QUERIES.length} queries, each round on a store opened afresh): ${fmt(cold)}`);
  console.log(`${label} queries, warm: ${fmt(warm)}`);
  console.log(`${label} by kind (cold, p95): ${[...byKind].map(([k, xs]) => `${k} ${pct(xs, 95).toFixed(1)}`).join(', ')} ms`);
  const store = openSqliteStore(path, { readonly: true });
  const s = store.stats();
  store.close();
  console.log(`${label} store: ${s.articles} articles, ${s.stories} stories, ${s.terms} terms in ${s.segments} segments, ${mb(s.bytes)} on disk; resident memory while querying ${mb(rss)}`);
}

const keep = process.env.RASD_BENCH_DIR;
if (keep) mkdirSync(keep, { recursive: true });
const dir = keep ?? mkdtempSync(join(tmpdir(), 'rasd-bench-search-'));
try {
  const small = join(dir, 'snn-3days.db');
  if (!existsSync(small)) {
    const r = await build(small, corpus(zips.slice(0, 3)));
    console.log(`ingest + index SaudiNewsNet's first 3 days: ${r.articles} articles in ${r.seconds.toFixed(1)} s (${Math.round(r.articles / r.seconds)} articles/s), peak resident memory ${mb(r.peak)}`);
  }
  latencies(small, '3 days');
  const one = join(dir, 'snn.db');
  if (!existsSync(one)) {
    const r = await build(one, corpus(zips));
    console.log(`ingest + index SaudiNewsNet: ${r.articles} articles in ${r.seconds.toFixed(1)} s (${Math.round(r.articles / r.seconds)} articles/s), peak resident memory ${mb(r.peak)}`);
  }
  latencies(one, '1×');
  const scale = Number(process.env.RASD_BENCH_SCALE ?? 10);
  if (scale > 1) {
    const big = join(dir, `scaled-${scale}.db`);
    if (!existsSync(big)) {
      const g = await build(big, generated(scale));
      console.log(`ingest + index ${scale}× generated corpus: ${g.articles} articles in ${g.seconds.toFixed(1)} s (${Math.round(g.articles / g.seconds)} articles/s), peak resident memory ${mb(g.peak)}`);
    }
    latencies(big, `${scale}×`);
  }
} finally {
  if (!keep) rmSync(dir, { recursive: true, force: true });
}
