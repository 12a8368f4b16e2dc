// Compares Rasd's light stemmer with light10 (Larkey et al. 2007, as in Lucene) and Snowball's
// Arabic stemmer on Rasd's own conflation set. Prints the figures measured; `--errors` also lists,
// for Rasd's stemmer, the family words it leaves apart and the words of different families it
// merges; `--time` adds its speed. The held-out set is test/fixtures/stem/conflation-heldout.tsv.
//   node --import tsx scripts/eval-stem.ts [--errors] [--time] [path/to/conflation.tsv]
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import snowball from 'snowball-stemmers';
import { normalizeText } from '../src/text/normalize.js';
import { stem } from '../src/text/stem.js';
import { readWord } from '../src/text/word-reading.js';
import { soundKey } from '../src/text/analyze.js';
import { defaultLexicon } from '../src/text/lexicon.js';
import { light10 } from './baselines/light10.js';
import { parseConflationSet, scoreConflation, type ConflationScore } from './conflation-score.js';

const args = process.argv.slice(2);
const showErrors = args.includes('--errors');
const path = args.find((a) => !a.startsWith('--')) ?? new URL('../test/fixtures/stem/conflation.tsv', import.meta.url).pathname;

const morph = (w: string): string => normalizeText(w, 'morph');
const search = (w: string): string => normalizeText(w, 'search');
const set = parseConflationSet(readFileSync(path, 'utf8'), morph);
const arabic = snowball.newStemmer('arabic');

// What a query word searches: a name its stem would change (طالبان) by its surface, a foreign word
// or a word the lexicon cannot read by its sound key; else its stem. A word the lexicon cannot read is also indexed without a first
// letter a proclitic may be (وتويتر → تويتر): its key here is that rest, what a search for the bare
// name finds it by.
const searched = (w: string): string => {
  const r = readWord(w);
  if (!r.name) return r.stem;
  // A foreign word is searched by its sound key (its transliteration's spellings folded).
  return r.foreign ? `~${soundKey(r.also ?? r.surface)}` : `=${r.also ?? r.surface}`;
};

const stemmers: Array<[string, (w: string) => string]> = [
  ['rasd', searched],
  ['rasd-stem', (w) => stem(w)],
  ['light10', light10],
  ['snowball', (w) => arabic.stem(w)],
];

const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);
const out: string[] = [];
out.push(`conflation set: ${path}`);
const first = scoreConflation(set, stemmers[0]![1], search);
out.push(`${set.families.length} families, ${first.words} words, ${first.desiredPairs} pairs that should meet, ${set.distinct.length} distinct pairs`);
out.push('words are put in morph form before each stemmer; stems are compared in search form (ة = ه)');
out.push('');
out.push('stemmer     P      R      F1     UI     OI    meet  right  distinct-met');
const scores = new Map<string, ConflationScore>();
for (const [name, fn] of stemmers) {
  const s = scoreConflation(set, fn, search);
  scores.set(name, s);
  out.push(
    `${name.padEnd(9)} ${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}  ${s.understemming.toFixed(3)}  ${s.overstemming.toFixed(4)}  ${String(s.meetingPairs).padStart(5)}  ${String(s.correctPairs).padStart(5)}  ${s.distinctMet.length}/${set.distinct.length}`,
  );
}
out.push('');
out.push('P, R, F1: pairwise precision, recall and F1 of conflation (percent); UI, OI: Paice understemming and overstemming indexes.');
for (const [name, s] of scores) {
  if (s.distinctMet.length) out.push(`${name} merges distinct pairs: ${s.distinctMet.map((d) => `${d.a}/${d.b}→${d.stem}`).join(' ')}`);
}

// Speed of Rasd's stemmer on the set's words (the lexicon loaded beforehand); off by default, so
// that the report is the same from run to run.
if (args.includes('--time')) {
  defaultLexicon();
  const words = set.families.flatMap((f) => f.words);
  const rounds = 200;
  let letters = 0;
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) for (const w of words) letters += stem(w).length;
  const us = ((performance.now() - t0) * 1000) / (rounds * words.length);
  out.push('');
  out.push(`rasd: ${us.toFixed(1)} µs per stem call (${words.length} words × ${rounds} rounds, uncached; ${letters} letters out)`);
}

if (showErrors) {
  const rasd = scores.get('rasd')!;
  out.push('');
  out.push('rasd, families split (stem: words):');
  for (const f of set.families) {
    const by = new Map<string, string[]>();
    for (const w of f.words) by.set(rasd.keys.get(w)!, [...(by.get(rasd.keys.get(w)!) ?? []), w]);
    if (by.size > 1) out.push(`  ${f.name}: ${[...by].map(([k, ws]) => `${k}[${ws.join(' ')}]`).join('  ')}`);
  }
  out.push('rasd, words of different families merged:');
  const owner = new Map<string, string>();
  set.families.forEach((f) => f.words.forEach((w) => owner.set(w, f.name)));
  const byKey = new Map<string, string[]>();
  for (const [w, k] of rasd.keys) byKey.set(k, [...(byKey.get(k) ?? []), w]);
  for (const [k, ws] of byKey) {
    const fams = new Set(ws.map((w) => owner.get(w) ?? w));
    if (fams.size > 1) out.push(`  ${k}: ${ws.map((w) => `${w}(${owner.get(w) ?? '-'})`).join(' ')}`);
  }
}
process.stdout.write(out.join('\n') + '\n');
