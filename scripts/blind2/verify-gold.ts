// Checks OUTDIR/gold.json against the dumps and against the SaudiNewsNet records the articles came from.
// Usage: node --import tsx scripts/blind2/verify-gold.ts OUTDIR
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { contentLines, loadSnn, type SnnRecord } from './snn.js';
import { GLUED_PREFIX, GLUED_SUFFIX, decodeTitleEntities, selectClean } from './clean.js';
import { KINDS } from './chrome.js';
import type { GoldArticle } from './gold.js';

const outDir = process.argv[2];
if (!outDir) {
  console.error('usage: node --import tsx scripts/blind2/verify-gold.ts OUTDIR');
  process.exit(2);
}

const errors: string[] = [];
const fail = (msg: string): void => {
  if (errors.length < 50) errors.push(msg);
  else if (errors.length === 50) errors.push('... (more errors)');
};

/** p is the content line itself, or the line minus a glued prefix/suffix of a documented shape. */
function matchesLine(p: string, line: string): boolean {
  if (p === line) return true;
  const m = GLUED_PREFIX.exec(line);
  if (m && line.slice(m[0].length).trim() === p) return true;
  for (const re of GLUED_SUFFIX) {
    const s = re.exec(line);
    if (s && line.slice(0, s.index).trim() === p) return true;
  }
  return false;
}

const gold = JSON.parse(readFileSync(join(outDir, 'gold.json'), 'utf8')) as GoldArticle[];
const records = loadSnn();
const byId = new Map<string, SnnRecord>(records.map((r) => [r.id, r]));
const clean = selectClean(records);
const kinds = new Set<string>(KINDS);
const texts = new Map<string, string>();
const textOf = (f: string): string => {
  let t = texts.get(f);
  if (t === undefined) texts.set(f, (t = readFileSync(join(outDir, f), 'utf8')));
  return t;
};

// 1. every span's text against its source
const spansByFile = new Map<string, { s: number; e: number; what: string }[]>();
const kindCount = new Map<string, number>();
const seenIds = new Set<string>();
for (const [gi, g] of gold.entries()) {
  const where = `#${gi} ${g.file} ${g.recordId}`;
  const text = textOf(g.file);
  const rec = byId.get(g.recordId);
  if (!rec) {
    fail(`${where}: unknown record`);
    continue;
  }
  if (seenIds.has(g.recordId)) fail(`${where}: record used twice`);
  seenIds.add(g.recordId);
  if (rec.source !== g.outlet) fail(`${where}: outlet ${g.outlet} != ${rec.source}`);
  const spans = spansByFile.get(g.file) ?? [];
  spansByFile.set(g.file, spans);
  const slice = (r: [number, number]): string => text.slice(r[0], r[1]);
  const check = (r: [number, number], what: string): void => {
    if (!(Number.isInteger(r[0]) && Number.isInteger(r[1]) && r[0] >= 0 && r[0] < r[1] && r[1] <= text.length)) {
      fail(`${where}: bad ${what} range ${r}`);
      return;
    }
    spans.push({ s: r[0], e: r[1], what: `${gi}:${what}` });
  };

  check(g.headline, 'headline');
  if (slice(g.headline) !== decodeTitleEntities(rec.title).trim()) fail(`${where}: headline text differs from record title`);

  const lines = contentLines(rec.content);
  let li = 0;
  const paras: string[] = [];
  const follow = (r: [number, number], what: string): void => {
    check(r, what);
    const p = slice(r);
    paras.push(p);
    while (li < lines.length && !matchesLine(p, lines[li] as string)) li++;
    if (li >= lines.length) fail(`${where}: ${what} is not an in-order paragraph of the record: ${JSON.stringify(p.slice(0, 60))}`);
    li++;
  };
  if (g.subtitle) follow(g.subtitle, 'subtitle');
  if (g.body.length === 0) fail(`${where}: empty body`);
  g.body.forEach((b, i) => follow(b, `body[${i}]`));
  const ca = clean.get(g.recordId);
  if (!ca) fail(`${where}: record is not among the clean selection`);
  else if (JSON.stringify(ca.paras) !== JSON.stringify(paras)) fail(`${where}: subtitle+body differ from the record's cleaned paragraphs`);
  if (g.subtitle) {
    const sub = slice(g.subtitle);
    if (g.body.length < 2) fail(`${where}: subtitle with fewer than 2 body paragraphs`);
    if (sub.split(/\s+/).length > 30) fail(`${where}: subtitle longer than 30 words`);
  }
  if (g.captions.length !== 0) fail(`${where}: captions should be empty`);

  for (const c of g.chrome) {
    check([c.start, c.end], `chrome:${c.kind}`);
    if (!kinds.has(c.kind)) fail(`${where}: unknown chrome kind ${c.kind}`);
    kindCount.set(c.kind, (kindCount.get(c.kind) ?? 0) + 1);
    const t = text.slice(c.start, c.end);
    if (t !== t.trim() || /[\r\n\u200f]/.test(t)) fail(`${where}: chrome span not a clean line: ${JSON.stringify(t)}`);
  }
  // order: head chrome < headline < subtitle < body..., chrome of this article lies between neighbours
  const order = [g.headline, ...(g.subtitle ? [g.subtitle] : []), ...g.body];
  for (let i = 1; i < order.length; i++) {
    if ((order[i] as [number, number])[0] < (order[i - 1] as [number, number])[1]) fail(`${where}: content spans out of order`);
  }
  const prev = gold[gi - 1];
  const next = gold[gi + 1];
  const lo = prev && prev.file === g.file ? (prev.body[prev.body.length - 1]?.[1] ?? 0) : 0;
  const hi = next && next.file === g.file ? next.headline[0] : text.length;
  if (g.headline[0] < lo) fail(`${where}: article starts before the previous one ends`);
  for (const c of g.chrome) {
    if (c.start < lo || c.end > hi) fail(`${where}: chrome ${c.kind} attributed to the wrong article`);
  }
}

// 2. per file: spans are whole trimmed lines, do not overlap, and cover every visible character
const files = readdirSync(join(outDir, 'dumps')).filter((f) => f.endsWith('.txt')).sort();
if (files.length !== spansByFile.size) fail(`dumps/ holds ${files.length} files, gold names ${spansByFile.size}`);
for (const f of files) {
  const name = `dumps/${f}`;
  const text = textOf(name);
  const spans = (spansByFile.get(name) ?? []).slice().sort((a, b) => a.s - b.s);
  for (let i = 1; i < spans.length; i++) {
    const a = spans[i - 1] as { s: number; e: number; what: string };
    const b = spans[i] as { s: number; e: number; what: string };
    if (b.s < a.e) fail(`${name}: spans overlap: ${a.what} [${a.s},${a.e}) and ${b.what} [${b.s},${b.e})`);
  }
  const covered = new Uint8Array(text.length);
  for (const sp of spans) {
    covered.fill(1, sp.s, sp.e);
    const lineStart = text.lastIndexOf('\n', sp.s - 1) + 1;
    let lineEnd = text.indexOf('\n', sp.e);
    if (lineEnd < 0) lineEnd = text.length;
    if (!/^[ \t]*$/.test(text.slice(lineStart, sp.s))) fail(`${name}: ${sp.what} does not start its line`);
    if (!/^[ \t\u200f]*\r?$/.test(text.slice(sp.e, lineEnd))) fail(`${name}: ${sp.what} does not end its line`);
    const t = text.slice(sp.s, sp.e);
    if (t !== t.trim()) fail(`${name}: ${sp.what} has surrounding whitespace`);
  }
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (covered[i] || /\s/.test(ch)) continue;
    if (ch === '\u200f' && /^[ \t\u200f]*(\r?\n|$)/.test(text.slice(i, i + 6))) continue; // RLM at a line end
    fail(`${name}: uncovered character ${JSON.stringify(ch)} at ${i}`);
    break;
  }
  if (text.includes('\r') && /[^\r]\n|^\n/.test(text)) fail(`${name}: mixed line endings`);
}

// 3. set-level expectations
const nFiles = files.length;
const perFile = new Map<string, number>();
for (const g of gold) perFile.set(g.file, (perFile.get(g.file) ?? 0) + 1);
if (gold.length !== 200) fail(`expected 200 articles, got ${gold.length}`);
if (nFiles < 60 || nFiles > 80) fail(`expected 60-80 files, got ${nFiles}`);
for (const [f, n] of perFile) if (n < 1 || n > 6) fail(`${f}: ${n} articles`);
if (kindCount.size < 18) fail(`only ${kindCount.size} chrome kinds used`);
const fileOrder = gold.map((g) => g.file);
for (let i = 1; i < fileOrder.length; i++) {
  if ((fileOrder[i] as string) < (fileOrder[i - 1] as string)) fail('gold not in file order');
}

if (errors.length) {
  console.error(`verify FAILED (${errors.length} problems):\n` + errors.join('\n'));
  process.exit(1);
}
const nSpans = [...spansByFile.values()].reduce((s, l) => s + l.length, 0);
console.log(
  `verify OK: ${gold.length} articles, ${nFiles} files, ${nSpans} spans, ${kindCount.size} chrome kinds, ` +
    `${gold.filter((g) => g.subtitle).length} subtitles, ${new Set(gold.map((g) => g.outlet)).size} outlets`,
);
