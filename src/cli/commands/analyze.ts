/** `rasd analyze [file]`: the search terms of each input line, or its tokens as JSON. */
import { Analyzer, TermBuffer } from '../../text/analyze.js';
import { cliticPieces } from '../../text/clitic-spans.js';
import { tokenize } from '../../text/tokenize.js';
import { EXIT, type Command } from '../command.js';
import { write } from '../io.js';
import { lineBatches, lines, readInput } from '../read-input.js';
import { reportDiagnostics } from '../report.js';
import { AnalyzeLines } from '../analyze-lines.js';

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
    const input = readInput(positionals[0], io.stdin, values.encoding as string | undefined);
    if (values.json !== true) {
      const out = new AnalyzeLines({}, (bytes) => write(io.stdout, bytes), input.size);
      try {
        for await (const batch of lineBatches(input.chunks)) {
          for (const { line } of batch) if (out.line(line)) await out.flush();
        }
        await out.end();
      } finally {
        out.close();
      }
      return reportDiagnostics(input.diagnostics, io);
    }
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
      await write(io.stdout, JSON.stringify({ line: lineNo, tokens }) + '\n');
    }
    return reportDiagnostics(input.diagnostics, io);
  },
};
