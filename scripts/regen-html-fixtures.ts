// Rewrites test/fixtures/html/<case>.json from test/fixtures/html/<case>.html with the current
// code, so a change in HTML extraction shows up as a reviewable diff.
// Usage: node --import tsx scripts/regen-html-fixtures.ts [CASE…]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { extractHtml } from '../src/ingest/html/extract-html.js';

/** The fixture directory. */
export const HTML_FIXTURES = new URL('../test/fixtures/html/', import.meta.url);

/** The golden view of one page: fields as text, captions as [text, credit], removed as [reason, text], diagnostic codes. */
export function htmlGolden(html: string): unknown {
  const { articles, diagnostics } = extractHtml(html, { path: 'fixture' });
  return {
    articles: articles.map((a) => ({
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
      removed: a.removed.map((r) => [r.reason, r.text]),
      diagnostics: a.diagnostics.map((d) => d.code),
    })),
    diagnostics: diagnostics.map((d) => d.code),
  };
}

/** Pretty JSON, one array row per line where rows are short, so a changed field is a small diff. */
export function stringifyHtmlGolden(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/\[\s+("[^"\n]*"|null),\s+("[^"\n]*"|null)\s+\]/gu, '[$1, $2]') + '\n';
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const wanted = process.argv.slice(2);
  let n = 0;
  for (const name of readdirSync(HTML_FIXTURES).filter((f) => f.endsWith('.html')).sort()) {
    if (wanted.length && !wanted.includes(name.replace(/\.html$/u, ''))) continue;
    const html = readFileSync(new URL(name, HTML_FIXTURES), 'utf8');
    writeFileSync(new URL(name.replace(/\.html$/u, '.json'), HTML_FIXTURES), stringifyHtmlGolden(htmlGolden(html)));
    n++;
  }
  console.log(`html: ${n} fixtures written`);
}
