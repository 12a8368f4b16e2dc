// npm run eval:times [-- FILE...] — scores findTimes and findQuantities on fixture files (default
// test/fixtures/times/golden.json and test/fixtures/quantities/golden.json; the held-out sets are
// heldout-1.json beside them). A file with a `ref` and `times` lists is a times set, one with
// `expected` lists a quantities set. Per set: expected items found with exactly the right span text;
// found (exact or overlapping span) with the right value and grain (times) or value/range, approx
// and unit (quantities); spurious finds (overlapping no expected item); then every miss.
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findQuantities, type Quantity } from '../src/quantities/index.js';
import { findTimes, type TimeExpression } from '../src/times/index.js';
import type { QuantitiesFile, TimesFile } from '../test/helpers/fixture-files.js';

/** One item, expected or found: its span and the fields compared (`key`) and shown (`show`). */
interface Item {
  text: string;
  start: number;
  end: number;
  key: string;
  show: string;
}
interface Case {
  text: string;
  expected: Item[];
  found: Item[];
}

/** Places the expected texts in the sentence, in order (start -1: not in the sentence). */
function place(text: string, items: ReadonlyArray<Omit<Item, 'start' | 'end'>>): Item[] {
  let from = 0;
  return items.map((e) => {
    let start = text.indexOf(e.text, from);
    if (start < 0) start = text.indexOf(e.text);
    if (start >= 0) from = start + e.text.length;
    return { ...e, start, end: start < 0 ? -1 : start + e.text.length };
  });
}

const timeItem = (t: TimeExpression): Item => ({
  text: t.text,
  start: t.start,
  end: t.end,
  key: JSON.stringify([t.value, t.grain]),
  show: JSON.stringify([t.text, t.value, t.grain, t.relative]),
});

function timeCases(file: TimesFile): Case[] {
  return file.cases.map((c) => ({
    text: c.text,
    expected: place(c.text, c.times.map(([text, value, grain, rel]) => ({ text, key: JSON.stringify([value, grain]), show: JSON.stringify([text, value, grain, rel]) }))),
    found: findTimes(c.text, { ref: file.ref }).map(timeItem),
  }));
}

/** value or range, approx and unit: what a quantity is compared on; bound is shown only. */
const quantityKey = (q: { value?: number | null; range?: readonly [number, number] | null; approx: boolean; unit: string | null }): string =>
  JSON.stringify([q.value ?? q.range ?? null, q.approx, q.unit]);
const quantityShow = (q: { text: string; value?: number | null; range?: readonly [number, number] | null; approx: boolean; unit: string | null; bound?: string | null }): string =>
  `«${q.text}» ${JSON.stringify(q.value ?? q.range ?? null)}${q.approx ? ' approx' : ''} unit ${JSON.stringify(q.unit)}${q.bound ? ` bound ${q.bound}` : ''}`;

function quantityCases(file: QuantitiesFile): Case[] {
  return file.cases.map((c) => ({
    text: c.text,
    expected: place(c.text, c.expected.map((e) => ({ text: e.text, key: quantityKey(e), show: quantityShow(e) }))),
    found: findQuantities(c.text).map((q: Quantity) => ({ text: q.text, start: q.start, end: q.end, key: quantityKey(q), show: quantityShow(q) })),
  }));
}

const overlaps = (a: Item, b: Item): boolean => a.start < b.end && b.start < a.end;

function score(name: string, what: string, cases: readonly Case[]): void {
  let expected = 0;
  let found = 0;
  let exact = 0;
  let valueRight = 0;
  let spurious = 0;
  const misses: string[] = [];
  for (const c of cases) {
    expected += c.expected.length;
    found += c.found.length;
    const used = new Set<Item>();
    for (const e of c.expected) {
      if (e.start < 0) misses.push(`fixture error: «${e.text}» is not in «${c.text}»`);
      const same = c.found.find((f) => !used.has(f) && f.text === e.text && (e.start < 0 || f.start === e.start)) ?? c.found.find((f) => !used.has(f) && f.text === e.text);
      const got = same ?? c.found.find((f) => !used.has(f) && e.start >= 0 && overlaps(f, e));
      if (got) used.add(got);
      if (same) exact++;
      if (got && got.key === e.key) valueRight++;
      if (!same || got?.key !== e.key) misses.push(`${got ? (same ? 'wrong value' : 'wrong span') : 'not found'}: want ${e.show}${got ? `\n      got  ${got.show}` : ''}\n      in   ${c.text}`);
    }
    for (const f of c.found) {
      if (used.has(f)) continue;
      if (!c.expected.some((e) => overlaps(f, e))) spurious++;
      misses.push(`${c.expected.some((e) => overlaps(f, e)) ? 'extra (overlapping)' : 'spurious'}: ${f.show}\n      in   ${c.text}`);
    }
  }
  const pct = (a: number, b: number): string => (b ? ((100 * a) / b).toFixed(1) : '-');
  console.log(`\n${what} ${name}: ${expected} expected in ${cases.length} sentences, ${found} found`);
  console.log(`  span exact        ${exact}/${expected} (${pct(exact, expected)}%)`);
  console.log(`  ${what === 'times' ? 'value+grain      ' : 'value+approx+unit'} ${valueRight}/${expected} (${pct(valueRight, expected)}%)  (on an exact or overlapping span)`);
  console.log(`  spurious          ${spurious} (of ${found} found, overlapping no expected item)`);
  if (misses.length) console.log(`  misses:\n    ${misses.join('\n    ')}`);
}

const here = (p: string): string => fileURLToPath(new URL(p, import.meta.url));
const files = process.argv.length > 2
  ? process.argv.slice(2).map((p) => resolve(process.env.INIT_CWD ?? '.', p))
  : [here('../test/fixtures/times/golden.json'), here('../test/fixtures/quantities/golden.json')];
for (const file of files) {
  const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const name = relative(process.cwd(), file);
  if (typeof (data as { ref?: unknown }).ref === 'string') score(name, 'times', timeCases(data as TimesFile));
  else score(name, 'quantities', quantityCases(data as QuantitiesFile));
}
