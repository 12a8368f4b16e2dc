/** `rasd extract [inputs…]`: clean articles as JSON lines. (So far: page-text dumps; issue 3 adds the other formats.) */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Diagnostic } from '../../errors.js';
import { extractDump } from '../../ingest/dump/extract-dump.js';
import { decode } from '../../text/decode.js';
import { EXIT, type Command } from '../command.js';
import { write } from '../io.js';
import { reportDiagnostics } from '../report.js';

const DUMP_EXTENSIONS = new Set(['', '.txt', '.text', '.dump']);

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const c of stream) parts.push(Buffer.from(c as Uint8Array));
  return Buffer.concat(parts);
}

export const extractCommand: Command = {
  name: 'extract',
  summary: 'turn page-text dumps into clean articles, one JSON object per line',
  help: `Usage: rasd extract [FILE…] [--outlet NAME] [--encoding NAME]

Reads each FILE (or standard input when none is given) as a page-text dump: raw text
scraped from news pages, articles separated by runs of blank lines. Writes one article per
line as JSON: headline, subtitle, byline, dateline, captions with canonical credits,
paragraphs, the span of every field in the decoded input, and what was removed as page
chrome or repetition. Problems are reported on stderr with the input and position; the
other inputs and articles are still written. Exit code 1 if any input failed.

Other input formats (HTML, JSON/JSONL/CSV, feeds, archives) are not supported yet.

Options:
  --outlet NAME      the outlet the dump comes from (recorded in each article)
  --encoding NAME    the inputs' encoding; detected when not given
  -h, --help         this help`,
  options: { outlet: { type: 'string' }, encoding: { type: 'string' } },
  async run({ values, positionals }, io) {
    const inputs = positionals.length ? positionals : ['-'];
    const diagnostics: Diagnostic[] = [];
    let failed = false;
    for (const input of inputs) {
      const path = input === '-' ? '<stdin>' : input;
      if (input !== '-' && !DUMP_EXTENSIONS.has(extname(input).toLowerCase())) {
        diagnostics.push({ code: 'extract/unsupported', message: `input format "${extname(input)}" is not supported yet (page-text dumps only)`, input: path, start: 0, end: 0, unit: 'byte', severity: 'error' });
        continue;
      }
      let bytes: Buffer;
      try {
        bytes = input === '-' ? await readAll(io.stdin) : await readFile(input);
      } catch (err) {
        diagnostics.push({ code: 'extract/unreadable', message: (err as Error).message, input: path, start: 0, end: 0, unit: 'byte', severity: 'error' });
        continue;
      }
      const decoded = decode(bytes, { input: path, ...(values.encoding ? { encoding: values.encoding as string } : {}) });
      diagnostics.push(...decoded.diagnostics);
      const { articles, diagnostics: found } = extractDump(decoded.text, { path, outlet: (values.outlet as string | undefined) ?? null });
      diagnostics.push(...found);
      for (const a of articles) await write(io.stdout, JSON.stringify(a) + '\n');
    }
    failed = (await reportDiagnostics(diagnostics, io)) !== EXIT.ok;
    return failed ? EXIT.failure : EXIT.ok;
  },
};
