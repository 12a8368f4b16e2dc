/**
 * RSS 2.0 and Atom feeds → articles, one per `<item>`/`<entry>`. The item's HTML body goes through
 * the same block reader as pages. Spans: each article's `source` is its item's exact span in the
 * feed; a field's span is where its text is found inside that item, or null (paragraphs: an empty
 * span at the item's start) with one `feed/span-approximate` note per article.
 */
import { DOMParser } from 'linkedom';
import type { Diagnostic } from '../../errors.js';
import { articleId } from '../article-id.js';
import type { Article, ArticleSpan } from '../../core/article.js';
import { splitDateline } from '../dump/dateline.js';
import { textBlocks } from '../html/html-blocks.js';
import { findTrailingCredit } from '../credits.js';
import { MAX_NESTING } from '../html/extract-html.js';
import { nestingDepth, parsePage, squash, tagOf, type DomElement } from '../html/parse-html.js';
import { parsePublished } from '../records/published.js';

export interface FeedOptions {
  path: string;
  outlet?: string | null;
}

interface XmlElement {
  localName: string;
  tagName: string;
  textContent: string | null;
  children: ArrayLike<XmlElement>;
  getAttribute(name: string): string | null;
}

/** The first child element of `el` whose tag is one of `names` (prefixes such as `dc:` included). */
function child(el: XmlElement, ...names: string[]): XmlElement | null {
  for (const name of names) {
    for (let i = 0; i < el.children.length; i++) {
      const c = el.children[i]!;
      if (c.tagName.toLowerCase() === name) return c;
    }
  }
  return null;
}

const text = (el: XmlElement | null): string | null => (el?.textContent ? squash(el.textContent) || null : null);

const ITEM_OPEN = /<(item|entry)[\s>]/g;
const ITEM_CLOSE = { item: /<\/item\s*>/g, entry: /<\/entry\s*>/g };

/**
 * The raw spans of the feed's items, in order: `<item …>…</item>` or `<entry …>…</entry>`, what
 * `/<(item|entry)[\s>][\s\S]*?<\/\1\s*>/g` matched. An opening tag never closed made that regex
 * read to the end of the feed once per opening (quadratic); here the next closing tag of each name
 * is looked for at most once per stretch of the feed, so an unclosed item costs nothing more.
 */
export function itemSpans(xml: string): ArticleSpan[] {
  const out: ArticleSpan[] = [];
  // Per name, the last closing tag found (where it starts and ends; end -1: none after there).
  // Openings come in order, so one still before that tag closes there too.
  const next = { item: { at: -1, end: 0 }, entry: { at: -1, end: 0 } };
  const closeAfter = (name: 'item' | 'entry', from: number): number => {
    const n = next[name];
    if (n.end < 0 || from <= n.at) return n.end;
    const re = ITEM_CLOSE[name];
    re.lastIndex = from;
    const m = re.exec(xml);
    next[name] = m ? { at: m.index, end: m.index + m[0].length } : { at: -1, end: -1 };
    return next[name].end;
  };
  ITEM_OPEN.lastIndex = 0;
  for (let m = ITEM_OPEN.exec(xml); m; m = ITEM_OPEN.exec(xml)) {
    const end = closeAfter(m[1] as 'item' | 'entry', m.index + m[0].length);
    if (end < 0) continue;
    out.push({ start: m.index, end });
    ITEM_OPEN.lastIndex = end;
  }
  return out;
}

/** True when a body holds markup: a tag opening with a letter and a `>` somewhere after it. */
export function hasMarkup(body: string): boolean {
  // What `/<[a-z][\s\S]*>/i` tested, without reading on from every `<` that has no `>` after it.
  const open = /<[a-z]/i.exec(body);
  return !!open && body.lastIndexOf('>') > open.index + 1;
}

/**
 * Paragraphs and figure captions of an item body: HTML blocks, or lines of plain text; null when
 * its markup nests deeper than a page may (the block reader recurses, as Readability does).
 */
function bodyOf(body: string): { paragraphs: string[]; captions: string[] } | null {
  if (hasMarkup(body)) {
    const doc = parsePage(body);
    if (doc?.body && nestingDepth(doc.body, MAX_NESTING) > MAX_NESTING) return null;
    if (doc?.body) {
      const blocks = textBlocks(doc.body as unknown as DomElement);
      const isCaption = (b: (typeof blocks)[number]): boolean => tagOf(b.element) === 'figcaption';
      return { paragraphs: blocks.filter((b) => !isCaption(b)).map((b) => b.text), captions: blocks.filter(isCaption).map((b) => b.text) };
    }
  }
  return { paragraphs: body.split(/\n+/).map(squash).filter(Boolean), captions: [] };
}

/** The articles of an RSS or Atom feed; a malformed feed or an empty item becomes a diagnostic. */
export function extractFeed(xml: string, options: FeedOptions): { articles: Article[]; diagnostics: Diagnostic[] } {
  const articles: Article[] = [];
  const diagnostics: Diagnostic[] = [];
  const note = (code: string, message: string, span: ArticleSpan, severity: Diagnostic['severity']): Diagnostic => ({ code, message, input: options.path, ...span, unit: 'char', severity });
  let doc;
  try {
    doc = new DOMParser().parseFromString(xml, 'text/xml') as unknown as { querySelectorAll(s: string): ArrayLike<XmlElement>; querySelector(s: string): XmlElement | null };
  } catch (err) {
    return { articles, diagnostics: [note('feed/bad-xml', `not readable as XML: ${(err as Error).message}`, { start: 0, end: 0 }, 'error')] };
  }
  const items = doc.querySelectorAll('item, entry');
  const spans = itemSpans(xml);
  const channelTitle = text(doc.querySelector('channel > title, feed > title'));
  if (items.length === 0) diagnostics.push(note('feed/no-items', 'the feed holds no <item> or <entry>', { start: 0, end: xml.length }, 'warning'));
  if (spans.length !== items.length) diagnostics.push(note('feed/truncated', `${items.length} items parsed but ${spans.length} complete in the source (truncated feed?)`, { start: 0, end: xml.length }, 'warning'));
  for (let k = 0; k < items.length; k++) {
    const item = items[k]!;
    const span = spans[k] ?? { start: 0, end: xml.length };
    const body = text(child(item, 'content:encoded')) ?? child(item, 'content:encoded', 'content', 'description', 'summary')?.textContent ?? '';
    const parts = bodyOf(body);
    if (!parts) {
      diagnostics.push(note('feed/too-deep', `an item whose body nests more than ${MAX_NESTING} elements deep; skipped`, span, 'warning'));
      continue;
    }
    let paragraphs = parts.paragraphs;
    if (paragraphs.length === 0) {
      diagnostics.push(note('feed/no-body', 'an item with no text', span, 'warning'));
      continue;
    }
    const headline = text(child(item, 'title'));
    const linkEl = child(item, 'link');
    const url = linkEl ? (linkEl.getAttribute('href') ?? text(linkEl)) : text(child(item, 'guid'));
    const authorEl = child(item, 'author', 'dc:creator');
    const byline = authorEl ? (text(child(authorEl, 'name')) ?? text(authorEl)) : null;
    const when = text(child(item, 'pubdate', 'published', 'updated', 'dc:date'));
    let dateline: string | null = null;
    const d = splitDateline(paragraphs[0]!, { start: 0, end: paragraphs[0]!.length });
    if (d) {
      dateline = paragraphs[0]!.slice(d.dateline.start, d.dateline.end);
      paragraphs = d.rest ? [paragraphs[0]!.slice(d.rest.start, d.rest.end), ...paragraphs.slice(1)] : paragraphs.slice(1);
    }
    // Spans: where each text stands inside the item's source, when it stands there verbatim.
    let approximate = false;
    const find = (t: string | null, from = span.start): ArticleSpan | null => {
      if (!t) return null;
      // Inside the item only: a text not found there is not looked for in the rest of the feed.
      const at = from <= span.end ? xml.slice(from, span.end).indexOf(t) : -1;
      if (at < 0) {
        approximate = true;
        return null;
      }
      return { start: from + at, end: from + at + t.length };
    };
    let cursor = span.start;
    const paraSpans = paragraphs.map((p) => {
      const s = find(p, cursor);
      if (s) cursor = s.end;
      return s ?? { start: span.start, end: span.start };
    });
    articles.push({
      id: articleId(headline, paragraphs),
      headline,
      subtitle: null,
      byline,
      dateline,
      published: when ? parsePublished(when) : null,
      outlet: channelTitle ?? options.outlet ?? null,
      url,
      captions: parts.captions.map((c) => {
        const credit = findTrailingCredit(c);
        const found = find(c);
        return { text: credit ? c.slice(0, credit.start).trim() : c, credit: credit?.credit ?? null, start: found?.start ?? span.start, end: found?.end ?? span.start };
      }),
      paragraphs,
      source: { path: options.path, start: span.start, end: span.end },
      spans: { headline: find(headline), subtitle: null, byline: find(byline), dateline: find(dateline), paragraphs: paraSpans },
      removed: [],
      diagnostics: approximate ? [note('feed/span-approximate', 'some fields are escaped or split by markup in the feed: their spans are missing or empty', span, 'info')] : [],
    });
  }
  return { articles, diagnostics };
}
