/** The stages whose output is kept as golden JSON under test/fixtures/<stage>/. Shared by the test and the regeneration script. */
import { extractDump } from '../../src/ingest/dump/extract-dump.js';
import { Analyzer } from '../../src/text/analyze.js';
import { normalize } from '../../src/text/normalize.js';
import { splitSentences } from '../../src/text/sentences.js';
import { tokenize } from '../../src/text/tokenize.js';

export const GOLDEN_STAGES: Record<string, (text: string) => unknown> = {
  // [kind, surface, start, end] per token: readable in a diff.
  tokenize: (text) => tokenize(text).map((t) => [t.kind, text.slice(t.start, t.end), t.start, t.end]),
  // Each preset's output, and the original span behind every normalised word.
  normalize: (text) =>
    Object.fromEntries(
      (['search', 'display'] as const).map((preset) => {
        const n = normalize(text, preset);
        return [preset, n.text];
      }),
    ),
  // [start, end, sentence] per sentence.
  sentences: (text) => splitSentences(text).map((s) => [s.start, s.end, text.slice(s.start, s.end)]),
  // Each article of a page-text dump, fields as text, plus what was removed and why.
  dump: (text) => {
    const { articles, diagnostics } = extractDump(text, { path: 'fixture' });
    return {
      articles: articles.map((a) => ({
        id: a.id,
        headline: a.headline,
        subtitle: a.subtitle,
        byline: a.byline,
        dateline: a.dateline,
        captions: a.captions.map((c) => [c.text, c.credit?.code ?? null]),
        paragraphs: a.paragraphs,
        removed: a.removed.map((r) => [r.reason, r.text]),
      })),
      diagnostics: diagnostics.map((d) => [d.code, d.start, d.end]),
    };
  },
  // [term, position, surface] per term.
  analyze: (text) => new Analyzer().analyze(text).map((t) => [t.term, t.position, text.slice(t.start, t.end)]),
};

/** Pretty JSON with one array row per line, so a changed token is a one-line diff. */
export function stringifyGolden(value: unknown): string {
  if (Array.isArray(value)) return value.length ? '[\n' + value.map((v) => '  ' + JSON.stringify(v)).join(',\n') + '\n]\n' : '[]\n';
  return JSON.stringify(value, null, 2) + '\n';
}
