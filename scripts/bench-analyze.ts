// npm run bench:analyze — terms per second of analyze() on one core.
// Uses the SaudiNewsNet zips in ../shared/data/saudinewsnet when present, generated text otherwise.
import { readFileSync } from 'node:fs';
import { PerformanceObserver } from 'node:perf_hooks';
import { Analyzer, TermBuffer } from '../dist/text/analyze.js';
import { tokenize } from '../dist/text/tokenize.js';
import { loadSaudiNewsNet, saudiNewsNetZips, SNN_DIR } from './lib/saudinewsnet.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

/** Seeded pseudo-articles from the words of our own sample text (for machines without the data set). */
function generated(): string[] {
  const words = readFileSync(new URL('../data/samples/article-ar.txt', import.meta.url), 'utf8').split(/\s+/).filter(Boolean);
  let seed = 42;
  const rand = (): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const docs: string[] = [];
  for (let d = 0; d < 20000; d++) {
    const n = 100 + Math.floor(rand() * 400);
    let s = '';
    for (let i = 0; i < n; i++) s += words[Math.floor(rand() * words.length)] + (rand() < 0.08 ? '\n' : ' ');
    docs.push(s);
  }
  return docs;
}

const zips = saudiNewsNetZips();
let docs: string[];
let corpus: string;
if (zips.length) {
  const articles = await loadSaudiNewsNet(zips);
  docs = articles.map((a) => `${a.title}\n${a.content}`);
  corpus = `SaudiNewsNet, ${zips.length} zips, ${articles.length} articles`;
} else {
  console.log(`note: SaudiNewsNet not found at ${SNN_DIR}; benchmarking on generated text instead`);
  docs = generated();
  corpus = `generated text, ${docs.length} documents`;
}
let chars = 0;
// Touching a code unit flattens V8's concatenated strings now, so that cost is not timed as analysis
// (decoded input is flat already).
for (const d of docs) chars += d.length + (d.charCodeAt(0) & 0);

let gcCount = 0;
let gcMs = 0;
const obs = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    gcCount++;
    gcMs += e.duration;
  }
});

const analyzer = new Analyzer();
const buf = new TermBuffer();
function pass(): { ms: number; terms: number } {
  let terms = 0;
  const t0 = performance.now();
  for (const d of docs) {
    buf.reset();
    analyzer.analyzeInto(d, buf);
    terms += buf.length;
  }
  return { ms: performance.now() - t0, terms };
}

console.log(`corpus: ${corpus}, ${(chars / 1e6).toFixed(1)} M characters`);
const cold = pass();
console.log(`first pass (every distinct word analysed once): ${cold.terms} terms in ${cold.ms.toFixed(0)} ms = ${((cold.terms / cold.ms) * 1000 / 1e6).toFixed(2)} M terms/s; ${analyzer.vocabularySize} distinct terms`);
obs.observe({ entryTypes: ['gc'] });
const rates: number[] = [];
for (let r = 0; r < ROUNDS; r++) {
  const p = pass();
  rates.push((p.terms / p.ms) * 1000);
}
await new Promise((r) => setTimeout(r, 50));
obs.disconnect();
rates.sort((a, b) => a - b);
const median = rates[Math.floor(rates.length / 2)]!;
console.log(`steady state, ${ROUNDS} passes: median ${(median / 1e6).toFixed(2)} M terms/s (min ${(rates[0]! / 1e6).toFixed(2)}, max ${(rates[rates.length - 1]! / 1e6).toFixed(2)}), ${((median * chars) / cold.terms / 1e6).toFixed(1)} M chars/s`);
console.log(`garbage collections during the steady passes: ${gcCount} (${gcMs.toFixed(1)} ms)`);

// For scale: the tokeniser alone, building a token object per token.
const t0 = performance.now();
let tokens = 0;
for (const d of docs) tokens += tokenize(d).length;
const tms = performance.now() - t0;
console.log(`tokenize() alone (objects per token): ${((tokens / tms) * 1000 / 1e6).toFixed(2)} M tokens/s`);
