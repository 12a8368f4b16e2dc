// Checks a generated dump set against its gold and against the records:
//   node --import tsx scripts/blind5/verify-gold.ts OUTDIR
// - spans are in range, trimmed (no whitespace at either end) and disjoint;
// - every non-whitespace character of a file lies in exactly one span;
// - the articles of a file follow one another (no interleaving);
// - the headline is the record's title and subtitle + body paragraphs are
//   the record's content paragraphs, after whitespace normalisation.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GoldEntry } from './layout.js';
import { contentParagraphs, normalizeSpace, readDay } from './records.js';

const outDir = process.argv[2];
if (!outDir) {
  console.error('usage: verify-gold.ts OUTDIR');
  process.exit(2);
}

const gold = JSON.parse(readFileSync(join(outDir, 'gold.json'), 'utf8')) as GoldEntry[];
const errors: string[] = [];
const err = (m: string): void => {
  if (errors.length < 50) console.error(m);
  errors.push(m);
};

const days = new Map<string, ReturnType<typeof readDay>>();
function record(id: string) {
  const [day, idx] = id.split('#');
  if (!day || idx === undefined) return undefined;
  if (!days.has(day)) days.set(day, readDay(day));
  return days.get(day)?.[Number(idx)];
}

const byFile = new Map<string, GoldEntry[]>();
for (const g of gold) {
  const list = byFile.get(g.file) ?? [];
  list.push(g);
  byFile.set(g.file, list);
}

const kinds = new Map<string, number>();
for (const [file, entries] of byFile) {
  const text = readFileSync(join(outDir, file), 'utf8');
  const owner = new Int32Array(text.length).fill(-1);
  let prevEnd = -1;
  entries.forEach((g, ai) => {
    const where = `${file} ${g.recordId}`;
    const spans: [string, number, number][] = [['headline', ...g.headline]];
    if (g.subtitle) spans.push(['subtitle', ...g.subtitle]);
    g.body.forEach((b, i) => spans.push([`body ${i}`, ...b]));
    for (const ch of g.chrome) {
      spans.push([`chrome ${ch.kind}`, ch.start, ch.end]);
      kinds.set(ch.kind, (kinds.get(ch.kind) ?? 0) + 1);
    }
    let lo = Infinity;
    let hi = -1;
    for (const [what, s, e] of spans) {
      if (!(Number.isInteger(s) && Number.isInteger(e) && s >= 0 && e <= text.length && s < e)) {
        err(`${where}: bad span ${what} [${s},${e}]`);
        continue;
      }
      if (/\s/.test(text[s] as string) || /\s/.test(text[e - 1] as string)) err(`${where}: ${what} not trimmed`);
      for (let k = s; k < e; k++) {
        if (owner[k] !== -1) {
          err(`${where}: ${what} overlaps another span at ${k}`);
          break;
        }
        owner[k] = ai;
      }
      lo = Math.min(lo, s);
      hi = Math.max(hi, e);
    }
    if (lo < prevEnd) err(`${where}: article interleaves with the one before`);
    prevEnd = hi;

    const rec = record(g.recordId);
    if (!rec) {
      err(`${where}: no such record`);
      return;
    }
    if (rec.source !== g.outlet) err(`${where}: outlet ${g.outlet} != ${rec.source}`);
    const headline = normalizeSpace(text.slice(...g.headline));
    if (headline !== normalizeSpace(rec.title ?? '')) err(`${where}: headline differs from title`);
    const paras = [g.subtitle, ...g.body].filter((x): x is [number, number] => x !== null).map((x) => normalizeSpace(text.slice(...x)));
    const want = contentParagraphs(rec.content ?? '');
    if (paras.length !== want.length || paras.some((p, i) => p !== want[i])) err(`${where}: subtitle+body differ from content paragraphs`);
  });
  for (let k = 0; k < text.length; k++) {
    if (owner[k] === -1 && !/\s/.test(text[k] as string)) {
      err(`${file}: uncovered ${JSON.stringify(text.slice(k, k + 30))} at ${k}`);
      break;
    }
  }
}

const files = byFile.size;
console.log(`${gold.length} articles in ${files} files; ${[...kinds.values()].reduce((a, b) => a + b, 0)} chrome spans of ${kinds.size} kinds`);
console.log([...kinds.entries()].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', '));
if (errors.length) {
  console.error(`FAILED: ${errors.length} problem(s)`);
  process.exit(1);
}
console.log('OK');
