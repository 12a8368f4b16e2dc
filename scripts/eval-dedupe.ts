// npm run eval:dedupe — measures near-duplicate story detection (src/search/dedupe) on SaudiNewsNet,
// read at run time from ../shared/data/saudinewsnet (CC BY-NC-SA: nothing derived from it is written).
//   positives: a seeded sample of articles, each with a programmatically edited copy (sentences
//              dropped or inserted, words replaced, headline changed, re-wrapped, re-spelt);
//   negatives: pairs of different articles of the same day on the same topic: high TF-IDF cosine
//              over shared rare terms, but exact shingle Jaccard < 0.3 and containment < 0.5 under
//              every word variant compared (so that no variant is favoured).
// Every measurement is a pair linked or not: a shared LSH band key and an estimated Jaccard at or
// above the threshold, as StoryClusterer decides.
// Prints precision / recall / F1 of the chosen parameters, a table of alternatives, recall per edit
// operation, a whole-corpus clustering run and throughput. Output is stable for a given corpus.
// --inspect N prints N random pairs of the corpus's own articles per Jaccard band (titles and openings),
// to judge by eye where same-story rewrites end and templated different events begin.
//   node --import tsx scripts/eval-dedupe.ts [--sample N] [--seed S] [--inspect N]
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import {
  DEDUPE_PARAMS,
  StoryClusterer,
  candidateProbability,
  estimateJaccard,
  exactJaccard,
  intersectionSize,
  lshBands,
  minhash,
  shingleHashes,
  wordHashes,
  type WordOptions,
} from '../src/search/dedupe/index.js';
import { Analyzer, TermBuffer } from '../src/text/analyze.js';
import { SEARCH } from '../src/text/normalize.js';
import { splitSentences } from '../src/text/sentences.js';
import { loadSaudiNewsNet, saudiNewsNetZips, SNN_DIR, type SnnArticle } from './lib/saudinewsnet.js';

const { values: args } = parseArgs({
  options: { sample: { type: 'string', default: '1000' }, seed: { type: 'string', default: '20150721' }, inspect: { type: 'string', default: '0' } },
});
const SAMPLE = Number(args.sample);
const SEED = Number(args.seed);
const INSPECT = Number(args.inspect);
for (const [name, value] of [['--sample', SAMPLE], ['--seed', SEED], ['--inspect', INSPECT]] as const) {
  if (!Number.isInteger(value) || value < 0) {
    console.error(`${name} must be a non-negative integer, got ${JSON.stringify(args[name.slice(2) as 'sample'])}`);
    process.exit(2);
  }
}

if (saudiNewsNetZips().length === 0) {
  console.log(`no SaudiNewsNet zips at ${SNN_DIR}: nothing to evaluate (the data set is missing)`);
  process.exit(0);
}

// ---------- seeded randomness ----------
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = mulberry32(SEED);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const between = (lo: number, hi: number): number => lo + rand() * (hi - lo);

// ---------- corpus ----------
const t0 = performance.now();
const raw = await loadSaudiNewsNet();
// One copy of each text: the corpus's own exact duplicates would otherwise be "different" articles.
const seenText = new Set<string>();
const corpus: SnnArticle[] = [];
for (const a of raw) {
  const key = a.content.trim();
  if (key && !seenText.has(key)) {
    seenText.add(key);
    corpus.push(a);
  }
}
const textOf = (a: { title: string; content: string }): string => `${a.title}\n${a.content}`;
const wordCount = (s: string): number => s.split(/\s+/).filter(Boolean).length;
console.log(`SaudiNewsNet: ${raw.length} articles, ${corpus.length} with distinct text (loaded in ${((performance.now() - t0) / 1000).toFixed(1)} s)`);

// ---------- positives: edited copies ----------
interface Doc {
  title: string;
  paras: string[][];
}
const parse = (a: SnnArticle): Doc => ({
  title: a.title,
  paras: a.content
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => splitSentences(p).map((s) => p.slice(s.start, s.end))),
});
const render = (d: Doc): string => {
  const body = d.paras.map((p) => p.join(' ')).join('\n\n');
  return d.title ? `${d.title}\n${body}` : body;
};
const sentenceCount = (d: Doc): number => d.paras.reduce((n, p) => n + p.length, 0);

const HARAKAT = ['\u064E', '\u064F', '\u0650', '\u0652', '\u0651', '\u064B'];
const DATELINES = ['الرياض - واس:', 'جدة: ', 'الدمام - مراسلنا', 'مكة المكرمة - خاص:', '(أ.ف.ب) -'];
/** Re-spells a word: harakat, alef with hamza, ى/ي, ة/ه, ؤ/ئ — what outlets and keyboards vary. */
function respell(w: string): string {
  let s = w;
  if (/^(ال)?ا/.test(s) && rand() < 0.5) s = s.replace(/^(ال)?ا/, (_, al: string | undefined) => `${al ?? ''}${pick(['أ', 'إ', 'آ'])}`);
  if (/ي$/.test(s) && rand() < 0.5) s = s.replace(/ي$/, 'ى');
  if (/ة$/.test(s) && rand() < 0.3) s = s.replace(/ة$/, 'ه');
  if (s.includes('ؤ') && rand() < 0.5) s = s.replace('ؤ', 'ئ');
  if (rand() < 0.3) s = [...s].map((c) => (/\p{Script=Arabic}/u.test(c) && rand() < 0.4 ? c + pick(HARAKAT) : c)).join('');
  return s;
}
const mapWords = (d: Doc, f: (w: string) => string): void => {
  d.title = d.title.split(' ').map(f).join(' ');
  d.paras = d.paras.map((p) => p.map((s) => s.split(' ').map(f).join(' ')));
};
const randomSentence = (): string => {
  for (;;) {
    const s = pick(parse(pick(corpus)).paras.flat());
    if (s && wordCount(s) >= 6) return s;
  }
};
const shuffled = <T>(xs: readonly T[]): T[] => {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
};

type Op = 'drop-sentence' | 'drop-paragraph' | 'insert-sentence' | 'replace-words' | 'headline' | 'rewrap' | 'dateline' | 'respell';
const OPS: readonly Op[] = ['drop-sentence', 'drop-paragraph', 'insert-sentence', 'replace-words', 'headline', 'rewrap', 'dateline', 'respell'];
/** Applies one edit to the article in place. */
function edit(d: Doc, op: Op): void {
  switch (op) {
    case 'drop-sentence': {
      if (sentenceCount(d) < 3) return;
      const p = pick(d.paras.filter((x) => x.length > 0));
      p.splice(Math.floor(rand() * p.length), 1);
      d.paras = d.paras.filter((x) => x.length > 0);
      return;
    }
    case 'drop-paragraph':
      if (d.paras.length >= 3) d.paras.splice(Math.floor(rand() * d.paras.length), 1);
      else edit(d, 'drop-sentence');
      return;
    case 'insert-sentence': {
      const p = pick(d.paras);
      p.splice(Math.floor(rand() * (p.length + 1)), 0, randomSentence());
      return;
    }
    case 'replace-words': {
      const rate = between(0.05, 0.1);
      const donor = textOf(pick(corpus)).split(/\s+/).filter((w) => /^\p{Script=Arabic}+$/u.test(w));
      if (donor.length) mapWords(d, (w) => (/\p{Script=Arabic}/u.test(w) && rand() < rate ? pick(donor) : w));
      return;
    }
    case 'headline': {
      const lede = d.paras.flat()[0]?.split(' ') ?? [];
      d.title = rand() < 0.5 ? lede.slice(0, 4 + Math.floor(rand() * 6)).join(' ') : pick(corpus).title;
      return;
    }
    case 'rewrap':
      d.paras = rand() < 0.5 ? [d.paras.flat()] : d.paras.flat().map((s) => [s]);
      return;
    case 'dateline': {
      const first = d.paras[0];
      if (first && first.length) first[0] = `${pick(DATELINES)} ${first[0]}`;
      return;
    }
    case 'respell':
      mapWords(d, (w) => (rand() < 0.5 ? respell(w) : w));
  }
}

interface Pair {
  a: string;
  b: string;
  ops?: Op[];
}
const texts = new Map<string, string>();
const idOf = new Map<SnnArticle, string>();
corpus.forEach((a, i) => {
  const id = `snn:${i}`;
  idOf.set(a, id);
  texts.set(id, textOf(a));
});

const eligible = corpus.filter((a) => wordCount(a.content) >= 50);
const positives: Pair[] = [];
const sampled = new Set<SnnArticle>();
while (positives.length < SAMPLE && sampled.size < eligible.length) {
  const a = pick(eligible);
  if (sampled.has(a)) continue;
  sampled.add(a);
  const d = parse(a);
  const ops = shuffled(OPS).slice(0, 2 + Math.floor(rand() * 3));
  for (const op of ops) edit(d, op);
  const copy = `${idOf.get(a)}~edit`;
  texts.set(copy, render(d));
  positives.push({ a: idOf.get(a)!, b: copy, ops });
}

// ---------- the word variants compared ----------
interface Variant {
  name: string;
  k: number;
  words: Partial<WordOptions>;
}
const variants: Variant[] = [];
for (const k of [2, 3, 4, 5]) {
  variants.push({ name: `k=${k}`, k, words: {} });
  variants.push({ name: `k=${k} −stop`, k, words: { stopwords: true } });
}
variants.push({ name: 'k=3 +hamza', k: 3, words: { normalize: { ...SEARCH, hamza: true } } });
const CHOSEN = variants.find((v) => v.k === DEDUPE_PARAMS.shingleSize && v.name === `k=${v.k}`)!;
const shinglesOf = (v: Variant, text: string): Uint32Array => shingleHashes(wordHashes(text, v.words), v.k);

// ---------- negatives: same day, same topic, different article ----------
const t1 = performance.now();
const analyzer = new Analyzer();
const termsOf: Int32Array[] = [];
const df = new Map<number, number>();
{
  const buf = new TermBuffer();
  for (const a of corpus) {
    buf.reset();
    analyzer.analyzeInto(textOf(a), buf);
    const ids = Int32Array.from(buf.ids.subarray(0, buf.length));
    termsOf.push(ids);
    for (const t of new Set(ids)) df.set(t, (df.get(t) ?? 0) + 1);
  }
}
const N = corpus.length;
/** L2-normalised (1 + log tf) · idf vectors over the analyser's terms (stems, no stopwords), as sorted ids and weights. */
const vectors = termsOf.map((ids) => {
  const tf = new Map<number, number>();
  for (const t of ids) tf.set(t, (tf.get(t) ?? 0) + 1);
  const terms = [...tf.keys()].sort((x, y) => x - y);
  const w = terms.map((t) => (1 + Math.log(tf.get(t)!)) * Math.log(N / df.get(t)!));
  const norm = Math.sqrt(w.reduce((acc, x) => acc + x * x, 0)) || 1;
  return { terms, w: w.map((x) => x / norm) };
});
const cosine = (i: number, j: number): number => {
  const a = vectors[i]!;
  const b = vectors[j]!;
  let s = 0;
  for (let x = 0, y = 0; x < a.terms.length && y < b.terms.length; ) {
    if (a.terms[x] === b.terms[y]) s += a.w[x++]! * b.w[y++]!;
    else if (a.terms[x]! < b.terms[y]!) x++;
    else y++;
  }
  return s;
};
const RARE_DF = 30;
const MIN_COSINE = 0.3;
const MAX_JACCARD = 0.3;
const byDay = new Map<string, number[]>();
corpus.forEach((a, i) => {
  const day = a.date_extracted.slice(0, 10);
  let list = byDay.get(day);
  if (!list) byDay.set(day, (list = []));
  list.push(i);
});
const negatives: Pair[] = [];
let leftOut = 0;
for (const docs of byDay.values()) {
  // Candidates share at least two rare terms (corpus df ≤ RARE_DF); then the full cosine decides.
  const posting = new Map<number, number[]>();
  for (const i of docs) {
    for (const t of vectors[i]!.terms) {
      if (df.get(t)! > RARE_DF) continue;
      let list = posting.get(t);
      if (!list) posting.set(t, (list = []));
      list.push(i);
    }
  }
  const shared = new Map<number, number>();
  for (const list of posting.values()) {
    for (let x = 0; x < list.length; x++) for (let y = x + 1; y < list.length; y++) {
      const key = list[x]! * N + list[y]!;
      shared.set(key, (shared.get(key) ?? 0) + 1);
    }
  }
  for (const [key, count] of shared) {
    if (count < 2) continue;
    const i = Math.floor(key / N);
    const j = key % N;
    if (cosine(i, j) < MIN_COSINE) continue;
    // "Different" under every variant compared, so the negatives favour none of them.
    let different = true;
    for (const v of variants) {
      const si = shinglesOf(v, textOf(corpus[i]!));
      const sj = shinglesOf(v, textOf(corpus[j]!));
      const contained = intersectionSize(si, sj) / Math.max(1, Math.min(si.length, sj.length));
      if (exactJaccard(si, sj) >= MAX_JACCARD || contained >= 0.5) {
        different = false;
        break;
      }
    }
    if (different) negatives.push({ a: idOf.get(corpus[i]!)!, b: idOf.get(corpus[j]!)! });
    else leftOut++;
  }
}
console.log(`positives: ${positives.length} edited copies of articles of ≥ 50 words (2–4 edit operations each)`);
console.log(
  `negatives: ${negatives.length} same-day pairs with TF-IDF cosine ≥ ${MIN_COSINE} sharing ≥ 2 rare terms, whose exact shingle Jaccard is < ${MAX_JACCARD} and containment < 0.5 under every variant below (${leftOut} such pairs above that left out as the corpus's own near-duplicates; built in ${((performance.now() - t1) / 1000).toFixed(1)} s)`,
);
const randomPairs: Pair[] = [];
for (let k = 0; k < 20000; k++) {
  const i = Math.floor(rand() * N);
  const j = Math.floor(rand() * N);
  if (i !== j) randomPairs.push({ a: `snn:${i}`, b: `snn:${j}` });
}

// ---------- scoring pairs ----------
interface Score {
  p: number;
  r: number;
  f1: number;
  fp: number;
  fn: number;
}
const score = (linked: (p: Pair) => boolean, pos = positives): Score => {
  const tp = pos.filter(linked).length;
  const fp = negatives.filter(linked).length;
  const fn = pos.length - tp;
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = pos.length ? tp / pos.length : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, fp, fn };
};
const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);
const SHAPES: Array<[number, number]> = [[64, 2], [42, 3], [32, 4], [25, 5], [21, 6], [16, 8]];
const THRESHOLDS = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6];
/** A pair is linked when it shares a band key and its estimated Jaccard reaches t: what StoryClusterer does for one pair. */
const linker = (sig: Map<string, Uint32Array>, bands: number, rows: number, t: number): ((p: Pair) => boolean) => {
  const keys = new Map<string, number[]>();
  const keysOf = (id: string): number[] => {
    let k = keys.get(id);
    if (!k) keys.set(id, (k = lshBands(sig.get(id)!, bands, rows)));
    return k;
  };
  return (p) => {
    const kb = keysOf(p.b);
    return keysOf(p.a).some((x, i) => x === kb[i]) && estimateJaccard(sig.get(p.a)!, sig.get(p.b)!) >= t;
  };
};

const pairDocs = new Set<string>([...positives, ...negatives, ...randomPairs].flatMap((p) => [p.a, p.b]));
interface Row {
  variant: Variant;
  numHashes: number;
  bands: number;
  rows: number;
  threshold: number;
  s: Score;
}
const rows: Row[] = [];
const exactBest = new Map<Variant, { threshold: number; s: Score }>();
let chosenSig256 = new Map<string, Uint32Array>();
for (const v of variants) {
  const sh = new Map<string, Uint32Array>();
  const sig = new Map<string, Uint32Array>();
  const big = new Map<string, Uint32Array>();
  for (const id of pairDocs) {
    const s = shinglesOf(v, texts.get(id)!);
    sh.set(id, s);
    // The first n slots of a longer signature are the n-slot signature (same seed, same coefficients).
    const full = minhash(s, { numHashes: v === CHOSEN ? 256 : 128, seed: DEDUPE_PARAMS.seed });
    big.set(id, full);
    sig.set(id, full.subarray(0, 128));
  }
  if (v === CHOSEN) chosenSig256 = big;
  const exact = new Map<Pair, number>();
  for (const p of [...positives, ...negatives]) exact.set(p, exactJaccard(sh.get(p.a)!, sh.get(p.b)!));
  for (const t of THRESHOLDS) {
    const s = score((p) => exact.get(p)! >= t);
    if (!exactBest.has(v) || s.f1 > exactBest.get(v)!.s.f1) exactBest.set(v, { threshold: t, s });
  }
  for (const [bands, r] of SHAPES) {
    for (const t of THRESHOLDS) rows.push({ variant: v, numHashes: 128, bands, rows: r, threshold: t, s: score(linker(sig, bands, r, t)) });
  }
}
for (const n of [64, 256]) {
  const sig = new Map([...chosenSig256].map(([id, s]) => [id, s.subarray(0, n)] as const));
  for (const [bands, r] of [[Math.floor(n / 2), 2], [Math.floor(n / 3), 3]] as const) {
    for (const t of THRESHOLDS) rows.push({ variant: CHOSEN, numHashes: n, bands, rows: r, threshold: t, s: score(linker(sig, bands, r, t)) });
  }
}

const isChosen = (r: Row): boolean =>
  r.variant === CHOSEN && r.numHashes === DEDUPE_PARAMS.numHashes && r.bands === DEDUPE_PARAMS.bands && r.rows === DEDUPE_PARAMS.rows && r.threshold === DEDUPE_PARAMS.threshold;
const find = (v: Variant, n: number, b: number, r: number, t: number): Row | undefined => rows.find((x) => x.variant === v && x.numHashes === n && x.bands === b && x.rows === r && x.threshold === t);
const line = (r: Row, extra = ''): string =>
  `${r.variant.name.padEnd(11)} ${String(r.numHashes).padStart(3)} ${`${r.bands}×${r.rows}`.padStart(5)}  ${r.threshold.toFixed(2)}  ${pct(r.s.p)} ${pct(r.s.r)} ${pct(r.s.f1)} ${String(r.s.fp).padStart(4)} ${String(r.s.fn).padStart(4)}${extra}`;
const HEAD = 'words       n   b×r     t       P      R     F1    FP   FN';
const f2 = (x: number): string => x.toFixed(2);

// ---------- whole corpus through the clusterer, once per band shape ----------
const allIds = [...texts.keys()];
const sigAll = new Map<string, Uint32Array>();
for (const id of allIds) sigAll.set(id, minhash(shinglesOf(CHOSEN, texts.get(id)!), { numHashes: 128, seed: DEDUPE_PARAMS.seed }));
const cost = new Map<string, number>();
let chosenRun: { clusterer: StoryClusterer; seconds: number } | undefined;
for (const [bands, r] of SHAPES) {
  const params = { ...DEDUPE_PARAMS, numHashes: 128, bands, rows: r };
  const started = performance.now();
  const clusterer = new StoryClusterer(params);
  for (const id of allIds) clusterer.add(id, sigAll.get(id)!);
  cost.set(`${bands}×${r}`, clusterer.comparisons / allIds.length);
  if (bands === DEDUPE_PARAMS.bands && r === DEDUPE_PARAMS.rows) chosenRun = { clusterer, seconds: (performance.now() - started) / 1000 };
}

// ---------- report ----------
const chosen = rows.find(isChosen);
console.log('');
console.log(`chosen: ${DEDUPE_PARAMS.shingleSize}-word shingles, ${DEDUPE_PARAMS.numHashes} hashes, ${DEDUPE_PARAMS.bands} bands × ${DEDUPE_PARAMS.rows} rows, threshold ${DEDUPE_PARAMS.threshold}`);
if (chosen) console.log(`  pairs:   precision ${pct(chosen.s.p)} %  recall ${pct(chosen.s.r)} %  F1 ${pct(chosen.s.f1)} %  (${chosen.s.fp} of ${negatives.length} negatives linked, ${chosen.s.fn} of ${positives.length} positives missed)`);
if (chosenRun) {
  const { clusterer } = chosenRun;
  const same = (p: Pair): boolean => clusterer.storyOf(p.a) === clusterer.storyOf(p.b);
  const cs = score(same);
  console.log(`  stories: precision ${pct(cs.p)} %  recall ${pct(cs.r)} %  F1 ${pct(cs.f1)} %  (whole corpus and copies through StoryClusterer, ${allIds.length} articles: ${cs.fp} negatives in one story, ${cs.fn} positives apart)`);
  const stories = [...clusterer.stories().values()];
  const own = stories.map((x) => x.filter((id) => !id.endsWith('~edit'))).filter((x) => x.length > 1);
  console.log(`  the corpus's own articles form ${own.length} multi-article stories (${own.reduce((n, x) => n + x.length, 0)} articles), the largest of ${Math.max(...own.map((x) => x.length))}`);
  console.log(`  random pairs of different articles linked: ${randomPairs.filter(linker(sigAll, DEDUPE_PARAMS.bands, DEDUPE_PARAMS.rows, DEDUPE_PARAMS.threshold)).length} of ${randomPairs.length}`);
}
console.log(`  S-curve 1-(1-s^${DEDUPE_PARAMS.rows})^${DEDUPE_PARAMS.bands}: ${[0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7].map((x) => `s=${f2(x)} → ${f2(candidateProbability(x, DEDUPE_PARAMS.bands, DEDUPE_PARAMS.rows))}`).join(', ')}`);

console.log('');
console.log('each word variant at its best band shape and threshold (128 hashes), and scored with exact Jaccard');
console.log(`${HEAD}   exact t  F1`);
for (const v of variants) {
  const best = rows.filter((r) => r.variant === v && r.numHashes === 128).sort((x, y) => y.s.f1 - x.s.f1 || y.s.p - x.s.p)[0]!;
  const ex = exactBest.get(v)!;
  console.log(line(best, `   ${f2(ex.threshold)}  ${pct(ex.s.f1)}`));
}
console.log(`(the negatives' exact Jaccard is < ${MAX_JACCARD} by construction, so the best threshold here is the lowest that clears them; src/search/dedupe/params.ts says why the chosen one keeps a margin)`);

console.log('');
console.log(`band shapes and thresholds for ${CHOSEN.name}; cost = candidate pairs compared per article over the whole corpus`);
console.log(`${HEAD}   cost`);
for (const [bands, r] of SHAPES) {
  for (const t of [0.35, 0.4, 0.45, 0.5]) {
    const row = find(CHOSEN, 128, bands, r, t)!;
    console.log(line(row, `   ${cost.get(`${bands}×${r}`)!.toFixed(2).padStart(5)}${isChosen(row) ? '  ← chosen' : ''}`));
  }
}
console.log('');
console.log('number of hashes');
console.log(HEAD);
for (const n of [64, 128, 256]) {
  for (const r of [2, 3]) {
    for (const t of [0.35, 0.4, 0.45]) {
      const row = find(CHOSEN, n, Math.floor(n / r), r, t);
      if (row) console.log(line(row, isChosen(row) ? '  ← chosen' : ''));
    }
  }
}

// ---------- where the chosen setting misses ----------
const linkedC = linker(new Map([...pairDocs].map((id) => [id, sigAll.get(id)!])), DEDUPE_PARAMS.bands, DEDUPE_PARAMS.rows, DEDUPE_PARAMS.threshold);
console.log('');
console.log('recall of the chosen setting by edit operation, and by article length');
for (const op of OPS) {
  const with_ = positives.filter((p) => p.ops!.includes(op));
  console.log(`  ${op.padEnd(16)} ${pct(with_.filter(linkedC).length / with_.length)} %  of ${with_.length}`);
}
for (const n of [2, 3, 4]) {
  const with_ = positives.filter((p) => p.ops!.length === n);
  console.log(`  ${`${n} operations`.padEnd(16)} ${pct(with_.filter(linkedC).length / with_.length)} %  of ${with_.length}`);
}
for (const [lo, hi] of [[50, 150], [150, 400], [400, Infinity]] as const) {
  const bucket = positives.filter((p) => {
    const n = wordCount(texts.get(p.a)!);
    return n >= lo && n < hi;
  });
  console.log(`  ${`${lo}–${hi === Infinity ? '' : hi} words`.padEnd(16)} ${pct(bucket.filter(linkedC).length / bucket.length)} %  of ${bucket.length}`);
}
const quantiles = (xs: number[]): string => {
  const sorted = [...xs].sort((a, b) => a - b);
  return [0.05, 0.25, 0.5, 0.75, 0.95].map((q) => f2(sorted[Math.floor(q * (sorted.length - 1))]!)).join(' ');
};
const est = (p: Pair): number => estimateJaccard(sigAll.get(p.a)!, sigAll.get(p.b)!);
console.log(`estimated Jaccard, quantiles 5/25/50/75/95 %: positives ${quantiles(positives.map(est))}; negatives ${quantiles(negatives.map(est))}`);

// ---------- throughput ----------
// Best of three runs over the first 5,000 articles after a warm-up, so a GC pause or JIT tier-up does not decide.
const timed = allIds.slice(0, 5000).map((id) => texts.get(id)!);
const perSecond = (f: (text: string) => unknown): number => {
  for (const t of timed.slice(0, 500)) f(t);
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    for (const t of timed) f(t);
    best = Math.min(best, performance.now() - started);
  }
  return timed.length / (best / 1000);
};
const minhashOptions = { numHashes: DEDUPE_PARAMS.numHashes, seed: DEDUPE_PARAMS.seed };
const signaturesPerSecond = perSecond((t) => minhash(shingleHashes(wordHashes(t), DEDUPE_PARAMS.shingleSize), minhashOptions));
const shinglesPerSecond = perSecond((t) => shingleHashes(wordHashes(t), DEDUPE_PARAMS.shingleSize));
const meanShingles = timed.reduce((n, t) => n + shingleHashes(wordHashes(t), DEDUPE_PARAMS.shingleSize).length, 0) / timed.length;
const meanChars = timed.reduce((n, t) => n + t.length, 0) / timed.length;
console.log('');
console.log(`throughput on one core (${timed.length} articles of ${Math.round(meanChars)} characters and ${Math.round(meanShingles)} shingles on average):`);
console.log(`  signatures: ${Math.round(signaturesPerSecond)} articles/s (normalise, tokenise, shingle, ${DEDUPE_PARAMS.numHashes}-slot MinHash); shingling alone ${Math.round(shinglesPerSecond)} articles/s`);
if (chosenRun) console.log(`  clustering: ${Math.round(allIds.length / chosenRun.seconds)} articles/s over all ${allIds.length} (band keys, candidate look-up, union-find), ${cost.get(`${DEDUPE_PARAMS.bands}×${DEDUPE_PARAMS.rows}`)!.toFixed(2)} candidates compared per article`);

// ---------- by eye: the corpus's own pairs per Jaccard band ----------
if (INSPECT > 0) {
  // Pairs sharing at least 3 shingles that occur in at most 20 articles, scored by exact Jaccard.
  const sh = corpus.map((a) => shinglesOf(CHOSEN, textOf(a)));
  const posting = new Map<number, number[]>();
  sh.forEach((set, i) => {
    for (const h of set) {
      let list = posting.get(h);
      if (!list) posting.set(h, (list = []));
      list.push(i);
    }
  });
  const shared = new Map<number, number>();
  for (const list of posting.values()) {
    if (list.length > 20) continue;
    for (let x = 0; x < list.length; x++) for (let y = x + 1; y < list.length; y++) shared.set(list[x]! * N + list[y]!, (shared.get(list[x]! * N + list[y]!) ?? 0) + 1);
  }
  const BANDS = [0.2, 0.3, 0.4, 0.5, 0.6];
  const inBand: Array<Array<[number, number, number]>> = BANDS.map(() => []);
  for (const [key, count] of shared) {
    if (count < 3) continue;
    const i = Math.floor(key / N);
    const j = key % N;
    const jac = exactJaccard(sh[i]!, sh[j]!);
    const b = BANDS.findIndex((lo) => jac >= lo && jac < lo + 0.1);
    if (b >= 0) inBand[b]!.push([i, j, jac]);
  }
  const clip = (x: string): string => x.replace(/\s+/g, ' ').trim().slice(0, 100);
  const show = (a: SnnArticle): string => `${a.source} ${a.date_extracted.slice(0, 10)} ${clip(a.title)} :: ${clip(a.content)}`;
  BANDS.forEach((lo, b) => {
    const pairs = inBand[b]!;
    console.log('');
    console.log(`corpus pairs with exact Jaccard in [${f2(lo)}, ${f2(lo + 0.1)}): ${pairs.length}; ${Math.min(INSPECT, pairs.length)} at random`);
    for (let n = 0; n < Math.min(INSPECT, pairs.length); n++) {
      const [i, j, jac] = pick(pairs);
      console.log(`  ${f2(jac)} A ${show(corpus[i]!)}`);
      console.log(`       B ${show(corpus[j]!)}`);
    }
  });
}
