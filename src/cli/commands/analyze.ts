/**
 * `rasd analyze [file]`: the search terms of each input line, or its tokens as JSON. The analyser's
 * modules are loaded once the run has started a large file's worker (worker-reader.ts), so that the
 * worker's start-up overlaps their loading.
 */
import { EXIT, type Command } from '../command.js';
import { write, type CliIO } from '../io.js';
import { fileSize, lineBatches, lines, readInput, type InputChunks } from '../read-input.js';
import { reportDiagnostics } from '../report.js';
import { LARGE, WorkerReader } from '../worker-reader.js';
import { lineText, utf8LineBatches, utf8Start } from '../utf8-lines.js';
import type { Diagnostic } from '../../errors.js';
import type { AnalyzeLines } from '../analyze-lines.js';

export const analyzeCommand: Command = {
  name: 'analyze',
  summary: 'print the search terms of each line (or its tokens with --json)',
  help: `Usage: rasd analyze [FILE] [--json] [--encoding NAME]

Reads FILE, or standard input when no file is given, and prints one output line per
input line: the terms that line gives to the search index, space-separated (an input
line with no terms gives an empty line). With --json, prints one JSON object per line
with every token: its text, kind, span, the term it gives (null when dropped), and for
Arabic words their clitic pieces (proclitics, base with its lemma, enclitics), each with
its own span. Spans count UTF-16 code units from the start of the input.

Options:
  --json             tokens with spans, kinds, terms and clitics instead of terms
  --encoding NAME    the input's encoding (utf-8, utf-16le, utf-16be, windows-1256,
                     iso-8859-6); detected when not given
  -h, --help         this help`,
  options: {
    json: { type: 'boolean', default: false },
    encoding: { type: 'string' },
  },
  async run({ values, positionals }, io) {
    if (positionals.length > 1) {
      await write(io.stderr, `rasd analyze: takes at most one FILE, got ${positionals.length}\n`);
      return EXIT.usage;
    }
    // The input is opened once the modules that read it are loaded: a stream's error (a missing
    // file) must find its reader listening.
    const open = (): InputChunks => readInput(positionals[0], io.stdin, values.encoding as string | undefined);
    const input = values.json !== true ? await termLines(positionals[0], values.encoding as string | undefined, open, io) : await tokenLines(open, io.stdout);
    return reportDiagnostics(input.diagnostics, io);
  },
};

/**
 * Each line's terms, space-separated; the input read. A large UTF-8 file is read as bytes, most of
 * its lines without being decoded (see utf8-lines.ts).
 */
async function termLines(path: string | undefined, encoding: string | undefined, open: () => InputChunks, io: CliIO): Promise<Pick<InputChunks, 'diagnostics'>> {
  const size = path === undefined ? undefined : fileSize(path);
  const large = path !== undefined && size !== undefined && size >= LARGE ? path : undefined;
  const reader = large ? new WorkerReader({}) : null;
  let out: AnalyzeLines | undefined;
  try {
    out = new (await import('../analyze-lines.js')).AnalyzeLines({}, (bytes) => write(io.stdout, bytes), reader);
    if (size !== undefined) out.expect(size);
    const from = large ? utf8Start(large, encoding) : -1;
    if (large && from >= 0) return await byteLines(large, from, out);
    const input = open();
    for await (const batch of lineBatches(input.chunks)) {
      for (const { line } of batch) if (out.line(line)) await out.flush();
    }
    await out.end();
    return input;
  } finally {
    // The lines' writer lets its reader go, or the worker would keep the process alive.
    if (out) out.close();
    else reader?.close();
  }
}

/** A UTF-8 file's lines, from byte `from`, into `out`; the problems its bytes hold. */
async function byteLines(path: string, from: number, out: AnalyzeLines): Promise<{ diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  for await (const { bytes, starts, ends, offset } of utf8LineBatches(path, from)) {
    for (let i = 0; i < starts.length; i++) {
      const start = starts[i]!;
      const end = ends[i]!;
      if (out.lineUtf8(bytes, start, end) ?? out.line(lineText(bytes, start, end, offset + start, path, diagnostics))) await out.flush();
    }
  }
  await out.end();
  return { diagnostics };
}

/** Each line's tokens, with their spans, kinds, terms and clitic pieces, as JSON; the input read. */
async function tokenLines(open: () => InputChunks, stdout: CliIO['stdout']): Promise<InputChunks> {
  const [{ Analyzer, TermBuffer }, { cliticPieces }, { tokenize }] = await Promise.all([import('../../text/analyze.js'), import('../../text/clitic-spans.js'), import('../../text/tokenize.js')]);
  const input = open();
  const analyzer = new Analyzer();
  const buf = new TermBuffer();
  let lineNo = 0;
  for await (const { line, offset } of lines(input.chunks)) {
    lineNo++;
    buf.reset();
    analyzer.analyzeInto(line, buf);
    // A token's term is that of the word it spans; a hashtag spans several words.
    let k = 0;
    const tokens = tokenize(line).map((t) => {
      const terms: string[] = [];
      while (k < buf.length && buf.starts[k]! < t.start) k++;
      while (k < buf.length && buf.starts[k]! < t.end) terms.push(analyzer.term(buf.ids[k++]!));
      const token = { text: line.slice(t.start, t.end), kind: t.kind, start: offset + t.start, end: offset + t.end, term: terms.length ? terms.join(' ') : null };
      if (t.kind !== 'arabic') return token;
      const clitics = cliticPieces(line, t.start, t.end).map((p) => ({ role: p.role, text: line.slice(p.start, p.end), tag: p.tag, start: offset + p.start, end: offset + p.end }));
      return { ...token, clitics };
    });
    await write(stdout, JSON.stringify({ line: lineNo, tokens }) + '\n');
  }
  return input;
}
