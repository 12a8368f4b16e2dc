/** `rasd demo`: runs the text core over a bundled sample of our own Arabic news text and shows what it found. */
import { readFileSync } from 'node:fs';
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
import { EXIT, type Command } from '../command.js';
import { write } from '../io.js';
import { reportDiagnostics } from '../report.js';

const SAMPLE = new URL('samples/article-ar.txt', DATA_DIR);

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
  summary: 'analyse a bundled sample of Arabic news (or FILE) and show what Rasd finds',
  help: `Usage: rasd demo [FILE] [--json]

Runs Rasd's text core over a bundled sample article of our own writing (or FILE):
decoding, sentence splitting, tokenisation, clitic segmentation, stemming, root guesses
and the search terms, and prints a short report.

Options:
  --json        the full report as one JSON object
  -h, --help    this help`,
  options: { json: { type: 'boolean', default: false } },
  async run({ values, positionals }, io) {
    const path = positionals[0] ?? fileURLToPath(SAMPLE);
    const report = study(path, readFileSync(path));
    if (values.json) {
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
  },
};
