// Scores the dump extractor on generated dumps with gold spans (scripts/structure/generate-dumps.ts, or
// the blind generator): headline, subtitle and body exactly right, chrome left in the body, body words lost.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../src/core/article.js';
import { extractInputs } from '../../src/ingest/extract-inputs.js';
import { covered, pct, sameSet, Tally, touches, within, wordsIn, type Range } from './score.js';

interface GoldArticle {
  file: string;
  headline: Range;
  subtitle: Range | null;
  body: Range[];
  chrome: Array<{ kind: string; start: number; end: number }>;
  outlet: string;
  recordId: string;
}

// Compared as read: white space collapsed, invisible marks (U+200F …) dropped.
const trim = (s: string | null | undefined): string | null => (s == null ? null : s.replace(/\p{Cf}/gu, '').replace(/\s+/gu, ' ').trim());

/** Extracts every dump of `dir` with Rasd's pipeline and scores it against `dir/gold.json`; returns the share exactly right. */
export async function evalDumps(dir: string, label: string, verbose: boolean): Promise<number> {
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as GoldArticle[];
  const files = [...new Set(gold.map((g) => g.file))].sort();
  const byFile = new Map<string, Article[]>();
  for await (const r of extractInputs(files.map((f) => join(dir, f)), process.stdin, {})) {
    for (const a of r.articles) byFile.set(a.source.path, [...(byFile.get(a.source.path) ?? []), a]);
  }
  const outlets = new Tally();
  const kinds = new Tally();
  let exact = 0;
  let headlineOk = 0;
  let subtitleOk = 0;
  let bodyOk = 0;
  let words = 0;
  let lost = 0;
  let chromeSpans = 0;
  let chromeLeft = 0;
  let extra = 0;
  const texts = new Map(files.map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
  const matched = new Set<Article>();
  for (const g of gold) {
    const text = texts.get(g.file)!;
    const articles = byFile.get(join(dir, g.file)) ?? [];
    const a = articles.find((x) => x.spans.headline && x.spans.headline.start < g.headline[1] && g.headline[0] < x.spans.headline.end)
      ?? articles.find((x) => x.source.start <= g.headline[0] && g.headline[1] <= x.source.end);
    if (a) matched.add(a);
    const goldBody = covered(text, g.body);
    const ours = a ? a.spans.paragraphs.map((p) => [p.start, p.end] as Range) : [];
    // A dateline or byline cut from the body counts as kept where the gold calls it body.
    const fields = a ? [a.spans.dateline, a.spans.byline].filter((s): s is NonNullable<typeof s> => !!s).map((s) => [s.start, s.end] as Range) : [];
    const oursBody = covered(text, ours);
    const asBody = new Set([...oursBody, ...[...covered(text, fields)].filter((i) => goldBody.has(i))]);
    const h = !!a && trim(a.headline) === trim(text.slice(...g.headline));
    const s = !!a && trim(a.subtitle) === (g.subtitle ? trim(text.slice(...g.subtitle)) : null);
    const b = !!a && sameSet(asBody, goldBody);
    const gw = wordsIn(text, g.body);
    const lw = gw.filter((w) => !within(text, w, asBody)).length;
    words += gw.length;
    lost += lw;
    headlineOk += +h;
    subtitleOk += +s;
    bodyOk += +b;
    exact += +(h && s && b);
    outlets.add(g.outlet, 'articles');
    outlets.add(g.outlet, 'exact', +(h && s && b));
    for (const c of g.chrome) {
      const left = touches(text, [c.start, c.end], oursBody);
      chromeSpans++;
      chromeLeft += +left;
      kinds.add(c.kind, 'spans');
      kinds.add(c.kind, 'left', +left);
      if (left && verbose) console.log(`  chrome left [${c.kind}] ${g.file}: ${text.slice(c.start, c.end).slice(0, 80)}`);
    }
    if (verbose && !(h && s && b)) {
      console.log(`  ${g.file} ${g.recordId}: headline ${h ? 'ok' : `✗ «${trim(a?.headline)?.slice(0, 50)}» ≠ «${text.slice(...g.headline).slice(0, 50)}»`}; subtitle ${s ? 'ok' : `✗ «${a?.subtitle?.slice(0, 60)}»`}; body ${b ? 'ok' : `✗ ${lw} words lost, ${[...oursBody].filter((i) => !goldBody.has(i)).length} chars extra`}`);
      if (!b && a) for (const w of gw.filter((x) => !within(text, x, asBody)).slice(0, 2)) console.log(`      lost: …${text.slice(Math.max(0, w[0] - 20), w[1] + 20).replace(/\n/gu, '⏎')}…`);
      const extraAt = [...oursBody].filter((i) => !goldBody.has(i));
      if (extraAt.length) console.log(`      extra: «${text.slice(extraAt[0]!, extraAt[0]! + 60).replace(/\n/gu, '⏎')}»`);
    }
  }
  for (const list of byFile.values()) extra += list.filter((a) => !matched.has(a)).length;
  console.log(`\n== dumps (${label}): ${gold.length} articles in ${files.length} files`);
  console.log(`  exactly right (headline, subtitle and body): ${exact}/${gold.length} = ${(exact / gold.length).toFixed(3)}`);
  console.log(`  headline ${headlineOk}/${gold.length}, subtitle ${subtitleOk}/${gold.length}, body ${bodyOk}/${gold.length}; articles found that are none: ${extra}`);
  console.log(`  chrome spans left in the body: ${chromeLeft}/${chromeSpans} (${pct(chromeLeft, chromeSpans)}); body words lost: ${lost}/${words} (${pct(lost, words)})`);
  outlets.print('  per outlet', ['articles', 'exact', 'share'], (r) => [String(r.articles ?? 0), String(r.exact ?? 0), pct(r.exact ?? 0, r.articles ?? 0)]);
  kinds.print('  per chrome kind', ['spans', 'left', 'share left'], (r) => [String(r.spans ?? 0), String(r.left ?? 0), pct(r.left ?? 0, r.spans ?? 0)]);
  return exact / gold.length;
}
