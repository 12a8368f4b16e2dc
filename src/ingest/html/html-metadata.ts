/**
 * What a page says about its article outside the body text: `<meta>` (name, OpenGraph, Twitter,
 * `article:`), `<link rel=canonical>`, JSON-LD, `<title>`, the `<h1>` and what follows it,
 * byline elements and `<time datetime>`. Raw candidates only; html-fields.ts chooses among them.
 */
import { inlineText } from './html-blocks.js';
import { readJsonLd, type JsonLdArticle } from './json-ld.js';
import { squash, tagOf, type DomDocument, type DomElement } from './parse-html.js';

/** The raw metadata of one page; every string squashed, null when the page does not give it. */
export interface PageMetadata {
  jsonLd: JsonLdArticle | null;
  /** JSON-LD scripts that are not JSON: their text and the parser's message. */
  badJsonLd: Array<{ text: string; message: string }>;
  title: string | null;
  ogTitle: string | null;
  descriptions: string[];
  siteName: string | null;
  canonical: string | null;
  ogUrl: string | null;
  metaAuthor: string | null;
  metaPublished: string | null;
  h1: string | null;
  /** An `<h2>` (or a `.subtitle`, `.standfirst` …) right after the `<h1>`. */
  afterH1: string | null;
  /** The text of a byline element: `[rel=author]`, `.byline`, `.author`, `[itemprop=author]`. */
  bylineText: string | null;
  /** `<time datetime>` of the article, the published one first. */
  timeValue: string | null;
  /** The texts of all `<time>` elements (a date line is metadata, not body). */
  timeTexts: string[];
  /** The same texts, the published one first: for a date given only as text, `<time>21 يوليو 2015</time>`. */
  timeTextsByTrust: string[];
}

const SUBTITLE_CLASS = /(?:^|[\s_-])(?:sub-?title|subhead(?:line)?|standfirst|dek|strapline|summary|excerpt|lead)(?:$|[\s_-])/iu;
const BYLINE = '[rel="author"], [itemprop="author"], .byline, .author, .article-author, .writer, .author-name';
// A byline element holds a name or two, not a biography or a list of links.
const MAX_BYLINE = 80;

function all(doc: DomDocument, selector: string): DomElement[] {
  return Array.from(doc.querySelectorAll(selector));
}

/** Every `<meta>` content by its name, property or itemprop (lower case), the first non-empty one winning. */
function metaTable(doc: DomDocument): Map<string, string> {
  const table = new Map<string, string>();
  for (const el of all(doc, 'meta[content]')) {
    const content = squash(el.getAttribute('content') ?? '');
    for (const attr of ['property', 'name', 'itemprop']) {
      const k = el.getAttribute(attr)?.trim().toLowerCase();
      if (k && content && !table.has(k)) table.set(k, content);
    }
  }
  return table;
}

function inArticle(el: DomElement): boolean {
  return el.closest('article, main, [role="main"]') !== null;
}

/** The headline `<h1>`: one inside `<article>`/`<main>`, else the first that is not the site's logo. */
function headlineH1(doc: DomDocument, siteName: string | null): DomElement | null {
  const h1s = all(doc, 'h1').filter((h) => inlineText(h));
  return h1s.find(inArticle) ?? h1s.find((h) => inlineText(h) !== siteName) ?? h1s[0] ?? null;
}

function subtitleAfter(h1: DomElement | null): string | null {
  const next = h1?.nextElementSibling ?? null;
  if (!next) return null;
  const tag = tagOf(next);
  return tag === 'h2' || ((tag === 'p' || tag === 'div' || tag === 'h3') && SUBTITLE_CLASS.test(next.getAttribute('class') ?? '')) ? inlineText(next) : null;
}

function bylineText(doc: DomDocument): string | null {
  for (const el of all(doc, BYLINE)) {
    const t = inlineText(el);
    if (t && t.length <= MAX_BYLINE) return t;
  }
  return null;
}

/** `<time>` elements in order of trust: marked as the published time, then inside the article, then the rest. */
function byTrust(times: DomElement[]): DomElement[] {
  const published = (t: DomElement): boolean => t.getAttribute('itemprop') === 'datePublished' || t.getAttribute('pubdate') !== null;
  const rank = (t: DomElement): number => (published(t) ? 0 : inArticle(t) ? 1 : 2);
  return times.map((t, i) => [t, rank(t), i] as const).sort((a, b) => a[1] - b[1] || a[2] - b[2]).map(([t]) => t);
}

function timeValue(doc: DomDocument): string | null {
  const el = byTrust(all(doc, 'time[datetime]').filter((t) => squash(t.getAttribute('datetime') ?? '')))[0];
  return el ? squash(el.getAttribute('datetime') ?? '') : null;
}

/** Reads the metadata of a parsed page. */
export function readMetadata(doc: DomDocument): PageMetadata {
  const table = metaTable(doc);
  const meta = (...keys: string[]): string | null => keys.map((k) => table.get(k.toLowerCase())).find((v) => v) ?? null;
  const scripts = all(doc, 'script[type="application/ld+json"]').map((s) => s.textContent ?? '');
  const ld = readJsonLd(scripts);
  const siteName = meta('og:site_name', 'application-name');
  const h1 = headlineH1(doc, siteName ?? ld.article?.publisher ?? null);
  const canonical = all(doc, 'link[rel="canonical"]')[0]?.getAttribute('href') ?? null;
  const descriptions = [meta('og:description'), meta('description'), meta('twitter:description'), ld.article?.description ?? null];
  return {
    jsonLd: ld.article,
    badJsonLd: ld.errors.map((e) => ({ text: scripts[e.script] ?? '', message: e.message })),
    title: inlineText(doc.querySelector('title')),
    ogTitle: meta('og:title', 'twitter:title'),
    descriptions: [...new Set(descriptions.filter((d): d is string => d !== null))],
    siteName,
    canonical: canonical ? squash(canonical) || null : null,
    ogUrl: meta('og:url'),
    metaAuthor: meta('author', 'article:author', 'byl', 'sailthru.author'),
    metaPublished: meta('article:published_time', 'datePublished', 'og:published_time', 'publish-date', 'pubdate', 'date'),
    h1: inlineText(h1),
    afterH1: subtitleAfter(h1),
    bylineText: bylineText(doc),
    timeValue: timeValue(doc),
    timeTexts: all(doc, 'time').map((t) => inlineText(t)).filter((t): t is string => t !== null),
    timeTextsByTrust: byTrust(all(doc, 'time')).map((t) => inlineText(t)).filter((t): t is string => t !== null),
  };
}
