// Time per distinct word of the morphology the analyser runs on a cache miss: segmentClitics(w)
// then stem(w) given its lemma, each distinct morph-form Arabic word once, in a fresh process (the first pass is
// what the analyser sees; the second shows how much of it is warm-up). guessRoot is timed apart.
// Words come from the SaudiNewsNet zips in ../shared/data/saudinewsnet when present, otherwise
// from test/fixtures/stem/*.tsv and data/samples/*.txt. Prints the figures measured.
// `--dump FILE` also writes every word's outputs as JSON lines, to diff before and after a change.
// Like bench-analyze, it times the compiled code in dist/: tsx keeps function names with a helper
// call on every closure it creates, which would be counted as morphology.
//   npm run build && node --import tsx scripts/bench-morphology.ts [--dump /tmp/morph.jsonl]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { segmentClitics } from '../dist/text/clitics.js';
import { defaultLexicon } from '../dist/text/lexicon.js';
import { defaultMorphologyTables } from '../dist/text/morphology-tables.js';
import { normalizeText } from '../dist/text/normalize.js';
import { defaultRootPatterns, guessRoot } from '../dist/text/root.js';
import { stem } from '../dist/text/stem.js';
import { tokenize } from '../dist/text/tokenize.js';
import { defaultWordCounts } from '../dist/text/word-counts.js';
import { loadSaudiNewsNet, saudiNewsNetZips, SNN_DIR } from './lib/saudinewsnet.js';

const args = process.argv.slice(2);
const dumpAt = args.indexOf('--dump');
const dumpPath = dumpAt >= 0 ? args[dumpAt + 1] : undefined;
if (dumpAt >= 0 && !dumpPath) {
  console.error('usage: bench-morphology.ts [--dump FILE]');
  process.exit(2);
}

/** The distinct morph-form Arabic words of `texts`, in order of first appearance. */
function distinctWords(texts: Iterable<string>): string[] {
  // Surfaces repeat far more than forms: normalise each distinct surface once.
  const surfaces = new Set<string>();
  for (const text of texts) {
    for (const t of tokenize(text)) if (t.kind === 'arabic') surfaces.add(text.slice(t.start, t.end));
  }
  const forms = new Set<string>();
  for (const s of surfaces) forms.add(normalizeText(s, 'morph'));
  forms.delete('');
  return [...forms];
}

/** Our own small texts, for machines without the data set. */
function localTexts(): string[] {
  const files = (dir: URL, ext: string): URL[] =>
    readdirSync(dir).filter((f) => f.endsWith(ext)).sort().map((f) => new URL(f, dir));
  return [
    ...files(new URL('../test/fixtures/stem/', import.meta.url), '.tsv'),
    ...files(new URL('../data/samples/', import.meta.url), '.txt'),
  ].map((u) => readFileSync(u, 'utf8'));
}

const zips = saudiNewsNetZips();
let words: string[];
if (zips.length) {
  const articles = await loadSaudiNewsNet(zips);
  words = distinctWords(articles.map((a) => `${a.title}\n${a.content}`));
  console.log(`words: SaudiNewsNet, ${zips.length} zips, ${articles.length} articles, ${words.length} distinct morph-form Arabic words`);
} else {
  words = distinctWords(localTexts());
  console.log(`note: SaudiNewsNet not found at ${SNN_DIR}; using the words of test/fixtures/stem/*.tsv and data/samples/*.txt`);
  console.log(`words: local fixtures and samples, ${words.length} distinct morph-form Arabic words (a small set: figures are rough)`);
}

// The bundled data is read once per process; time it apart so the per-word figure is morphology only.
let t0 = performance.now();
defaultLexicon();
defaultMorphologyTables();
defaultWordCounts();
defaultRootPatterns();
console.log(`data load (lexicon, tables, counts, root patterns): ${(performance.now() - t0).toFixed(0)} ms`);

const us = (ms: number): string => ((ms * 1000) / words.length).toFixed(2);
// Keeps the results alive so no work can be skipped.
let sink = 0;

function segmentAndStem(): number {
  const start = performance.now();
  // As the analyser does: stem gets the lemma segmentClitics found, so nothing is segmented twice.
  for (const w of words) {
    const seg = segmentClitics(w);
    sink += seg.base.length + stem(w, {}, seg.lemma).length;
  }
  return performance.now() - start;
}

const first = segmentAndStem();
console.log(`segmentClitics + stem, first pass: ${first.toFixed(0)} ms = ${us(first)} µs per word`);
const second = segmentAndStem();
console.log(`segmentClitics + stem, second pass: ${second.toFixed(0)} ms = ${us(second)} µs per word`);
t0 = performance.now();
for (const w of words) sink += guessRoot(w)?.length ?? 0;
const roots = performance.now() - t0;
console.log(`guessRoot (stems again): ${roots.toFixed(0)} ms = ${us(roots)} µs per word`);

if (dumpPath) {
  // Fields in a fixed order, so that equal outputs give byte-identical files.
  const lines = words.map((w) => {
    const s = segmentClitics(w);
    const clitics = (cs: ReadonlyArray<{ surface: string; tag: string }>): string[][] => cs.map((c) => [c.surface, c.tag]);
    return JSON.stringify([w, clitics(s.proclitics), s.base, clitics(s.enclitics), s.lemma, s.known, stem(w), guessRoot(w)]);
  });
  writeFileSync(dumpPath, lines.join('\n') + '\n');
  console.log(`dump: ${lines.length} words written to ${dumpPath}`);
}
if (sink < 0) console.log(sink);
