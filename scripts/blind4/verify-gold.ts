// Checks a generated OUTDIR against its gold.json and the source records.
//   node --import tsx scripts/blind4/verify-gold.ts OUTDIR
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleGold } from './layout.js';
import { loadAll, normWs, type Rec } from './records.js';

interface Owned {
  start: number;
  end: number;
  article: number;
  what: string;
}

const errors: string[] = [];
const fail = (msg: string): void => {
  if (errors.length < 50) console.error('FAIL ' + msg);
  errors.push(msg);
};

function spansOf(g: ArticleGold, article: number): Owned[] {
  const out: Owned[] = [{ start: g.headline[0], end: g.headline[1], article, what: 'headline' }];
  if (g.subtitle) out.push({ start: g.subtitle[0], end: g.subtitle[1], article, what: 'subtitle' });
  g.body.forEach(([s, e]) => out.push({ start: s, end: e, article, what: 'body' }));
  g.chrome.forEach((c) => out.push({ start: c.start, end: c.end, article, what: 'chrome:' + c.kind }));
  return out;
}

function checkSpanShapes(file: string, text: string, spans: Owned[]): void {
  for (const s of spans) {
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start < s.end && s.end <= text.length)) {
      fail(`${file}: bad span ${s.what} [${s.start}, ${s.end})`);
      continue;
    }
    const t = text.slice(s.start, s.end);
    if (/[\r\n]/.test(t)) fail(`${file}: ${s.what} span crosses a line end at ${s.start}`);
    if (/^\s|\s$/.test(t)) fail(`${file}: ${s.what} span has white space at its edge at ${s.start}`);
  }
}

function checkOverlapAndCoverage(file: string, text: string, spans: Owned[]): void {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1]!;
    const b = sorted[i]!;
    if (b.start < a.end) fail(`${file}: ${a.what} [${a.start},${a.end}) overlaps ${b.what} [${b.start},${b.end})`);
  }
  const covered = new Uint8Array(text.length);
  for (const s of spans) covered.fill(1, s.start, s.end);
  for (let i = 0; i < text.length; i++) {
    if (!covered[i] && !/\s/.test(text[i]!)) {
      fail(`${file}: character ${i} (${JSON.stringify(text.slice(i, i + 20))}) belongs to no span`);
      return;
    }
  }
}

function checkOrder(file: string, golds: ArticleGold[], spans: Owned[]): void {
  let prevEnd = -1;
  golds.forEach((g, k) => {
    const own = spans.filter((s) => s.article === k);
    const lo = Math.min(...own.map((s) => s.start));
    const hi = Math.max(...own.map((s) => s.end));
    if (lo < prevEnd) fail(`${file}: article ${k} starts before article ${k - 1} ends`);
    prevEnd = hi;
    const firstBody = g.body[0]?.[0] ?? Infinity;
    if (g.headline[0] > firstBody) fail(`${file}: article ${k} headline after its body`);
    if (g.subtitle && (g.subtitle[0] < g.headline[1] || g.subtitle[1] > firstBody)) fail(`${file}: article ${k} subtitle out of place`);
    for (let i = 1; i < g.body.length; i++) {
      if (g.body[i]![0] < g.body[i - 1]![1]) fail(`${file}: article ${k} body paragraphs out of order`);
    }
  });
}

function checkText(file: string, text: string, g: ArticleGold, rec: Rec | undefined): void {
  if (!rec) return fail(`${file}: unknown record ${g.recordId}`);
  if (rec.source !== g.outlet) fail(`${file}: ${g.recordId} outlet ${g.outlet} != ${rec.source}`);
  const cut = (s: [number, number]) => normWs(text.slice(s[0], s[1]));
  if (cut(g.headline) !== normWs(rec.title)) fail(`${file}: ${g.recordId} headline differs from the title`);
  const got = [...(g.subtitle ? [cut(g.subtitle)] : []), ...g.body.map(cut)];
  if (got.length !== rec.paras.length || got.some((p, i) => p !== rec.paras[i])) {
    fail(`${file}: ${g.recordId} subtitle + body differ from the content paragraphs`);
  }
  if (g.subtitle && rec.paras.length < 3) fail(`${file}: ${g.recordId} subtitle with fewer than 2 body paragraphs`);
}

function main(): void {
  const outDir = process.argv[2];
  if (!outDir) {
    console.error('usage: verify-gold.ts OUTDIR');
    process.exit(2);
  }
  const gold = JSON.parse(readFileSync(join(outDir, 'gold.json'), 'utf8')) as ArticleGold[];
  const recs = new Map(loadAll().map((r) => [r.id, r] as const));
  const byFile = new Map<string, ArticleGold[]>();
  for (const g of gold) byFile.set(g.file, [...(byFile.get(g.file) ?? []), g]);
  const onDisk = readdirSync(join(outDir, 'dumps')).filter((f) => f.endsWith('.txt')).map((f) => 'dumps/' + f);
  for (const f of onDisk) if (!byFile.has(f)) fail(`${f}: file with no article in gold`);
  const ids = new Set<string>();
  const kinds = new Map<string, number>();
  for (const [file, golds] of byFile) {
    const text = readFileSync(join(outDir, file), 'utf8');
    if (golds.length < 1 || golds.length > 6) fail(`${file}: ${golds.length} articles`);
    const spans = golds.flatMap((g, k) => spansOf(g, k));
    checkSpanShapes(file, text, spans);
    checkOverlapAndCoverage(file, text, spans);
    checkOrder(file, golds, spans);
    for (const g of golds) {
      if (ids.has(g.recordId)) fail(`${file}: record ${g.recordId} laid out twice`);
      ids.add(g.recordId);
      checkText(file, text, g, recs.get(g.recordId));
      for (const c of g.chrome) kinds.set(c.kind, (kinds.get(c.kind) ?? 0) + 1);
    }
  }
  const outlets = new Map<string, number>();
  for (const g of gold) outlets.set(g.outlet, (outlets.get(g.outlet) ?? 0) + 1);
  console.log(`${gold.length} articles, ${byFile.size} files, ${gold.filter((g) => g.subtitle).length} with a subtitle`);
  console.log('outlets: ' + [...outlets].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', '));
  console.log('chrome spans by kind: ' + [...kinds].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', '));
  if (errors.length > 0) {
    console.error(`${errors.length} problem(s)`);
    process.exit(1);
  }
  console.log('OK');
}

main();
