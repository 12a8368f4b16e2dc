/** The stages whose output is kept as golden JSON under test/fixtures/<stage>/. Shared by the test and the regeneration script. */
import { detectFormat } from '../../src/ingest/detect-format.js';
import { extractDump } from '../../src/ingest/dump/extract-dump.js';
import { extractText } from '../../src/ingest/extract-text.js';
import { extractHtml } from '../../src/ingest/html/extract-html.js';
import type { Article } from '../../src/core/article.js';
import type { Diagnostic } from '../../src/errors.js';
import { Analyzer } from '../../src/text/analyze.js';
import { normalize } from '../../src/text/normalize.js';
import { splitSentences } from '../../src/text/sentences.js';
import { tokenize } from '../../src/text/tokenize.js';

/** The reviewable view of extracted articles: fields as text, credits by code, removed lines with reasons. */
function articleView(r: { articles: Article[]; diagnostics: Diagnostic[] }): unknown {
  return {
    articles: r.articles.map((a) => ({
      id: a.id,
      headline: a.headline,
      subtitle: a.subtitle,
      byline: a.byline,
      dateline: a.dateline,
      published: a.published,
      outlet: a.outlet,
      url: a.url,
      captions: a.captions.map((c) => [c.text, c.credit?.code ?? null]),
      paragraphs: a.paragraphs,
      removed: a.removed.map((x) => [x.reason, x.text]),
      diagnostics: a.diagnostics.map((d) => d.code),
    })),
    diagnostics: r.diagnostics.map((d) => [d.code, d.start, d.end]),
  };
}

/** Golden stages: input text and its file name → the value kept as JSON. */
export const GOLDEN_STAGES: Record<string, (text: string, name: string) => unknown> = {
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
  dump: (text) => articleView(extractDump(text, { path: 'fixture' })),
  // Saved HTML pages.
  html: (text) => articleView(extractHtml(text, { path: 'fixture' })),
  // Any input format, by the fixture's file name: JSONL, CSV, feeds …
  extract: (text, name) => articleView(extractText(text, { path: name, format: detectFormat(name, text) })),
  // [term, position, surface] per term.
  analyze: (text) => new Analyzer().analyze(text).map((t) => [t.term, t.position, text.slice(t.start, t.end)]),
};

/** Pretty JSON with one array row per line, so a changed token is a one-line diff. */
export function stringifyGolden(value: unknown): string {
  if (Array.isArray(value)) return value.length ? '[\n' + value.map((v) => '  ' + JSON.stringify(v)).join(',\n') + '\n]\n' : '[]\n';
  return JSON.stringify(value, null, 2) + '\n';
}
