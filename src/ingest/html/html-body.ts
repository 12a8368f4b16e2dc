/**
 * The body of a page: Readability finds the article's container, then our own pass over its
 * blocks (html-blocks.ts) keeps the paragraphs:
 *   1. caption text (`<figcaption>`, `.wp-caption-text` …) is not body: html-captions.ts reads it;
 *   2. form text and blocks that are all links («اقرأ أيضاً» lists, tags) are chrome, and so is a
 *      short heading over such a list (widget lines, «شارك», «طباعة», are judged with the
 *      paragraphs afterwards: html-chrome.ts);
 *   3. a paragraph printed twice is kept once.
 * Readability is given a clone: it rewrites the document it reads.
 */
import { Readability } from '@mozilla/readability';
import { normalizeText } from '../../text/normalize.js';
import { textBlocks, type TextBlock } from './html-blocks.js';
import { CAPTION_CLASSES, CAPTION_SELECTOR } from './html-captions.js';
import type { DomDocument, DomElement } from './parse-html.js';

/** Readability's options for news pages (its defaults otherwise). */
export const READABILITY_OPTIONS = {
  // Readability retries without its strict clean-up below this many characters, and then keeps
  // menus and «related» boxes; Arabic news briefs are often shorter than its default of 500.
  charThreshold: 200,
  // html-metadata.ts reads JSON-LD itself.
  disableJSONLD: true,
  // Readability drops class names; these mark captions for step 1.
  classesToPreserve: [...CAPTION_CLASSES],
};

/** A block is navigation when this much of its text is link text. */
const LINK_DENSITY = 0.8;
/** A heading over a list of links («اقرأ أيضاً», «مواضيع ذات صلة») is at most this many words. */
const MAX_LIST_HEADING_WORDS = 6;

/** The article container Readability picks, or null (nothing readable, or Readability failed). */
function readableRoot(doc: DomDocument): DomElement | null {
  try {
    const reader = new Readability<DomElement>(doc.cloneNode(true) as never, { ...READABILITY_OPTIONS, serializer: (node) => node as unknown as DomElement });
    return reader.parse()?.content ?? null;
  } catch {
    return null;
  }
}

function isLinkList(b: TextBlock): boolean {
  return b.linkChars / b.text.length >= LINK_DENSITY;
}

/** Chrome by the page's structure: form text, link lists. (Widget lines are judged with the paragraphs, html-chrome.ts.) */
function isChrome(b: TextBlock): boolean {
  return b.element.closest('form') !== null || isLinkList(b);
}

/**
 * The paragraphs (white space squashed, in order) that Readability and our pass find in a page, or
 * null when Readability finds no article. What is dropped here is recorded by html-removed.ts.
 */
export function readBody(doc: DomDocument): string[] | null {
  const root = readableRoot(doc);
  if (!root) return null;
  const blocks = textBlocks(root).filter((b) => b.element.closest(CAPTION_SELECTOR) === null);
  const chrome = blocks.map(isChrome);
  // «اقرأ أيضاً» over a dropped list of links.
  blocks.forEach((b, i) => {
    if (!chrome[i] && chrome[i + 1] && isLinkList(blocks[i + 1]!) && b.text.split(' ').length <= MAX_LIST_HEADING_WORDS && !/[.!؟?]$/u.test(b.text)) chrome[i] = true;
  });
  const paragraphs: string[] = [];
  const seen = new Set<string>();
  blocks.forEach((b, i) => {
    const k = normalizeText(b.text, 'search');
    if (chrome[i] || seen.has(k)) return;
    seen.add(k);
    paragraphs.push(b.text);
  });
  return paragraphs;
}

/**
 * Drops the paragraphs that only repeat metadata: the headline Readability keeps as an `<h2>`, the
 * subtitle, a «ليلى بنعلي · 11 مارس 2024» line made of the byline and `<time>` texts.
 */
export function dropMetadataLines(paragraphs: readonly string[], metadata: ReadonlyArray<string | null>): string[] {
  const keys = metadata.filter((m): m is string => !!m).map((m) => normalizeText(m, 'search')).sort((a, b) => b.length - a.length);
  return paragraphs.filter((p) => {
    let rest = normalizeText(p, 'search');
    for (const k of keys) rest = rest.split(k).join(' ');
    return /[\p{L}\p{N}]/u.test(rest);
  });
}
