// Turns annotators' events (JSON lines quoting the sentence's words, as scripts/event-gold/BRIEF.md
// asks) into the event gold: offsets and labels only, into each SaudiNewsNet record's `content`, read
// at run time from ../shared. No article text is written.
//   node --import tsx scripts/event-gold/from-annotations.ts --sentences FILE --out FILE [--blind IDS] ANNOT=NAME…
// FILE is the draw's sentences.jsonl (make-packets.ts); ANNOT an annotator's output, NAME their name in
// the gold; IDS the sentence numbers of the blind part, one per line. Each copied string is found in
// its sentence (exactly, else with harakat, tatweel and spacing folded); a string not found, a
// sentence missing or an unknown type or status is reported, and the run fails.
import { readFileSync, writeFileSync } from 'node:fs';
import { EVENT_TYPES } from '../../src/core/event-schema.js';
import { takeOption } from '../lib/gold-annotations.js';
import { fingerprint, loadSnnRecords } from '../lib/snn-days.js';
import { isAnercorpId, loadAnercorpRecords } from '../lib/anercorp-records.js';
import { findLoose } from '../quote-gold/loose-find.js';

interface Drawn {
  s: string;
  id: string;
  fp: string;
  span: [number, number];
}
interface AnnotatedEvent {
  type?: string;
  modes?: string[];
  trigger?: string;
  actor?: string | null;
  recipient?: string | null;
  place?: string | null;
  time?: string | null;
  status?: string;
  killed?: number | null;
  injured?: number | null;
  arrested?: number | null;
}

const STATUSES = ['asserted', 'negated', 'future', 'hypothetical', 'historical'];
const args = process.argv.slice(2);
const opt = (name: string): string | undefined => takeOption(args, name);
const sentencesFile = opt('--sentences');
const out = opt('--out');
const blindFile = opt('--blind');
if (!sentencesFile || !out || !args.length || args.some((a) => !a.includes('='))) {
  console.error('usage: from-annotations.ts --sentences FILE --out FILE [--blind IDS] ANNOT=NAME…');
  process.exit(2);
}
const jsonLines = <T>(file: string): T[] => readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
const drawn = new Map(jsonLines<Drawn>(sentencesFile).map((d) => [d.s, d]));
const blind = new Set(blindFile ? readFileSync(blindFile, 'utf8').split('\n').filter(Boolean) : []);
// The draw's records: SaudiNewsNet's, or ANERcorp's for a draw made with --corpus anercorp.
const fromAnercorp = [...drawn.values()].every((d) => isAnercorpId(d.id));
const records = new Map((fromAnercorp ? loadAnercorpRecords() : await loadSnnRecords()).map((r) => [r.id, r]));
const problems: string[] = [];
const rows: string[] = [];
for (const arg of args) {
  const [file, name] = arg.split('=') as [string, string];
  jsonLines<{ s: string; events?: AnnotatedEvent[] }>(file).forEach((line, n) => {
    const where = `${file}:${n + 1} (${line.s})`;
    const d = drawn.get(line.s);
    const rec = d && records.get(d.id);
    if (!d || !rec || fingerprint(rec.content) !== d.fp || !Array.isArray(line.events)) {
      problems.push(`${where}: unknown sentence, changed record or no events list`);
      return;
    }
    const [from, to] = d.span;
    const find = (text: string | null | undefined, what: string): [number, number] | null => {
      if (text === null || text === undefined || text === '') return null;
      const m = findLoose(rec.content, text, from, to);
      if (!m) problems.push(`${where}: ${what} «${text}» not found in the sentence`);
      return m ? [m.start, m.end] : null;
    };
    const count = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? Math.round(v) : null);
    const events = line.events.map((e) => {
      if (!EVENT_TYPES.includes(e.type as never) || !STATUSES.includes(e.status ?? '')) problems.push(`${where}: type ${e.type} or status ${e.status} unknown`);
      return {
        type: e.type,
        modes: Array.isArray(e.modes) ? e.modes : [],
        trigger: find(e.trigger, 'trigger'),
        actor: find(e.actor, 'actor'),
        recipient: find(e.recipient, 'recipient'),
        place: find(e.place, 'place'),
        time: find(e.time, 'time'),
        status: e.status,
        killed: count(e.killed),
        injured: count(e.injured),
        arrested: count(e.arrested),
      };
    });
    rows.push(JSON.stringify({ s: d.s, id: d.id, fp: d.fp, span: d.span, part: blind.has(d.s) ? 'blind' : 'dev', annotator: name, events }));
  });
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
rows.sort();
const corpus = fromAnercorp ? "ANERcorp's training sentences (tokens joined by one space)" : "SaudiNewsNet records' `content`";
writeFileSync(out, `// Event gold (offsets into ${corpus}; see scripts/event-gold/README.md). No article text.\n` + rows.join('\n') + '\n');
console.log(`${rows.length} sentences → ${out}`);
