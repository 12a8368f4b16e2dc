// Usage: node --import tsx scripts/blind7/verify-gold.ts OUTDIR
// Checks OUTDIR/gold.json against OUTDIR/dumps/*.txt and the SaudiNewsNet records.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { recordById, norm, wordCount } from "./records.js";
import type { ArticleGold } from "./layout.js";

const outDir = process.argv[2];
if (!outDir) {
  console.error("usage: verify-gold.ts OUTDIR");
  process.exit(2);
}
const gold = JSON.parse(readFileSync(join(outDir, "gold.json"), "utf8")) as ArticleGold[];
const errors: string[] = [];
const err = (m: string) => {
  if (errors.length < 50) errors.push(m);
  else if (errors.length === 50) errors.push("...");
};

const byFile = new Map<string, ArticleGold[]>();
for (const a of gold) {
  const l = byFile.get(a.file) ?? [];
  l.push(a);
  byFile.set(a.file, l);
}
const onDisk = readdirSync(join(outDir, "dumps")).filter((f) => f.endsWith(".txt")).map((f) => `dumps/${f}`).sort();
for (const f of onDisk) if (!byFile.has(f)) err(`${f}: file without gold`);
const ids = new Set<string>();
const kinds = new Map<string, number>();
const ws = /\s/;

for (const [file, arts] of byFile) {
  const text = readFileSync(join(outDir, file), "utf8");
  if (arts.length < 1 || arts.length > 6) err(`${file}: ${arts.length} articles`);
  const owner = new Int32Array(text.length).fill(-1);
  const spans: Array<{ s: number; e: number; who: number; what: string }> = [];
  arts.forEach((a, ai) => {
    const tag = `${file}#${ai} (${a.recordId})`;
    if (ids.has(a.recordId)) err(`${tag}: duplicate record`);
    ids.add(a.recordId);
    const add = (s: number, e: number, what: string) => {
      if (!(Number.isInteger(s) && Number.isInteger(e) && 0 <= s && s < e && e <= text.length)) {
        err(`${tag}: bad span ${what} [${s},${e}]`);
        return;
      }
      if (ws.test(text[s]!) || ws.test(text[e - 1]!)) err(`${tag}: ${what} span has surrounding whitespace`);
      spans.push({ s, e, who: ai, what });
      for (let i = s; i < e; i++) {
        if (owner[i] !== -1) {
          err(`${tag}: ${what} overlaps at ${i}`);
          break;
        }
        owner[i] = ai;
      }
    };
    add(a.headline[0], a.headline[1], "headline");
    if (a.subtitle) add(a.subtitle[0], a.subtitle[1], "subtitle");
    a.body.forEach((b, i) => add(b[0], b[1], `body${i}`));
    for (const c of a.chrome) {
      if (!c.kind || typeof c.kind !== "string") err(`${tag}: chrome without kind`);
      kinds.set(c.kind, (kinds.get(c.kind) ?? 0) + 1);
      add(c.start, c.end, `chrome:${c.kind}`);
    }
    let rec;
    try {
      rec = recordById(a.recordId);
    } catch (e) {
      err(`${tag}: ${(e as Error).message}`);
      return;
    }
    if (rec.outlet !== a.outlet) err(`${tag}: outlet ${a.outlet} != ${rec.outlet}`);
    if (norm(text.slice(a.headline[0], a.headline[1])) !== rec.title) err(`${tag}: headline differs from title`);
    const got = [...(a.subtitle ? [a.subtitle] : []), ...a.body].map(([s, e]) => norm(text.slice(s, e)));
    const want = rec.paragraphs;
    if (got.length !== want.length || got.some((g, i) => g !== want[i])) err(`${tag}: subtitle+body differ from content paragraphs`);
    const shouldSub = want.length >= 3 && wordCount(want[0]!) < 30;
    if (shouldSub !== (a.subtitle !== null)) err(`${tag}: subtitle rule not followed`);
    // order: headline < subtitle < body
    const seq = [a.headline, ...(a.subtitle ? [a.subtitle] : []), ...a.body];
    for (let i = 1; i < seq.length; i++) if (seq[i]![0] < seq[i - 1]![1]) err(`${tag}: headline/subtitle/body out of order`);
    const wc = rec.words;
    if (wc < 40 || wc > 900) err(`${tag}: ${wc} words`);
  });
  // every non-whitespace character covered
  for (let i = 0; i < text.length; i++) {
    if (owner[i] === -1 && !ws.test(text[i]!)) {
      err(`${file}: uncovered char ${JSON.stringify(text[i])} at ${i}: ${JSON.stringify(text.slice(Math.max(0, i - 20), i + 20))}`);
      break;
    }
  }
  // head chrome belongs to the next article, tail chrome to the previous one
  arts.forEach((a, ai) => {
    const prev = arts[ai - 1];
    const next = arts[ai + 1];
    const lastOwn = Math.max(a.headline[1], ...a.body.map((b) => b[1]));
    for (const c of a.chrome) {
      if (prev) {
        const prevEnd = Math.max(prev.headline[1], ...prev.body.map((b) => b[1]));
        if (c.start < prevEnd) err(`${file}#${ai}: chrome before previous article's text`);
      }
      if (next && c.start > next.headline[0]) err(`${file}#${ai}: chrome after next headline`);
      void lastOwn;
    }
    if (next && Math.max(...a.body.map((b) => b[1])) > next.headline[0]) err(`${file}#${ai}: body after next headline`);
  });
}
if (gold.length !== 200) err(`expected 200 articles, got ${gold.length}`);
if (errors.length) {
  console.error(errors.join("\n"));
  console.error(`FAIL (${errors.length} problems)`);
  process.exit(1);
}
const sorted = [...kinds.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
console.log(`OK: ${byFile.size} files, ${gold.length} articles, ${sorted.reduce((a, [, n]) => a + n, 0)} chrome spans`);
console.log(sorted.map(([k, n]) => `${k} ${n}`).join(", "));
