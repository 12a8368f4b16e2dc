// Picks the SaudiNewsNet records to label for issue 13's records gold: 40 per outlet (seeded, so
// the same every run), a fifth of them blind, and the assignment to four annotators, each of whom
// also labels a fifth of another annotator's share (the agreement sample).
// Writes gold/structure/sample.json: ids, outlets, split and annotators only (no text).
import { writeFileSync } from 'node:fs';
import { SNN_DIR } from '../lib/saudinewsnet.js';
import { loadSnnRecords } from '../lib/snn-days.js';

const PER_OUTLET = 40;
const ANNOTATORS = ['a1', 'a2', 'a3', 'a4'];

function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const records = await loadSnnRecords();
if (!records.length) {
  console.log(`no SaudiNewsNet days at ${SNN_DIR}: nothing to sample (the data set is missing)`);
  process.exit(0);
}
const rand = mulberry32(13);
const byOutlet = new Map<string, typeof records>();
for (const r of records) {
  if (!r.content.trim()) continue;
  byOutlet.set(r.source, [...(byOutlet.get(r.source) ?? []), r]);
}
const picked: Array<{ id: string; outlet: string }> = [];
for (const [outlet, list] of [...byOutlet].sort(([a], [b]) => a.localeCompare(b))) {
  const pool = [...list];
  for (let i = 0; i < PER_OUTLET && pool.length; i++) {
    const r = pool.splice(Math.floor(rand() * pool.length), 1)[0]!;
    picked.push({ id: r.id, outlet });
  }
}
// Shuffle, then: every fifth record blind; annotators in turn; every fifth of each share also to the next annotator.
for (let i = picked.length - 1; i > 0; i--) {
  const j = Math.floor(rand() * (i + 1));
  [picked[i], picked[j]] = [picked[j]!, picked[i]!];
}
const sample = picked.map((p, i) => {
  const first = ANNOTATORS[i % ANNOTATORS.length]!;
  const second = Math.floor(i / ANNOTATORS.length) % 5 === 0 ? ANNOTATORS[(i + 1) % ANNOTATORS.length]! : null;
  return { ...p, split: i % 5 === 2 ? 'blind' : 'dev', annotators: second ? [first, second] : [first] };
});
writeFileSync(new URL('../../gold/structure/sample.json', import.meta.url), JSON.stringify(sample, null, 1) + '\n');
const double = sample.filter((s) => s.annotators.length === 2).length;
console.log(`${sample.length} records from ${byOutlet.size} outlets; ${sample.filter((s) => s.split === 'blind').length} blind; ${double} labelled twice`);
for (const a of ANNOTATORS) console.log(`  ${a}: ${sample.filter((s) => s.annotators.includes(a)).length} records`);
