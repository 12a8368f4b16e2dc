// Turns annotators' statements (JSON lines quoting the article's words, as /tmp/qg/BRIEF.md asks)
// into the quote gold: offsets and labels only, into each SaudiNewsNet record's `content`, read at
// run time from ../shared. No article text is written.
//   node --import tsx scripts/quote-gold/from-annotations.ts --out FILE [--blind IDS] ANNOT=LETTER…
// ANNOT is an annotator's JSON lines file, LETTER their name in the gold. IDS lists the article ids
// of the blind part, one per line. Each statement's `start` and `end` words are found in its line
// (exactly, else with harakat, tatweel and spacing folded); its speaker, role, cue and medium in the
// article (the occurrence nearest the statement). Anything not found is reported, and the run fails.
import { readFileSync, writeFileSync } from 'node:fs';
import { fingerprint, loadSnnRecords, type SnnRecord } from '../lib/snn-days.js';
import { saudiNewsNetZips, SNN_DIR } from '../lib/saudinewsnet.js';
import { findLoose, lineStarts, nearestLoose, type Span } from './loose-find.js';

interface Annotated {
  article: string;
  none?: boolean;
  line?: number;
  end_line?: number;
  kind?: string;
  start?: string;
  end?: string;
  speaker?: string | null;
  role?: string | null;
  cue?: string | null;
  medium?: string | null;
}

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
const articles = new Map<string, { id: string; fp: string; part: string; annotator: string; statements: object[] }>();
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
    if (!entry) articles.set(a.article, (entry = { id: a.article, fp: fingerprint(rec.content), part: blind.has(a.article) ? 'blind' : 'dev', annotator: letter, statements: [] }));
    if (a.none) continue;
    const content = rec.content;
    const starts = lineStarts(content);
    const lineSpan = (l: number | undefined): Span | null => (l === undefined || l >= starts.length ? null : { start: starts[l]!, end: l + 1 < starts.length ? starts[l + 1]! - 1 : content.length });
    const first = lineSpan(a.line);
    const last = lineSpan(a.end_line ?? a.line);
    if (!first || !last || !a.start || !a.end) {
      problems.push(`${where}: bad line or words`);
      continue;
    }
    const s = findLoose(content, a.start, first.start, first.end);
    const e = s ? findLoose(content, a.end, Math.max(s.start, last.start), last.end) : null;
    if (!s || !e) {
      problems.push(`${where}: ${!s ? 'start' : 'end'} words not found in line ${!s ? a.line : (a.end_line ?? a.line)}`);
      continue;
    }
    /** A label's nearest occurrence to the statement (before it first), or null when it is null. */
    const label = (text: string | null | undefined, what: string): [number, number] | null => {
      if (!text) return null;
      const best = nearestLoose(content, text, s.start);
      if (!best) problems.push(`${where}: ${what} «${text}» not found in the content`);
      return best ? [best.start, best.end] : null;
    };
    entry.statements.push({
      kind: a.kind,
      text: [s.start, e.end],
      speaker: label(a.speaker, 'speaker'),
      role: label(a.role, 'role'),
      cue: label(a.cue, 'cue'),
      medium: label(a.medium, 'medium'),
    });
  }
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
const header = '// Quote gold (offsets into SaudiNewsNet records\' `content`; see scripts/quote-gold/README.md). No article text.\n';
writeFileSync(out, header + [...articles.values()].map((a) => JSON.stringify(a)).join('\n') + '\n');
console.log(`${articles.size} articles, ${[...articles.values()].reduce((n, a) => n + a.statements.length, 0)} statements → ${out}`);
