// The labelling tool for the records gold of issue 13 (annotators use it; it writes nothing itself).
//   annotate.ts list A            the record ids assigned to annotator A, and which are labelled yet
//   annotate.ts show ID [--full]  a record's outlet, title and content lines: number, length, text
//                                 (long lines shortened in the middle unless --full)
//   annotate.ts next A [N]        `show` for A's next N (default 10) records not labelled yet
//   annotate.ts find ID LINE TEXT where TEXT starts and ends inside line LINE (offsets in that line)
//   annotate.ts check A           validates gold/structure/labels/A.json and counts progress
// Labels name lines and offsets only, never text: gold/structure/labels/A.json is an array of
//   {"id": "2015-07-21#12", "chrome": [{"line": 0, "kind": "byline"}, {"line": 3, "start": 0, "end": 25, "kind": "dateline"}]}
// where `line` is the content's line number (split at \n, counted from 0), `start`/`end` (optional,
// end exclusive) a part of that line, and "chrome": [] says the record was read and has none.
import { existsSync, readFileSync } from 'node:fs';
import { SNN_DIR } from '../lib/saudinewsnet.js';
import { loadSnnRecords, type SnnRecord } from '../lib/snn-days.js';
import { CHROME_KINDS, labelsPath, readSample, type LabelFile } from './records-gold.js';

const [command, ...args] = process.argv.slice(2);
const sample = readSample();

async function recordsById(ids: ReadonlySet<string>): Promise<Map<string, SnnRecord>> {
  const all = await loadSnnRecords();
  if (!all.length) {
    console.error(`no SaudiNewsNet days at ${SNN_DIR}`);
    process.exit(1);
  }
  return new Map(all.filter((r) => ids.has(r.id)).map((r) => [r.id, r]));
}

function readLabels(annotator: string): LabelFile {
  const path = labelsPath(annotator);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as LabelFile) : [];
}

const shorten = (s: string, full: boolean): string => (full || s.length <= 260 ? s : `${s.slice(0, 140)} [… ${s.length - 240} chars …] ${s.slice(-100)}`);

switch (command) {
  case 'list': {
    const done = new Set(readLabels(args[0]!).map((l) => l.id));
    const mine = sample.filter((s) => s.annotators.includes(args[0]!));
    for (const s of mine) console.log(`${s.id}\t${s.outlet}\t${done.has(s.id) ? 'labelled' : 'todo'}`);
    console.log(`${mine.length} records, ${mine.filter((s) => done.has(s.id)).length} labelled`);
    break;
  }
  case 'show':
  case 'next': {
    const done = new Set(command === 'next' ? readLabels(args[0]!).map((l) => l.id) : []);
    const ids = command === 'show' ? [args[0]!] : sample.filter((s) => s.annotators.includes(args[0]!) && !done.has(s.id)).slice(0, Number(args[1] ?? 10)).map((s) => s.id);
    const found = await recordsById(new Set(ids));
    for (const id of ids) {
      const r = found.get(id);
      if (!r) throw new Error(`no record ${id}`);
      console.log(`\n===== id: ${r.id}\noutlet: ${r.source}\nauthor field: ${r.author}\ntitle: ${r.title}\n--- content (${r.content.length} chars) ---`);
      r.content.split('\n').forEach((line, i) => {
        if (line.trim()) console.log(`[${i}] (${line.length}) ${shorten(line, args.includes('--full'))}`);
      });
    }
    break;
  }
  case 'find': {
    const [id, lineNo, text] = args as [string, string, string];
    const r = (await recordsById(new Set([id]))).get(id);
    const line = r?.content.split('\n')[Number(lineNo)];
    if (line === undefined) throw new Error(`no line ${lineNo} in ${id}`);
    let at = line.indexOf(text);
    if (at < 0) console.log('not found in that line');
    while (at >= 0) {
      console.log(`start ${at} end ${at + text.length} (line length ${line.length})`);
      at = line.indexOf(text, at + 1);
    }
    break;
  }
  case 'check': {
    const labels = readLabels(args[0]!);
    const mine = new Set(sample.filter((s) => s.annotators.includes(args[0]!)).map((s) => s.id));
    const records = await recordsById(new Set(labels.map((l) => l.id)));
    let problems = 0;
    const seen = new Set<string>();
    for (const l of labels) {
      const say = (m: string): void => {
        problems++;
        console.log(`${l.id}: ${m}`);
      };
      if (!mine.has(l.id)) say('not assigned to this annotator');
      if (seen.has(l.id)) say('labelled twice');
      seen.add(l.id);
      const lines = records.get(l.id)?.content.split('\n') ?? [];
      for (const c of l.chrome) {
        const line = lines[c.line];
        if (line === undefined || !line.trim()) say(`line ${c.line} does not exist or is blank`);
        else if ((c.start ?? 0) < 0 || (c.end ?? line.length) > line.length || (c.start ?? 0) >= (c.end ?? line.length)) say(`line ${c.line}: bad range ${c.start}-${c.end}`);
        if (!CHROME_KINDS.includes(c.kind)) say(`unknown kind "${c.kind}" (kinds: ${CHROME_KINDS.join(', ')})`);
      }
    }
    console.log(`${labels.length} of ${mine.size} labelled, ${problems} problems`);
    break;
  }
  default:
    console.log('usage: annotate.ts list A | show ID [--full] | find ID LINE TEXT | check A');
}
