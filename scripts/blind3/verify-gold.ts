/**
 * Checks a blind3 output directory:
 *
 *   node --import tsx scripts/blind3/verify-gold.ts OUTDIR
 *
 * - headline / subtitle / body spans hold exactly the record's title and
 *   paragraphs (re-read from the SaudiNewsNet zips), in order, none missing;
 * - every span is one whole line, trimmed, with nothing visible around it;
 * - spans do not overlap, and every visible character of every dump is inside a span;
 * - the articles of a file follow each other (an article's spans all come after
 *   the previous article's spans);
 * - subtitles are short first paragraphs with at least two paragraphs after them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { INVISIBLE } from './layout.js';
import { loadAll, recordParagraphs, type RawRecord } from './records.js';

interface Gold {
  file: string;
  headline: [number, number];
  subtitle: [number, number] | null;
  body: [number, number][];
  captions: [number, number][];
  chrome: { kind: string; start: number; end: number }[];
  outlet: string;
  recordId: string;
}

const outDir = process.argv[2];
if (!outDir) {
  console.error('usage: node --import tsx scripts/blind3/verify-gold.ts OUTDIR');
  process.exit(2);
}

const errors: string[] = [];
const fail = (msg: string): void => {
  if (errors.length < 50) console.error('FAIL', msg);
  errors.push(msg);
};

const gold = JSON.parse(readFileSync(join(outDir, 'gold.json'), 'utf8')) as Gold[];
const records = new Map<string, RawRecord>();
for (const r of loadAll()) records.set(r.id, r.raw);

const byFile = new Map<string, Gold[]>();
for (const g of gold) {
  const xs = byFile.get(g.file) ?? [];
  xs.push(g);
  byFile.set(g.file, xs);
}
const onDisk = readdirSync(join(outDir, 'dumps')).map((f) => `dumps/${f}`);
for (const f of onDisk) if (!byFile.has(f)) fail(`${f}: dump without gold articles`);

const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;
const seenIds = new Set<string>();
let spansChecked = 0;

for (const [file, arts] of byFile) {
  const text = readFileSync(join(outDir, file), 'utf8');
  interface S {
    start: number;
    end: number;
    what: string;
    article: number;
  }
  const spans: S[] = [];

  arts.forEach((g, k) => {
    const where = `${file} #${k} (${g.recordId})`;
    if (seenIds.has(g.recordId)) fail(`${where}: record used twice`);
    seenIds.add(g.recordId);
    const raw = records.get(g.recordId);
    if (!raw) {
      fail(`${where}: unknown record`);
      return;
    }
    if (raw.source !== g.outlet) fail(`${where}: outlet ${g.outlet} != ${raw.source}`);
    if (g.captions.length) fail(`${where}: captions should be empty`);
    const paras = recordParagraphs(raw);
    if (!paras) {
      fail(`${where}: record has no usable paragraphs`);
      return;
    }
    const slice = (sp: [number, number]): string => text.slice(sp[0], sp[1]);
    if (slice(g.headline) !== raw.title.trim()) fail(`${where}: headline text differs from the record title`);
    spans.push({ start: g.headline[0], end: g.headline[1], what: 'headline', article: k });
    let expectBody = paras;
    if (g.subtitle) {
      if (slice(g.subtitle) !== paras[0]) fail(`${where}: subtitle is not the first paragraph`);
      if (words(paras[0] ?? '') > 30) fail(`${where}: subtitle longer than 30 words`);
      if (paras.length < 3) fail(`${where}: subtitle without two paragraphs after it`);
      expectBody = paras.slice(1);
      spans.push({ start: g.subtitle[0], end: g.subtitle[1], what: 'subtitle', article: k });
    }
    if (g.body.length !== expectBody.length) fail(`${where}: ${g.body.length} body spans, record has ${expectBody.length}`);
    g.body.forEach((b, i) => {
      if (slice(b) !== expectBody[i]) fail(`${where}: body paragraph ${i} differs from the record`);
      spans.push({ start: b[0], end: b[1], what: `body ${i}`, article: k });
    });
    for (const c of g.chrome) {
      if (!c.kind) fail(`${where}: chrome span without kind`);
      spans.push({ start: c.start, end: c.end, what: `chrome ${c.kind}`, article: k });
    }
    // order inside the article: headline < subtitle < body paragraphs
    const order = [g.headline, ...(g.subtitle ? [g.subtitle] : []), ...g.body];
    for (let i = 1; i < order.length; i++) if ((order[i]?.[0] ?? 0) < (order[i - 1]?.[1] ?? 0)) fail(`${where}: content spans out of order`);
  });

  // each span: a whole trimmed line, nothing visible around it on its line
  for (const s of spans) {
    spansChecked++;
    const t = text.slice(s.start, s.end);
    if (s.start < 0 || s.end > text.length || s.end <= s.start) {
      fail(`${file}: ${s.what} has a bad range`);
      continue;
    }
    if (/[\r\n]/.test(t)) fail(`${file}: ${s.what} spans more than one line`);
    if (INVISIBLE.test(t[0] ?? '') || INVISIBLE.test(t[t.length - 1] ?? '')) fail(`${file}: ${s.what} is not trimmed`);
    for (let i = s.start - 1; i >= 0 && text[i] !== '\n'; i--) {
      if (!INVISIBLE.test(text[i] ?? '')) {
        fail(`${file}: ${s.what} does not start its line`);
        break;
      }
    }
    for (let i = s.end; i < text.length && text[i] !== '\n'; i++) {
      if (!INVISIBLE.test(text[i] ?? '')) {
        fail(`${file}: ${s.what} does not end its line`);
        break;
      }
    }
  }

  // no overlaps; articles follow each other
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1] as S;
    const b = sorted[i] as S;
    if (b.start < a.end) fail(`${file}: ${a.what} overlaps ${b.what}`);
    if (b.article < a.article) fail(`${file}: spans of article ${b.article} come after article ${a.article}`);
  }

  // every visible character covered
  const covered = new Uint8Array(text.length);
  for (const s of spans) covered.fill(1, s.start, s.end);
  for (let i = 0; i < text.length; i++) {
    if (!covered[i] && !INVISIBLE.test(text[i] ?? '')) {
      fail(`${file}: visible character ${JSON.stringify(text[i])} at ${i} outside every span`);
      break;
    }
  }
}

if (errors.length) {
  console.error(`verify-gold: ${errors.length} problem(s) in ${outDir}`);
  process.exit(1);
}
console.log(`verify-gold: OK - ${gold.length} articles, ${byFile.size} files, ${spansChecked} spans checked against the records, full coverage, no overlaps`);
