// npm run bench:ingest — articles and MB per second of extraction (decode + format detection +
// extract + JSON serialisation) over the SaudiNewsNet zips, on one core. Unzipping is timed apart.
// Falls back to generated page-text dumps when the data set is missing.
import { readFileSync } from 'node:fs';
import { detectFormat } from '../dist/ingest/detect-format.js';
import { extractText } from '../dist/ingest/extract-text.js';
import { readInputs, type InputItem } from '../dist/ingest/read-inputs.js';
import { decode } from '../dist/text/decode.js';
import { saudiNewsNetZips, SNN_DIR } from './lib/saudinewsnet.js';

let items: InputItem[] = [];
const zips = saudiNewsNetZips();
const t0 = performance.now();
if (zips.length) {
  for await (const item of readInputs(zips, process.stdin)) items.push(item);
  console.log(`corpus: SaudiNewsNet, ${zips.length} zips, unzipped in ${(performance.now() - t0).toFixed(0)} ms`);
} else {
  console.log(`note: SaudiNewsNet not found at ${SNN_DIR}; benchmarking on generated page-text dumps instead`);
  const sample = readFileSync(new URL('../data/samples/article-ar.txt', import.meta.url), 'utf8');
  const dump = Array.from({ length: 2000 }, (_, i) => sample.replace('افتتاح', `افتتاح ${i}`)).join('\n\n\n');
  items = [{ name: 'generated.txt', bytes: Buffer.from(dump) }];
}
let bytes = 0;
for (const it of items) if ('bytes' in it) bytes += it.bytes.length;

const rounds: Array<{ ms: number; articles: number; diagnostics: number }> = [];
for (let r = 0; r < 3; r++) {
  let articles = 0;
  let diagnostics = 0;
  let out = 0;
  const start = performance.now();
  for (const it of items) {
    if (!('bytes' in it)) continue;
    const d = decode(it.bytes, { input: it.name });
    const found = extractText(d.text, { path: it.name, format: detectFormat(it.name, d.text.slice(0, 512)) });
    for (const a of found.articles) out += JSON.stringify(a).length;
    articles += found.articles.length;
    diagnostics += found.diagnostics.length;
  }
  rounds.push({ ms: performance.now() - start, articles, diagnostics });
  void out;
}
rounds.sort((a, b) => a.ms - b.ms);
const med = rounds[1]!;
console.log(`input: ${(bytes / 1e6).toFixed(1)} MB in ${items.length} files`);
console.log(`extract, median of 3 runs: ${med.ms.toFixed(0)} ms = ${((bytes / 1e6) / (med.ms / 1000)).toFixed(1)} MB/s, ${Math.round(med.articles / (med.ms / 1000))} articles/s (${med.articles} articles, ${med.diagnostics} diagnostics)`);
