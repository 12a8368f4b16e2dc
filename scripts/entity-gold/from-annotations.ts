// Turns annotators' mentions (JSON lines quoting the article's words, as BRIEF.md asks) into the
// entity gold: offsets and labels only, into each SaudiNewsNet record's `content`, read at run time
// from ../shared. No article text is written.
//   node --import tsx scripts/entity-gold/from-annotations.ts --out FILE [--blind IDS] ANNOT=LETTER…
// ANNOT is an annotator's JSON lines file, LETTER their name in the gold; IDS lists the blind part's
// article ids, one per line. Each mention is the `nth` occurrence of its words in its line (exactly,
// else with harakat, tatweel and spacing folded); its actor id, the occurrence of the id's words
// nearest to it. Anything not found is reported, and the run fails.
import { readFileSync, writeFileSync } from 'node:fs';
import { fingerprint, loadSnnRecords, type SnnRecord } from '../lib/snn-days.js';
import { saudiNewsNetZips, SNN_DIR } from '../lib/saudinewsnet.js';
import { findLoose, lineStarts, nearestLoose } from '../quote-gold/loose-find.js';

interface Annotated {
  article: string;
  none?: boolean;
  line?: number;
  text?: string;
  nth?: number;
  type?: string;
  id?: string;
}

const TYPES = new Set(['PERS', 'ORG', 'LOC']);
const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const out = opt('--out');
const blindFile = opt('--blind');
if (!out || !args.length) {
  console.error('usage: from-annotations.ts --out FILE [--blind IDS] ANNOT=LETTER…');
  process.exit(2);
}
if (!saudiNewsNetZips().length) {
  console.error(`from-annotations: the SaudiNewsNet zips are missing from ${SNN_DIR}`);
  process.exit(1);
}
const blind = new Set(blindFile ? readFileSync(blindFile, 'utf8').split('\n').filter(Boolean) : []);
const records = new Map<string, SnnRecord>((await loadSnnRecords()).map((r) => [r.id, r]));

const problems: string[] = [];
const articles = new Map<string, { id: string; fp: string; part: string; annotator: string; mentions: object[] }>();
for (const arg of args) {
  const [file, letter] = arg.split('=');
  if (!file || !letter) throw new Error(`expected ANNOT=LETTER, got ${arg}`);
  for (const [n, raw] of readFileSync(file, 'utf8').split('\n').entries()) {
    if (!raw.trim()) continue;
    const a = JSON.parse(raw) as Annotated;
    const rec = records.get(a.article);
    const where = `${file}:${n + 1} (${a.article})`;
    if (!rec) {
      problems.push(`${where}: no such record`);
      continue;
    }
    let entry = articles.get(a.article);
    if (!entry) articles.set(a.article, (entry = { id: a.article, fp: fingerprint(rec.content), part: blind.has(a.article) ? 'blind' : 'dev', annotator: letter, mentions: [] }));
    if (a.none) continue;
    const content = rec.content;
    const starts = lineStarts(content);
    if (a.line === undefined || a.line >= starts.length || !a.text || !a.id || !TYPES.has(a.type ?? '')) {
      problems.push(`${where}: bad line, text, id or type`);
      continue;
    }
    const lineEnd = a.line + 1 < starts.length ? starts[a.line + 1]! - 1 : content.length;
    let at = null;
    for (let k = 0, from = starts[a.line]!; k < (a.nth ?? 1); k++) {
      at = findLoose(content, a.text, from, lineEnd);
      if (!at) break;
      from = at.start + 1;
    }
    if (!at) {
      problems.push(`${where}: «${a.text}» (${a.nth ?? 1}) not found in line ${a.line}`);
      continue;
    }
    const id = nearestLoose(content, a.id, at.start);
    if (!id) {
      problems.push(`${where}: id «${a.id}» not found in the content`);
      continue;
    }
    entry.mentions.push({ type: a.type, span: [at.start, at.end], id: [id.start, id.end] });
  }
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
const header = "// Entity gold (offsets into SaudiNewsNet records' `content`; see scripts/entity-gold/README.md). No article text.\n";
writeFileSync(out, header + [...articles.values()].map((a) => JSON.stringify(a)).join('\n') + '\n');
console.log(`${articles.size} articles, ${[...articles.values()].reduce((n, a) => n + a.mentions.length, 0)} mentions → ${out}`);
