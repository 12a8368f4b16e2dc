// npm run eval:ner — scores the shipped NER model on the dev set (the last 10% of ANERcorp's train.conll)
// the way conlleval does (an entity counts only if its type and both boundaries match), then measures
// its load time and tagging speed on one core. Imports the build output (dist/), as the benchmarks do.
// The dev set is tagged as one document (tagDocument: each sentence reads the sentences within the
// model's window around it, as an article's do in tagText), then sentence by sentence (tagTokens).
// Last, the throughput of the whole analysis stage by stage (entities, quotes, times, quantities) on
// two days of SaudiNewsNet when it is present (else on the dev set's text).
//   ANERCORP_DIR   path to ANERcorp (default ../shared/data/anercorp)
//   BENCH_ROUNDS   passes over the dev set for the speed test (default 20)
//   NER_MODEL      path of a model file to score instead of the shipped one (say, a trial from train:ner --out)
//   NER_DEV_MODEL  path of the dev twin of a model trained on every sentence (train:ner --all, as the shipped
//                  one is): its dev sentences are not held out, so the dev figures come from the same
//                  settings trained on the first 90% (train:ner without --all). Without it, that twin is
//                  trained here (about 2.5 minutes).
//   NER_ADAPTED    path of a model made by `rasd adapt --dev` to score as the adapted one; without it, when
//                  SaudiNewsNet is present, `rasd adapt --dev` is run on its 15 days as a user would run it
//                  on theirs (about 4 minutes), timed, and the model it writes is scored
//   NER_ADAPT=0    skip the adapted model
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseConll } from '../dist/ner/conll.js';
import { scoreTags, type PRF } from '../dist/ner/score.js';
import { loadModelFile } from '../dist/ner/model-file.js';
import { createTagger, MODEL_URL } from '../dist/ner/tagger.js';
import { rawSentences } from '../dist/ner/raw-tokens.js';
import { linkMentions } from '../dist/entities/index.js';
import { findQuotes } from '../dist/quotes/index.js';
import { findTimes } from '../dist/times/index.js';
import { findQuantities } from '../dist/quantities/index.js';
import { loadSaudiNewsNet, saudiNewsNetZips } from './lib/saudinewsnet.js';

const dir = process.env.ANERCORP_DIR ?? fileURLToPath(new URL('../../shared/data/anercorp', import.meta.url));
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);
const modelPath = process.env.NER_MODEL ?? fileURLToPath(MODEL_URL);
if (!existsSync(join(dir, 'train.conll'))) {
  console.log(`eval:ner skipped: no ANERcorp at ${dir}/train.conll (set ANERCORP_DIR); nothing to score.`);
  process.exit(0);
}

// Load time: reading, unzipping and indexing the model; then the lexicon and word lists its features use.
const t0 = performance.now();
const model = loadModelFile(readFileSync(modelPath), modelPath);
const modelMs = performance.now() - t0;
const tagger = createTagger(model);
const loadMs = performance.now() - t0;
const training = tagger.model.meta.training;

const { sentences } = parseConll(readFileSync(join(dir, 'train.conll'), 'utf8'), 'train.conll');
const dev = sentences.slice(Math.floor(sentences.length * 0.9)).filter((s) => s.tags !== null);
const gold = dev.map((s) => s.tags!);

/**
 * The model the dev set is scored with: this one, or, when it trained on the dev sentences too (train:ner
 * --all), its twin of the same settings trained on the first 90% (NER_DEV_MODEL, else trained here).
 */
function devScorer(): { scorer: typeof tagger; how: string } {
  if (training.devSentences !== 0) return { scorer: tagger, how: '' };
  let path = process.env.NER_DEV_MODEL;
  let how = `${path} (NER_DEV_MODEL)`;
  if (!path) {
    path = join(mkdtempSync(join(tmpdir(), 'rasd-eval-ner-')), 'dev-twin.bin.gz');
    const t = performance.now();
    const run = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./train-ner.ts', import.meta.url)), '--out', path], { encoding: 'utf8', maxBuffer: 1 << 28 });
    if (run.status !== 0) {
      console.error(`eval:ner: training the dev twin failed (exit ${run.status}):\n${(run.stderr || run.stdout).split('\n').slice(-20).join('\n')}`);
      process.exit(1);
    }
    how = `trained here by train:ner with its default settings on the first 90% (${((performance.now() - t) / 1000).toFixed(0)} s)`;
  }
  const twin = createTagger(loadModelFile(readFileSync(path), path));
  const same = ['method', 'epochs', 'seeds', 'dropout', 'window', 'folds', 'prune'].filter((k) => twin.model.meta.training[k] !== training[k]);
  if (same.length) console.log(`NOTE: the dev twin differs from the model in ${same.join(', ')}`);
  return { scorer: twin, how };
}
const { scorer, how: twinHow } = devScorer();
const scores = scoreTags(gold, scorer.tagDocument(dev.map((s) => s.tokens)));
const alone = scoreTags(gold, dev.map((s) => scorer.tagTokens(s.tokens)));

const row = (name: string, p: PRF): string =>
  `${name.padEnd(6)} ${p.precision.toFixed(2).padStart(7)} ${p.recall.toFixed(2).padStart(7)} ${p.f1.toFixed(2).padStart(7)} ${String(p.gold).padStart(6)} ${String(p.predicted).padStart(6)} ${String(p.correct).padStart(6)}`;
/** Prints one model's scores by type and micro. */
const table = (s: typeof scores, header = false): void => {
  if (header) console.log('type   precision recall     F1   gold   pred correct');
  for (const [type, p] of Object.entries(s.byType)) console.log(row(type, p));
  console.log(row('micro', s.micro));
};
// The dev set as text, for tagText (sentence splitting and tokenising timed too).
const text = dev.map((s) => s.tokens.join(' ')).join('\n');
const doc = tagger.model.doc;
console.log(`model: ${modelPath} (${(statSync(modelPath).size / 1e6).toFixed(2)} MB gzipped, ${tagger.model.stages.map((s) => s.weights.keys.length).join(' + ')} features; ${String(training.method ?? '?')}, ${String(training.epochs ?? '?')} epochs)`);
if (twinHow) console.log(`it trained on every sentence of train.conll, the dev part too; the dev figures are its twin's, ${twinHow}`);
console.log(`dev set: last 10% of train.conll, ${dev.length} sentences, ${scores.tokens} tokens; token accuracy ${scores.accuracy.toFixed(2)}%\n`);
console.log(doc ? `as one document (tagDocument; each sentence with the ${doc.window} sentences either side):` : 'sentence by sentence (a one-stage model):');
table(scores, true);
if (doc) {
  console.log('\nsentence by sentence (tagTokens; no document around it):');
  table(alone);
}

// Adapted to the shared days: `rasd adapt --dev` learns word clusters from SaudiNewsNet's 15 days and
// trains again on the same first 90% of train.conll, so its dev figures compare with the shipped model's.
const zips = saudiNewsNetZips();
if (process.env.NER_ADAPT !== '0' && (process.env.NER_ADAPTED || zips.length)) {
  let adaptedPath = process.env.NER_ADAPTED;
  let how = `${adaptedPath} (NER_ADAPTED)`;
  if (!adaptedPath) {
    adaptedPath = join(mkdtempSync(join(tmpdir(), 'rasd-eval-ner-')), 'adapted.bin.gz');
    const cli = fileURLToPath(new URL('../bin/rasd.js', import.meta.url));
    const t = performance.now();
    const run = spawnSync(process.execPath, [cli, 'adapt', ...zips, '--dev', '--out', adaptedPath], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const seconds = (performance.now() - t) / 1000;
    if (run.status !== 0) {
      console.error(`eval:ner: rasd adapt failed (exit ${run.status}):\n${run.stderr.split('\n').filter((l) => !l.includes('warning')).slice(-20).join('\n')}`);
      process.exit(1);
    }
    const clusters = run.stderr.split('\n').find((l) => l.includes('word clusters:')) ?? '';
    how = `rasd adapt --dev on ${zips.length} SaudiNewsNet days, one process, ${seconds.toFixed(0)} s in all\n  (${clusters.replace('rasd adapt: ', '')})`;
  }
  const adapted = createTagger(loadModelFile(readFileSync(adaptedPath), adaptedPath));
  const aDoc = scoreTags(gold, adapted.tagDocument(dev.map((s) => s.tokens)));
  const aAlone = scoreTags(gold, dev.map((s) => adapted.tagTokens(s.tokens)));
  console.log(`\nadapted: ${how}`);
  // A model made without --dev trained on the dev sentences too: its figures here are not held out.
  if (adapted.model.meta.training.devSentences === 0) console.log('NOTE: this model trained on all of train.conll, the dev part too (made without --dev); the figures below are not held out');
  console.log('as one document:');
  table(aDoc, true);
  console.log(`sentence by sentence: micro F1 ${aAlone.micro.f1.toFixed(2)} (${Object.entries(aAlone.byType).map(([t, p]) => `${t} ${p.f1.toFixed(2)}`).join('  ')})`);
  // Its speed: the cluster features are a few more per token.
  adapted.tagText(text);
  const ta = performance.now();
  for (let r = 0; r < ROUNDS; r++) adapted.tagText(text);
  console.log(`tagText: ${Math.round(((aDoc.tokens * ROUNDS) / (performance.now() - ta)) * 1000).toLocaleString('en')} tokens/s (the dev set's text, ${ROUNDS} passes)`);
}

// Speed: the dev set's sentences, tagged again and again after a warm-up pass (every word type cached).
let tokens = 0;
const tb = performance.now();
for (let r = 0; r < ROUNDS; r++) for (const s of dev) tokens += tagger.tagTokens(s.tokens).length;
const tokMs = performance.now() - tb;
const td = performance.now();
for (let r = 0; r < ROUNDS; r++) tagger.tagDocument(dev.map((s) => s.tokens));
const docMs = performance.now() - td;
// Raw text: the same sentences as text, so sentence splitting and tokenising are timed too.
tagger.tagText(text);
const tr = performance.now();
let entities = 0;
for (let r = 0; r < ROUNDS; r++) entities += tagger.tagText(text).length;
const textMs = performance.now() - tr;

console.log(`\nload: ${loadMs.toFixed(0)} ms in all (the model file ${modelMs.toFixed(0)} ms; the lexicon, gazetteers and cue lists the rest)`);
console.log(`tagTokens: ${Math.round((tokens / tokMs) * 1000).toLocaleString('en')} tokens/s (${ROUNDS} passes over the dev set, features and decoding included)`);
console.log(`tagDocument: ${Math.round(((scores.tokens * ROUNDS) / docMs) * 1000).toLocaleString('en')} tokens/s (the dev set as one document, ${ROUNDS} passes)`);
console.log(`tagText:   ${Math.round(((scores.tokens * ROUNDS) / textMs) * 1000).toLocaleString('en')} tokens/s (sentence splitting and tokenising included; ${entities / ROUNDS} entities a pass)`);

// The rest of analysis, on the same text and, when it is present, on real articles: entities linked
// into canonical ones, then statements, time expressions and quantities (src/analysis/analyse-article.ts),
// each stage timed on its own over the same articles.
const snn = zips.slice(0, 2);
const articles: string[] = snn.length
  ? (await loadSaudiNewsNet(snn)).map((a) => a.content).filter((c) => c.trim())
  : [text];
const words = articles.reduce((n, a) => n + (a.match(/\S+/g)?.length ?? 0), 0);
const mentions = articles.map((a) => linkMentions(a, tagger.tagText(a)));
const timeStage = (run: (text: string, i: number) => number): [ms: number, found: number] => {
  const t = performance.now();
  let found = 0;
  articles.forEach((a, i) => (found += run(a, i)));
  return [performance.now() - t, found];
};
const stages: Array<[string, (text: string, i: number) => number]> = [
  ['entities', (a) => linkMentions(a, tagger.tagText(a)).length],
  ['quotes', (a, i) => findQuotes(a, mentions[i]!).length],
  ['times', (a) => findTimes(a, { ref: '2015-08-01' }).length],
  ['quantities', (a) => findQuantities(a).length],
];
console.log(`\nanalysis of ${articles.length.toLocaleString('en')} ${snn.length ? `SaudiNewsNet articles (${snn.length} days)` : 'dev-set texts (no SaudiNewsNet here)'}, ${words.toLocaleString('en')} words, one core:`);
let allMs = 0;
for (const [name, run] of stages) {
  const [ms, found] = timeStage(run);
  allMs += ms;
  console.log(`${name.padEnd(11)} ${Math.round((words / ms) * 1000).toLocaleString('en').padStart(10)} words/s  ${Math.round((articles.length / ms) * 1000).toLocaleString('en').padStart(7)} articles/s  ${found.toLocaleString('en')} found`);
}
if (snn.length) {
  // The tagger alone on real articles, in its own tokens (punctuation split off, as in ANERcorp).
  const tokensIn = articles.reduce((n, a) => n + rawSentences(a).reduce((m, sen) => m + sen.length, 0), 0);
  const t = performance.now();
  for (const a of articles) tagger.tagText(a);
  const ms = performance.now() - t;
  console.log(`${'(tagText)'.padEnd(11)} ${Math.round((tokensIn / ms) * 1000).toLocaleString('en').padStart(10)} tokens/s of ${tokensIn.toLocaleString('en')} tokens (the tagger alone, its vocabulary cache warm)`);
}
console.log(`${'all'.padEnd(11)} ${Math.round((words / allMs) * 1000).toLocaleString('en').padStart(10)} words/s  ${Math.round((articles.length / allMs) * 1000).toLocaleString('en').padStart(7)} articles/s`);
