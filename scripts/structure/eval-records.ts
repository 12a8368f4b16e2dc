// Scores chrome removal on exported records: the hand-labelled SaudiNewsNet sample (gold/structure),
// extracted with Rasd's pipeline over all 15 days (so each outlet's profile is learned as in a real run).
// Prints records still carrying chrome, body words kept, per outlet and per kind, and the annotators' agreement.
import { basename } from 'node:path';
import type { Article } from '../../src/core/article.js';
import { extractInputs } from '../../src/ingest/extract-inputs.js';
import { scanJsonRecords, stringFields } from '../../src/ingest/records/json-scan.js';
import { readZipEntries, saudiNewsNetZips } from '../lib/saudinewsnet.js';
import { labelSpan, readAllLabels, readSample, type LineLabel } from './records-gold.js';
import { covered, pct, Tally, touches, within, wordsIn, type Range } from './score.js';

const ANNOTATORS = ['a1', 'a2', 'a3', 'a4'];

/** Scores the records of `split`; returns [share of chrome records still carrying chrome, share of body words kept]. */
export async function evalRecords(split: 'dev' | 'blind', verbose: boolean): Promise<[number, number] | null> {
  const labels = readAllLabels(ANNOTATORS);
  const sample = readSample().filter((s) => s.split === split);
  const gold = new Map<string, { outlet: string; labels: LineLabel[]; second: LineLabel[] | null }>();
  for (const s of sample) {
    const first = labels.get(s.annotators[0]!)?.get(s.id);
    if (!first) continue;
    gold.set(s.id, { outlet: s.outlet, labels: first, second: s.annotators[1] ? labels.get(s.annotators[1])?.get(s.id) ?? null : null });
  }
  if (!gold.size) {
    console.log(`\n== records (${split}): no labels yet under gold/structure/labels`);
    return null;
  }
  const zips = saudiNewsNetZips();
  // Each record's raw start in its day's text → its id, and the content's offset map.
  const wanted = new Map<string, { id: string; text: string; start: number; end: number }>();
  for (const zip of zips) {
    const day = basename(zip, '.zip');
    const [buf] = await readZipEntries(zip);
    const text = buf!.toString('utf8');
    let index = 0;
    for (const r of scanJsonRecords(text)) {
      const id = `${day}#${index++}`;
      if (!('error' in r) && gold.has(id)) wanted.set(`${day}@${r.start}`, { id, text, start: r.start, end: r.end });
    }
  }
  const found = new Map<string, Article>();
  for await (const r of extractInputs(zips, process.stdin, {})) {
    for (const a of r.articles) {
      const day = /(\d{4}-\d{2}-\d{2})\.zip!/u.exec(a.source.path)?.[1];
      const w = wanted.get(`${day}@${a.source.start}`);
      if (w) found.set(w.id, a);
    }
  }
  const outlets = new Tally();
  const kinds = new Tally();
  let withChrome = 0;
  let carrying = 0;
  let words = 0;
  let kept = 0;
  let agreeRecords = 0;
  let agreeHas = 0;
  let doubled = 0;
  let charsA = 0;
  let charsB = 0;
  let charsBoth = 0;
  for (const w of wanted.values()) {
    const g = gold.get(w.id)!;
    const content = stringFields(w.text, w.start, w.end, new Set(['content'])).get('content')!;
    const inv = new Map<number, number>();
    content.raw.forEach((raw, k) => inv.set(raw, k));
    const a = found.get(w.id);
    const toDecoded = (s: { start: number; end: number }): Range => [inv.get(s.start) ?? 0, inv.get(s.end) ?? 0];
    const ours = covered(content.value, a ? a.spans.paragraphs.map(toDecoded) : []);
    const fields = a ? [a.spans.dateline, a.spans.byline].filter((s): s is NonNullable<typeof s> => !!s && inv.has(s.start)).map(toDecoded) : [];
    const chrome = g.labels.map((l) => ({ kind: l.kind, range: labelSpan(content.value, l) }));
    const chromeSet = covered(content.value, chrome.map((c) => [c.range.start, c.range.end] as Range));
    const asBody = new Set([...ours, ...[...covered(content.value, fields)].filter((i) => !chromeSet.has(i))]);
    const allLines: Range[] = [[0, content.value.length]];
    const bodyWords = wordsIn(content.value, allLines).filter((x) => !touches(content.value, x, chromeSet));
    const keptWords = bodyWords.filter((x) => within(content.value, x, asBody)).length;
    words += bodyWords.length;
    kept += keptWords;
    outlets.add(g.outlet, 'records');
    outlets.add(g.outlet, 'words', bodyWords.length);
    outlets.add(g.outlet, 'kept', keptWords);
    if (chrome.length) {
      const left = chrome.filter((c) => touches(content.value, [c.range.start, c.range.end], ours));
      withChrome++;
      carrying += +(left.length > 0);
      outlets.add(g.outlet, 'chrome');
      outlets.add(g.outlet, 'carrying', +(left.length > 0));
      for (const c of chrome) {
        const l = left.includes(c);
        kinds.add(c.kind, 'spans');
        kinds.add(c.kind, 'left', +l);
        if (l && verbose) console.log(`  chrome left [${c.kind}] ${w.id} ${g.outlet}: ${content.value.slice(c.range.start, c.range.end).slice(0, 90).replace(/\n/gu, '⏎')}`);
      }
    }
    if (verbose && keptWords < bodyWords.length) {
      const lostWords = bodyWords.filter((x) => !within(content.value, x, asBody));
      console.log(`  body lost ${w.id} ${g.outlet}: ${lostWords.length} words, e.g. «${lostWords.slice(0, 8).map((x) => content.value.slice(...x)).join(' ')}»`);
    }
    if (g.second) {
      doubled++;
      const other = covered(content.value, g.second.map((l) => { const s = labelSpan(content.value, l); return [s.start, s.end] as Range; }));
      const both = [...chromeSet].filter((i) => other.has(i)).length;
      charsA += chromeSet.size;
      charsB += other.size;
      charsBoth += both;
      agreeRecords += +(both === chromeSet.size && both === other.size);
      agreeHas += +((chromeSet.size > 0) === (other.size > 0));
    }
  }
  console.log(`\n== records (${split}): ${wanted.size} labelled records (${[...gold.keys()].filter((id) => ![...wanted.values()].some((w) => w.id === id)).length} not found in the data)`);
  console.log(`  records with chrome: ${withChrome}; still carrying chrome in the body: ${carrying} (${pct(carrying, withChrome)})`);
  console.log(`  body words kept: ${kept}/${words} (${pct(kept, words)})`);
  if (doubled) {
    const f1 = charsA + charsB ? (2 * charsBoth) / (charsA + charsB) : 1;
    console.log(`  annotator agreement on ${doubled} records labelled twice: identical chrome ${agreeRecords}/${doubled}; has-chrome ${agreeHas}/${doubled}; chrome characters F1 ${f1.toFixed(3)}`);
  }
  outlets.print('  per outlet', ['records', 'chrome', 'carrying', 'words kept'], (r) => [String(r.records ?? 0), String(r.chrome ?? 0), String(r.carrying ?? 0), pct(r.kept ?? 0, r.words ?? 0)]);
  kinds.print('  per chrome kind', ['spans', 'left', 'share left'], (r) => [String(r.spans ?? 0), String(r.left ?? 0), pct(r.left ?? 0, r.spans ?? 0)]);
  return [withChrome ? carrying / withChrome : 0, words ? kept / words : 1];
}
