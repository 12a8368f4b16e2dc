/**
 * A saved HTML page → its article: parse (linkedom) → metadata (meta, OpenGraph, JSON-LD, `<time>`)
 * → body (Readability, then our pass) → fields → chrome (html-chrome.ts) → captions → dateline → spans
 * → what was removed.
 *
 * Spans: the DOM keeps no source offsets, so every field's text is looked for again in the HTML
 * (html-spans.ts). A span is exact when `html.slice(start, end)` is the field's text; it covers the
 * markup too when the text has inline tags or character references (`&quot;`); it is null (an
 * empty span for a paragraph or caption, whose spans cannot be null) when the text is not found.
 * Either case adds one `html/span-approximate` info diagnostic to the article. `removed[].text` is
 * the squashed block text, so it too may differ from its slice. `source` is the whole page.
 */
import type { Diagnostic } from '../../errors.js';
import { articleId } from '../article-id.js';
import type { Article, ArticleSpan, Removed } from '../../core/article.js';
import { splitDateline } from '../dump/dateline.js';
import type { Profiles } from '../chrome/profiles.js';
import { dropMetadataLines, readBody } from './html-body.js';
import { judgeParagraphs } from './html-chrome.js';
import { readCaptions } from './html-captions.js';
import { chooseFields } from './html-fields.js';
import { readMetadata } from './html-metadata.js';
import { classifyBlocks } from './html-removed.js';
import { spanFinder, spanOf } from './html-spans.js';
import { nestingDepth, parsePage } from './parse-html.js';
import { locate, mapSource } from './source-map.js';

/** How to read one page: its name, and what the caller knows that the page may not say. */
export interface HtmlOptions {
  /** The page's name, recorded in `source.path` and in diagnostics. */
  path: string;
  /** The outlet, when the page does not name it (og:site_name and JSON-LD come first). */
  outlet?: string | null;
  /** The page's address, when the page does not give it (canonical and og:url come first). */
  url?: string | null;
  /** What the run (and the store) learned of each outlet's chrome (chrome/profiles.ts). */
  profiles?: Profiles;
}

/** A body shorter than this many words is a form, an error page or a teaser, not an article. */
export const MIN_BODY_WORDS = 12;
/**
 * Readability's time grows steeply with nesting (about 0.2 s at 200 levels, 4 s at 800); news
 * pages nest 20–60 levels, so a deeper page (thousands of unclosed `<div>`s) is refused.
 */
export const MAX_NESTING = 300;

const words = (ps: readonly string[]): number => ps.reduce((n, p) => n + p.split(' ').length, 0);

/** The article of one saved HTML page (zero or one article), with diagnostics. */
export function extractHtml(html: string, options: HtmlOptions): { articles: Article[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const problem = (code: string, message: string, start: number, end: number, severity: Diagnostic['severity']): void => {
    diagnostics.push({ code, message, input: options.path, start, end, unit: 'char', severity });
  };
  const none = (why: string): { articles: Article[]; diagnostics: Diagnostic[] } => {
    problem('html/no-article', `no article in this page: ${why}`, 0, html.length, 'warning');
    return { articles: [], diagnostics };
  };

  const map = mapSource(html);
  const cut = map.truncatedAt;
  if (cut !== null) problem('html/truncated', `the page stops inside markup: «${html.slice(cut, cut + 40)}»`, cut, html.length, 'warning');
  if (map.tags === 0) return none(html.trim() ? 'it holds no HTML tags' : 'it is empty');
  const doc = parsePage(html);
  if (!doc) return none('it could not be parsed as HTML');
  const depth = nestingDepth(doc.body!, MAX_NESTING);
  if (depth > MAX_NESTING) return none(`its elements nest more than ${MAX_NESTING} levels deep`);

  const meta = readMetadata(doc);
  for (const bad of meta.badJsonLd) {
    const at = Math.max(0, html.indexOf(bad.text));
    problem('html/bad-json-ld', `a JSON-LD script is not JSON (${bad.message}); its metadata is ignored`, at, at + bad.text.length, 'info');
  }
  const body = readBody(doc);
  if (!body || words(body) < MIN_BODY_WORDS) return none(body ? `its text is under ${MIN_BODY_WORDS} words` : 'Readability found no article text');
  const fields = chooseFields(meta, body, options);
  const spans = spanFinder(html, map);
  for (const raw of fields.badDates) {
    const hit = locate(html, map, raw);
    problem('html/bad-date', `«${raw}» is not a date; ignored`, hit?.start ?? 0, hit?.end ?? 0, 'info');
  }
  const judged = judgeParagraphs(dropMetadataLines(body, [fields.headline, meta.h1, fields.subtitle, meta.bylineText, fields.byline, ...meta.timeTexts]), { profiles: options.profiles, outlet: fields.outlet, path: options.path, byline: fields.byline });
  const paragraphs = judged.kept;
  // Chrome found in the text is set apart as metadata is: its blocks are accounted for below, with their kind.
  const metadata = [meta.bylineText, fields.byline, ...meta.timeTexts, ...judged.chrome.map((c) => c.text)];
  if (!paragraphs.length || words(paragraphs) < MIN_BODY_WORDS) return none(`its text is under ${MIN_BODY_WORDS} words once headline, metadata and chrome are set apart`);
  const captions = readCaptions(doc);
  const blocks = classifyBlocks(doc, [fields.headline, meta.h1 !== fields.headline ? meta.h1 : null, fields.subtitle, ...captions.map((c) => c.full), ...paragraphs], metadata);

  // The first paragraph may open with a dateline: «بيروت: أقر مجلس الوزراء …», «عمّان: سلمى الخطيب».
  const first = paragraphs[0]!;
  const d = splitDateline(first, { start: 0, end: first.length });
  const part = (s: ArticleSpan | null): string | null => (s ? first.slice(s.start, s.end) : null);
  const texts = d ? [...(d.rest ? [part(d.rest)!] : []), ...paragraphs.slice(1)] : paragraphs;
  const anchor = locate(html, map, first);
  let from = anchor && anchor.at >= 0 ? anchor.at : 0;
  const dateline = d ? part(d.dateline) : judged.dateline;
  const datelineSpan = spanOf(spans.find('dateline', dateline, from));
  const byline = fields.byline ?? judged.byline ?? (d ? part(d.byline) : null);
  const bylineSpan = spanOf(spans.find('byline', byline, fields.byline ? 0 : from));
  // A paragraph not found gets an empty span where the previous one ends.
  let lastEnd = anchor?.start ?? 0;
  const paraSpans = texts.map((p, i): ArticleSpan => {
    const hit = spans.find(`paragraph ${i + 1}`, p, from);
    if (hit && hit.at >= 0) from = hit.next;
    const span = spanOf(hit) ?? { start: lastEnd, end: lastEnd };
    lastEnd = span.end;
    return span;
  });

  let capFrom = 0;
  const articleCaptions = captions.map((c, i) => {
    const hit = spans.find(`caption ${i + 1}`, c.full, capFrom);
    if (hit && hit.at >= 0) capFrom = hit.next;
    return { text: c.text, credit: c.credit, start: hit?.start ?? 0, end: hit?.end ?? 0 };
  });
  const headlineSpan = spanOf(spans.find('headline', fields.headline));
  const subtitleSpan = spanOf(spans.find('subtitle', fields.subtitle));
  // Every block is looked for in order, kept ones too, so a repeat gets the span of the repeat.
  const removed: Removed[] = [];
  let blockFrom = 0;
  for (const b of blocks) {
    const hit = b.removed ? spans.find('removed block', b.text, blockFrom) : locate(html, map, b.text, blockFrom);
    if (hit && hit.at >= 0) blockFrom = hit.next;
    if (hit && b.removed) removed.push({ start: hit.start, end: hit.end, reason: b.removed, text: b.text });
  }
  let chromeFrom = 0;
  for (const c of judged.chrome) {
    const hit = spans.find(`${c.kind} chrome`, c.text, chromeFrom);
    if (hit && hit.at >= 0) chromeFrom = hit.next;
    if (hit) removed.push({ start: hit.start, end: hit.end, reason: 'chrome', kind: c.kind, evidence: c.evidence, text: c.text });
  }
  removed.sort((a, b) => a.start - b.start);
  const note = spans.report(options.path);

  const article: Article = {
    id: articleId(fields.headline, texts),
    headline: fields.headline,
    subtitle: fields.subtitle,
    byline,
    dateline,
    published: fields.published,
    outlet: fields.outlet,
    url: fields.url,
    captions: articleCaptions,
    paragraphs: texts,
    source: { path: options.path, start: 0, end: html.length },
    spans: { headline: headlineSpan, subtitle: subtitleSpan, byline: bylineSpan, dateline: datelineSpan, paragraphs: paraSpans },
    removed,
    diagnostics: note ? [note] : [],
  };
  return { articles: [article], diagnostics };
}
