// Checks OUTDIR/gold.json against OUTDIR/dumps and the SaudiNewsNet records.
//   node --import tsx scripts/blind6/verify-gold.ts OUTDIR
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Gold } from './layout.js';
import { norm, readDay, splitParagraphs } from './records.js';

const WS = /\s/;

function main(): void {
  const outDir = process.argv[2];
  if (!outDir) {
    console.error('usage: verify-gold.ts OUTDIR');
    process.exit(2);
  }
  const gold = JSON.parse(readFileSync(join(outDir, 'gold.json'), 'utf8')) as Gold[];
  const errors: string[] = [];
  const err = (m: string) => {
    if (errors.length < 60) errors.push(m);
    else if (errors.length === 60) errors.push('... more errors');
  };
  const days = new Map<string, ReturnType<typeof readDay>>();
  const record = (id: string) => {
    const [day, idx] = id.split('#') as [string, string];
    if (!days.has(day)) days.set(day, readDay(day));
    return days.get(day)?.[Number(idx)];
  };

  const byFile = new Map<string, Gold[]>();
  for (const g of gold) byFile.set(g.file, [...(byFile.get(g.file) ?? []), g]);
  const onDisk = readdirSync(join(outDir, 'dumps')).filter((f) => f.endsWith('.txt')).map((f) => `dumps/${f}`);
  for (const f of onDisk) if (!byFile.has(f)) err(`${f}: no gold`);

  const kinds = new Map<string, number>();
  const ids = new Set<string>();
  for (const [file, arts] of byFile) {
    const text = readFileSync(join(outDir, file), 'utf8');
    const owner = new Int32Array(text.length).fill(-1);
    if (arts.length < 1 || arts.length > 6) err(`${file}: ${arts.length} articles`);
    let prevEnd = 0;
    arts.forEach((g, ai) => {
      const where = `${file}#${ai} (${g.recordId})`;
      if (ids.has(g.recordId)) err(`${where}: record used twice`);
      ids.add(g.recordId);
      const spans: [string, number, number][] = [['headline', ...g.headline]];
      if (g.subtitle) spans.push(['subtitle', ...g.subtitle]);
      for (const b of g.body) spans.push(['body', ...b]);
      for (const c of g.chrome) {
        if (!c.kind || typeof c.kind !== 'string') err(`${where}: chrome without kind`);
        spans.push([`chrome:${c.kind}`, c.start, c.end]);
        kinds.set(c.kind, (kinds.get(c.kind) ?? 0) + 1);
      }
      let lo = Infinity;
      let hi = -1;
      for (const [name, s, e] of spans) {
        if (!(Number.isInteger(s) && Number.isInteger(e) && s >= 0 && e <= text.length && s < e)) {
          err(`${where}: bad ${name} span [${s},${e}]`);
          continue;
        }
        if (WS.test(text[s] as string) || WS.test(text[e - 1] as string)) err(`${where}: ${name} span [${s},${e}] has outer whitespace`);
        for (let i = s; i < e; i++) {
          if (owner[i] !== -1) {
            err(`${where}: ${name} span [${s},${e}] overlaps another span at ${i}`);
            break;
          }
          owner[i] = ai;
        }
        lo = Math.min(lo, s);
        hi = Math.max(hi, e);
      }
      if (lo < prevEnd) err(`${where}: starts before the previous article ends`);
      prevEnd = hi;
      // Head chrome before the headline, body after it, in order.
      const [hs, he] = g.headline;
      if (g.subtitle && g.subtitle[0] < he) err(`${where}: subtitle before headline`);
      let last = g.subtitle ? g.subtitle[1] : he;
      for (const [s, e] of g.body) {
        if (s < last) err(`${where}: body out of order`);
        last = e;
      }
      const rec = record(g.recordId);
      if (!rec) {
        err(`${where}: no such record`);
        return;
      }
      if (rec.source !== g.outlet) err(`${where}: outlet ${g.outlet} != ${rec.source}`);
      if (norm(text.slice(hs, he)) !== norm(rec.title ?? '')) err(`${where}: headline differs from title`);
      const paras = splitParagraphs(rec.content ?? '');
      const got = [...(g.subtitle ? [g.subtitle] : []), ...g.body].map(([s, e]) => norm(text.slice(s, e)));
      if (got.length !== paras.length || got.some((p, i) => p !== paras[i])) err(`${where}: subtitle+body differ from content paragraphs (${got.length} vs ${paras.length})`);
      if (g.subtitle) {
        const words = (paras[0] ?? '').split(' ').length;
        if (words >= 30 || paras.length < 3) err(`${where}: subtitle not eligible`);
      }
    });
    for (let i = 0; i < text.length; i++) {
      if (owner[i] === -1 && !WS.test(text[i] as string)) {
        err(`${file}: uncovered ${JSON.stringify(text.slice(Math.max(0, i - 15), i + 15))} at ${i}`);
        break;
      }
    }
  }
  if (errors.length) {
    console.error(errors.join('\n'));
    console.error(`FAILED: ${errors.length} problem(s)`);
    process.exit(1);
  }
  console.log(`OK: ${byFile.size} files, ${gold.length} articles`);
  console.log([...kinds.entries()].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join('\n'));
}

main();
