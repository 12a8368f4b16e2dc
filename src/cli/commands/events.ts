/** `rasd events [inputs…]` and `rasd events --lines [file]`: events on the PLOVER ontology as JSON lines. */
import type { Article } from '../../core/article.js';
import { buildDocument } from '../../analysis/document.js';
import { findEvents } from '../../events/find-events.js';
import { parseFieldMap } from '../../ingest/records/field-map.js';
import { findQuantities } from '../../quantities/index.js';
import { isRealDay } from '../../text/iso-day.js';
import { EXIT, type Command } from '../command.js';
import { runExtraction } from '../extract-run.js';
import { write } from '../io.js';
import { lines, readInput } from '../read-input.js';
import { reportDiagnostics } from '../report.js';

/** One output line per event of an article, with the article it is from. */
function eventLines(a: Article): string {
  let out = '';
  for (const e of a.events ?? []) out += JSON.stringify({ article: a.id, headline: a.headline, published: a.published?.value ?? null, outlet: a.outlet, ...e }) + '\n';
  return out;
}

export const eventsCommand: Command = {
  name: 'events',
  summary: 'who did what to whom, where and when: events on the PLOVER ontology',
  help: `Usage: rasd events [INPUT…] [--outlet NAME] [--map FIELD=key,…] [--encoding NAME]
       rasd events --lines [FILE] [--ref YYYY-MM-DD] [--encoding NAME]

Without --lines, reads each INPUT as "rasd extract" does (standard input when none is given)
and prints one JSON object per event:
  {"article": ID, "headline": …, "published": …, "outlet": …, "type": "ASSAULT",
   "mode": ["aerial"], "context": [], "trigger": {text, start, end},
   "actor": {text, start, end, canonical, name, type, country, sector} | null,
   "recipient": … | null, "place": {text, start, end} | null,
   "time": {text, start, end, value} | null, "counts": {killed, injured, arrested, displaced},
   "status": "asserted" | "negated" | "future" | "hypothetical" | "historical", "negated": …,
   "sentence": {start, end}, "confidence": 0.8}
Spans point into the article's text (headline, subtitle, captions and paragraphs joined by
blank lines). Only asserted events happened as told; the others are kept with their status.

With --lines, each line of FILE (standard input when none is given) is one document, and the
output is one JSON object per input line, counting from 0:
  {"line": 0, "events": [...]}
with spans into that line.

Options:
  --lines            one document per input line
  --ref DAY          with --lines: the documents' day (YYYY-MM-DD), for times and history
  --outlet NAME      the outlet, when the input does not say
  --map FIELD=key,…  record fields (as for rasd extract)
  --encoding NAME    the inputs' encoding; detected when not given
  -h, --help         this help`,
  options: { lines: { type: 'boolean', default: false }, ref: { type: 'string' }, outlet: { type: 'string' }, map: { type: 'string' }, encoding: { type: 'string' } },
  async run({ values, positionals }, io) {
    const encoding = values.encoding as string | undefined;
    if (values.lines === true) {
      if (positionals.length > 1) {
        await write(io.stderr, `rasd events: --lines takes at most one FILE, got ${positionals.length}\n`);
        return EXIT.usage;
      }
      const ref = values.ref as string | undefined;
      if (ref !== undefined && !isRealDay(ref)) {
        await write(io.stderr, `rasd events: --ref must be a real day written YYYY-MM-DD, got ${JSON.stringify(ref)}\n`);
        return EXIT.usage;
      }
      const input = readInput(positionals[0], io.stdin, encoding);
      let n = 0;
      for await (const { line } of lines(input.chunks)) {
        const { doc } = buildDocument({ headline: null, subtitle: null, captions: [], paragraphs: line.trim() ? [line] : [], published: ref ? { value: ref, precision: 'day' } : null });
        const events = doc.text ? findEvents(doc, { quantities: findQuantities(doc.text, { tokens: doc.tokens }), day: ref ?? null }) : [];
        await write(io.stdout, JSON.stringify({ line: n++, events }) + '\n');
      }
      return reportDiagnostics(input.diagnostics, io);
    }
    if (values.ref !== undefined) {
      await write(io.stderr, 'rasd events: --ref goes with --lines (articles carry their own day)\n');
      return EXIT.usage;
    }
    const map = typeof values.map === 'string' ? parseFieldMap(values.map) : undefined;
    const options = { outlet: (values.outlet as string | undefined) ?? null, ...(map ? { map } : {}), ...(encoding ? { encoding } : {}) };
    const stats = await runExtraction(positionals.length ? positionals : ['-'], io, 'events', options, async (articles) => {
      let out = '';
      for (const a of articles) out += eventLines(a);
      await write(io.stdout, out);
    });
    return stats.code;
  },
};
