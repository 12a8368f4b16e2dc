// npm run bench:ingest — streamed extraction (decode + format detection + extract + JSON
// serialisation) on one core, without and with named entities:
//   1. articles and MB per second over the SaudiNewsNet zips, unzipped into memory first;
//   2. peak memory on a large generated JSONL file (RASD_BENCH_BIG_MB, default 1024 MB; 0 skips),
//      made by repeating the corpus records with numbered titles, written to the temp folder.
// Falls back to generated page-text dumps when the data set is missing.
import { createReadStream, createWriteStream, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractInput } from '../dist/ingest/extract-inputs.js';
import { readZipEntries, saudiNewsNetZips, SNN_DIR, type SnnArticle } from './lib/saudinewsnet.js';

interface Item { name: string; bytes: Buffer }

async function* chunksOf(b: Buffer, size = 1 << 16): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < b.length; i += size) yield b.subarray(i, i + size);
}

const items: Item[] = [];
const zips = saudiNewsNetZips();
const t0 = performance.now();
if (zips.length) {
  for (const zip of zips) (await readZipEntries(zip)).forEach((bytes, i) => items.push({ name: `${zip}!${i}.json`, bytes }));
  console.log(`corpus: SaudiNewsNet, ${zips.length} zips, unzipped in ${(performance.now() - t0).toFixed(0)} ms`);
} else {
  console.log(`note: SaudiNewsNet not found at ${SNN_DIR}; benchmarking on generated page-text dumps instead`);
  const sample = readFileSync(new URL('../data/samples/article-ar.txt', import.meta.url), 'utf8');
  const dump = Array.from({ length: 2000 }, (_, i) => sample.replace('افتتاح', `افتتاح ${i}`)).join('\n\n\n');
  items.push({ name: 'generated.txt', bytes: Buffer.from(dump) });
}
const bytes = items.reduce((n, it) => n + it.bytes.length, 0);

const rounds: Array<{ ms: number; articles: number; diagnostics: number }> = [];
for (let r = 0; r < 3; r++) {
  let articles = 0;
  let diagnostics = 0;
  let out = 0;
  const start = performance.now();
  for (const it of items) {
    for await (const res of extractInput({ name: it.name, chunks: chunksOf(it.bytes) })) {
      for (const a of res.articles) out += JSON.stringify(a).length;
      articles += res.articles.length;
      diagnostics += res.diagnostics.length;
    }
  }
  rounds.push({ ms: performance.now() - start, articles, diagnostics });
  void out;
}
rounds.sort((a, b) => a.ms - b.ms);
const med = rounds[1]!;
console.log(`input: ${(bytes / 1e6).toFixed(1)} MB in ${items.length} files`);
console.log(`extract, median of 3 runs: ${med.ms.toFixed(0)} ms = ${(bytes / 1e6 / (med.ms / 1000)).toFixed(1)} MB/s, ${Math.round(med.articles / (med.ms / 1000))} articles/s (${med.articles} articles, ${med.diagnostics} diagnostics)`);

// 1b. The same with named entities found (what `rasd extract` does by default), on one core, over the first 3 MB of articles.
{
  const { analyseArticle } = await import('../dist/analysis/analyse-article.js');
  const sample = items.slice(0, 1);
  let articles = 0;
  let chars = 0;
  const start = performance.now();
  for (const it of sample) {
    for await (const res of extractInput({ name: it.name, chunks: chunksOf(it.bytes) })) {
      for (const a of res.articles) {
        if (chars > 3e6) break;
        const done = analyseArticle(a);
        chars += done.paragraphs.reduce((n, p) => n + p.length, 0);
        articles++;
      }
    }
  }
  const s = (performance.now() - start) / 1000;
  console.log(`extract + entities on one core: ${articles} articles (${(chars / 1e6).toFixed(1)} M characters of text) in ${s.toFixed(1)} s = ${Math.round(articles / s)} articles/s; \`rasd ingest\` moves entity tagging to worker threads`);
}

// 2. Memory on a large input.
const bigMb = Number(process.env.RASD_BENCH_BIG_MB ?? 1024);
if (bigMb > 0) {
  const records: SnnArticle[] = [];
  for (const it of items) if (it.name.endsWith('.json')) for (const rec of JSON.parse(it.bytes.toString('utf8')) as SnnArticle[]) records.push(rec);
  if (!records.length) records.push({ source: 'رصد', url: '', date_extracted: '', title: 'خبر', author: '', content: readFileSync(new URL('../data/samples/article-ar.txt', import.meta.url), 'utf8') });
  items.length = 0; // let the corpus go before measuring
  const path = join(tmpdir(), `rasd-bench-big-${process.pid}.jsonl`);
  const w = createWriteStream(path);
  let written = 0;
  for (let i = 0; written < bigMb * 1e6; i++) {
    const line = JSON.stringify({ ...records[i % records.length], title: `${records[i % records.length]!.title} ${i}` }) + '\n';
    written += Buffer.byteLength(line);
    if (!w.write(line)) await new Promise<void>((r) => w.once('drain', () => r()));
  }
  await new Promise<void>((r) => w.end(() => r()));
  records.length = 0;
  global.gc?.();
  const rssBefore = process.memoryUsage().rss;
  let peak = rssBefore;
  let articles = 0;
  const start = performance.now();
  for await (const res of extractInput({ name: path, chunks: createReadStream(path, { highWaterMark: 1 << 20 }) })) {
    for (const a of res.articles) JSON.stringify(a);
    articles += res.articles.length;
    const rss = process.memoryUsage().rss;
    if (rss > peak) peak = rss;
  }
  const s = (performance.now() - start) / 1000;
  rmSync(path);
  console.log(`large input: ${(written / 1e6).toFixed(0)} MB JSONL, ${articles} articles in ${s.toFixed(1)} s = ${(written / 1e6 / s).toFixed(1)} MB/s; resident memory ${(rssBefore / 1e6).toFixed(0)} MB before, peak ${(peak / 1e6).toFixed(0)} MB`);
}

// 3. `rasd ingest` end to end, as a user runs it (a process of its own: extraction, analysis on
// its worker threads, store and index): time and peak resident memory (VmHWM, threads included),
// on the first day, on the first three days into a new store, then the same three days again (every
// article stored already: nothing is analysed again). RASD_BENCH_INGEST=0 skips it.
if (zips.length && process.env.RASD_BENCH_INGEST !== '0') {
  const { spawn } = await import('node:child_process');
  const bin = new URL('../bin/rasd.js', import.meta.url).pathname;
  const run = (inputs: string[], db: string): Promise<{ s: number; peakMb: number; summary: string }> =>
    new Promise((resolve, reject) => {
      const start = performance.now();
      const child = spawn(process.execPath, [bin, 'ingest', ...inputs, '--db', db], { stdio: ['ignore', 'ignore', 'pipe'] });
      let err = '';
      let peakKb = 0;
      child.stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
      const watch = setInterval(() => {
        try {
          const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
          if (hwm) peakKb = Math.max(peakKb, Number(hwm[1]));
        } catch {
          // the process has ended
        }
      }, 50);
      child.on('error', reject);
      child.on('close', () => {
        clearInterval(watch);
        const summary = err.trim().split('\n').at(-1) ?? '';
        resolve({ s: (performance.now() - start) / 1000, peakMb: peakKb / 1024, summary });
      });
    });
  const dir = join(tmpdir(), `rasd-bench-ingest-${process.pid}`);
  const fresh = (name: string): string => {
    for (const s of ['', '-wal', '-shm']) rmSync(join(dir, name) + s, { force: true });
    return join(dir, name);
  };
  mkdirSync(dir, { recursive: true });
  const days3 = zips.slice(0, 3);
  const rows: Array<[string, Awaited<ReturnType<typeof run>>]> = [];
  rows.push(['1 day, new store', await run(zips.slice(0, 1), fresh('one.db'))]);
  const three = fresh('three.db');
  rows.push([`${days3.length} days, new store`, await run(days3, three)]);
  rows.push([`${days3.length} days again (all stored)`, await run(days3, three)]);
  console.log('rasd ingest (1 analysis worker):');
  for (const [what, r] of rows) {
    const n = /: (\d+) new articles, (\d+) already stored/.exec(r.summary);
    console.log(`  ${what.padEnd(28)} ${r.s.toFixed(1).padStart(6)} s  peak ${r.peakMb.toFixed(0).padStart(4)} MB  ${n ? `${n[1]} new, ${n[2]} already stored` : r.summary}`);
  }
  rmSync(dir, { recursive: true, force: true });
}
