/**
 * `rasd demo`: the main job on a bundled sample of our own writing. Ingests the sample articles (one
 * file in each input format) into a local store and serves the web UI over it; `--report` instead
 * runs the text core over a sample article (or FILE) and prints what it found.
 */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Analyzer } from '../../text/analyze.js';
import { segmentClitics } from '../../text/clitics.js';
import { decode } from '../../text/decode.js';
import { normalizeText } from '../../text/normalize.js';
import { DATA_DIR } from '../../text/read-data.js';
import { guessRoot } from '../../text/root.js';
import { splitSentences } from '../../text/sentences.js';
import { stem } from '../../text/stem.js';
import { tokenize } from '../../text/tokenize.js';
import { openSqliteStore } from '../../store/sqlite/sqlite-store.js';
import { EXIT, type Command } from '../command.js';
import { IngestTarget, ingestInto } from '../ingest-run.js';
import { parsePort, serveUntilSignal } from '../listen.js';
import { write, type CliIO } from '../io.js';
import { reportDiagnostics } from '../report.js';

const SAMPLE = new URL('samples/article-ar.txt', DATA_DIR);
/** The demo's articles: one file in each input format (data/samples/demo/README.md). */
export const DEMO_DIR = new URL('samples/demo/', DATA_DIR);
/** Where the demo keeps its store unless --db says otherwise. */
export const DEMO_DB = join(tmpdir(), 'rasd-demo.db');

/** Everything the demo reports, also printed as JSON with --json. */
function study(path: string, bytes: Uint8Array) {
  const decoded = decode(bytes, { input: path });
  const text = decoded.text;
  const tokens = tokenize(text);
  const kinds: Record<string, number> = {};
  for (const t of tokens) kinds[t.kind] = (kinds[t.kind] ?? 0) + 1;
  const seen = new Set<string>();
  const words = [];
  for (const t of tokens) {
    if (t.kind !== 'arabic') continue;
    const surface = text.slice(t.start, t.end);
    const morph = normalizeText(surface, 'morph');
    if (seen.has(morph)) continue;
    seen.add(morph);
    const seg = segmentClitics(morph);
    const parts = [...seg.proclitics.map((c) => c.tag), seg.lemma, ...seg.enclitics.map((c) => c.tag)];
    words.push({ surface, segments: parts.join('+'), stem: stem(morph), root: guessRoot(morph) });
  }
  const analyzer = new Analyzer();
  const terms = analyzer.analyze(text);
  const freq = new Map<string, number>();
  for (const t of terms) freq.set(t.term, (freq.get(t.term) ?? 0) + 1);
  const top = [...freq].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 15);
  const sentences = splitSentences(text).map((s) => ({ ...s, text: text.slice(s.start, s.end) }));
  return { input: path, encoding: decoded.encoding, characters: text.length, sentences, tokens: { total: tokens.length, kinds }, words, terms: { total: terms.length, distinct: freq.size, top }, diagnostics: decoded.diagnostics };
}

export const demoCommand: Command = {
  name: 'demo',
  summary: 'ingest a bundled sample of Arabic news and open the web UI over it',
  help: `Usage: rasd demo [--db FILE] [--port 8080] [--host 127.0.0.1] [--no-serve]
       rasd demo --report [FILE] [--json]

Ingests the bundled sample articles (written for Rasd; people and events invented), one
file in each input format Rasd reads (a scraped page-text dump, JSON lines, a JSON array,
CSV, saved HTML pages, an RSS feed), into a local store, finding entities, quotes and time
expressions; then serves the web UI and the HTTP API over it and prints the URL. Open it to
search, read articles with their entities and quotes, and see attention over time. Stop
with Ctrl-C. Running it again stores nothing new.

With --report, runs Rasd's text core over a sample article (or FILE) instead: decoding,
sentences, tokens, clitics, stems, root guesses and search terms.

Options:
  --db FILE     the store (default: ${DEMO_DB})
  --port N      the TCP port (default 8080; 0 picks a free one)
  --host ADDR   the address to listen on (default 127.0.0.1, this machine only)
  --no-serve    ingest only, then exit
  --report      the text core's report on a sample article or FILE
  --json        with --report: the full report as one JSON object
  -h, --help    this help`,
  options: {
    json: { type: 'boolean', default: false },
    report: { type: 'boolean', default: false },
    'no-serve': { type: 'boolean', default: false },
    db: { type: 'string' },
    port: { type: 'string' },
    host: { type: 'string' },
  },
  async run({ values, positionals }, io) {
    if (values.report === true) return report(positionals[0], values.json === true, io);
    if (positionals.length) {
      await write(io.stderr, `rasd demo: takes no INPUT (did you mean "rasd demo --report ${positionals[0]}"?)\n`);
      return EXIT.usage;
    }
    const portText = (values.port as string | undefined) ?? '8080';
    const port = parsePort(portText);
    if (port === null) {
      await write(io.stderr, `rasd demo: --port must be a number from 0 to 65535, got "${portText}"\n`);
      return EXIT.usage;
    }
    const db = (values.db as string | undefined) || DEMO_DB;
    let stats;
    const target = await IngestTarget.open(db, io, 'demo');
    try {
      stats = await ingestInto(target, [fileURLToPath(DEMO_DIR)], io, 'demo', { outlet: null });
    } finally {
      target.close();
    }
    // Served read-only: the writer lease is free for an ingest beside it.
    const store = openSqliteStore(db, { readonly: true });
    const total = store.countArticles();
    await write(io.stderr, `rasd demo: ${stats.files} sample files, ${stats.articles} articles (${stats.inserted} new) → ${db}: ${total} articles with their entities, quotes and times\n`);
    if (values['no-serve'] === true) {
      store.close();
      return stats.code;
    }
    const host = (values.host as string | undefined) || '127.0.0.1';
    return serveUntilSignal(
      store,
      { port, host, token: null, logger: false, label: 'demo', ready: (url) => `\nرصد is ready: open ${url} (search, articles, entities; the API at ${url}api/search?q=…). Ctrl-C stops it.\n` },
      io,
    );
  },
};

/** The text core's report on `file` (default: the sample article). */
async function report(file: string | undefined, json: boolean, io: CliIO): Promise<number> {
  const path = file ?? fileURLToPath(SAMPLE);
  const report = study(path, readFileSync(path));
  if (json) {
    await write(io.stdout, JSON.stringify(report, null, 2) + '\n');
    return reportDiagnostics(report.diagnostics, io);
  }
  const lines: string[] = [];
  lines.push(`رصد · demo — ${report.input}`, `encoding ${report.encoding}, ${report.characters} characters`, '');
  lines.push(`Sentences (${report.sentences.length}):`);
  report.sentences.forEach((s, i) => lines.push(`  ${String(i + 1).padStart(2)}  [${s.start}–${s.end}]  ${s.text}`));
  lines.push('', `Tokens: ${report.tokens.total} — ${Object.entries(report.tokens.kinds).map(([k, n]) => `${k} ${n}`).join(', ')}`, '');
  lines.push('Words: clitics split, light stem, root guess:');
  for (const w of report.words.slice(0, 40)) lines.push(`  ${w.surface.padEnd(14)}  ${w.segments.padEnd(20)}  ${w.stem.padEnd(10)}  ${w.root ?? '—'}`);
  if (report.words.length > 40) lines.push(`  … and ${report.words.length - 40} more (--json shows all)`);
  lines.push('', `Search terms: ${report.terms.total}, ${report.terms.distinct} distinct. Most frequent:`);
  lines.push('  ' + report.terms.top.map(([t, n]) => `${t}×${n}`).join('  '), '');
  await write(io.stdout, lines.join('\n') + '\n');
  return EXIT.ok === (await reportDiagnostics(report.diagnostics, io)) ? EXIT.ok : EXIT.failure;
}
