// Chooses SaudiNewsNet articles for a gold set and writes annotators' packets to a folder outside
// the repository (the packets hold article text, which never ships).
//   node --import tsx scripts/make-packets.ts --out DIR --count N --exclude GOLD [--exclude GOLD …] [--seed S] [--size K]
//     [--min-words A] [--max-words B] [--speech]
// Articles come from days 4 to 15 (days 1 to 3 serve the search evaluation), have A to B words (120
// to 600 by default), with --speech at least one speech verb, and are in none of the GOLD files
// (JSON lines with an `id`). They are drawn at random (seeded), round-robin over the outlets. DIR
// gets packet-NN.txt (K articles each: a header line per article, its title, and its numbered lines)
// and order.txt (the ids in drawing order).
import { mkdirSync, writeFileSync } from 'node:fs';
import { readOptions } from './lib/options.js';
import { allDays, goldIds, seededRandom, shuffle } from './lib/draw.js';
import { loadSnnRecords, type SnnRecord } from './lib/snn-days.js';

const USAGE = 'usage: make-packets.ts --out DIR --count N --exclude GOLD [--exclude GOLD …] [--seed S] [--size K] [--min-words A] [--max-words B] [--speech]';
// «--exclude A B» gives each file its own --exclude.
const values = readOptions('make-packets.ts', USAGE, {
  out: { type: 'string' },
  count: { type: 'string' },
  exclude: { type: 'string', multiple: true, default: [] },
  seed: { type: 'string', default: '7' },
  size: { type: 'string', default: '10' },
  'min-words': { type: 'string', default: '120' },
  'max-words': { type: 'string', default: '600' },
  speech: { type: 'boolean', default: false },
});
const [count, size, minWords, maxWords] = [values.count, values.size, values['min-words'], values['max-words']].map(Number) as [number, number, number, number];
if (!values.out || ![count, size, minWords, maxWords].every((n) => Number.isInteger(n) && n >= 1)) {
  console.error(USAGE);
  process.exit(2);
}
const zips = allDays('make-packets');
const taken = goldIds(values.exclude);
const SPEECH = /(?:^|\s)[وف]?(?:قال|قالت|أكد|أكدت|أوضح|أوضحت|أضاف|أضافت|أشار|أشارت|صرح|صرحت|ذكر|ذكرت|أعلن|أعلنت|بحسب|وفقا|وفقاً)(?=\s)/u;
const words = (s: string): number => s.split(/\s+/u).filter(Boolean).length;
const fit = (r: SnnRecord): boolean => !taken.has(r.id) && words(r.content) >= minWords && words(r.content) <= maxWords && (!values.speech || SPEECH.test(r.content));

const random = seededRandom(Number(values.seed));
const byOutlet = new Map<string, SnnRecord[]>();
for (const r of (await loadSnnRecords(zips.slice(3))).filter(fit)) {
  const list = byOutlet.get(r.source) ?? [];
  list.push(r);
  byOutlet.set(r.source, list);
}
for (const list of byOutlet.values()) shuffle(list, random);
const outlets = [...byOutlet.keys()].sort();
const chosen: SnnRecord[] = [];
for (let round = 0; chosen.length < count; round++) {
  let any = false;
  for (const o of outlets) {
    const r = byOutlet.get(o)![round];
    if (!r || chosen.length >= count) continue;
    chosen.push(r);
    any = true;
  }
  if (!any) break;
}
mkdirSync(values.out, { recursive: true });
writeFileSync(`${values.out}/order.txt`, chosen.map((r) => r.id).join('\n') + '\n');
for (let p = 0; p * size < chosen.length; p++) {
  const text = chosen
    .slice(p * size, (p + 1) * size)
    .map((r) => {
      const lines = r.content.split('\n').flatMap((l, i) => (l.trim() ? [`L${i}: ${l}`] : []));
      return `=== ARTICLE ${r.id} (outlet: ${r.source}) ===\nTITLE: ${r.title}\n${lines.join('\n')}\n`;
    })
    .join('\n');
  writeFileSync(`${values.out}/packet-${String(p + 1).padStart(2, '0')}.txt`, text);
}
console.log(`${chosen.length} articles from ${new Set(chosen.map((r) => r.source)).size} outlets → ${values.out}`);
