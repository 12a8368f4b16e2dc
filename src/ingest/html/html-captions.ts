/**
 * Image captions: the text of every `<figcaption>` (or `.wp-caption-text`, `.image-caption` …) outside navigation, sidebars and related-story
 * boxes, with its photo credit made canonical and taken out of the text:
 *   `<figcaption>سكان يعبرون الشارع (أ.ف.ب)</figcaption>` → «سكان يعبرون الشارع» + AFP;
 *   `<figcaption>متطوعون في المركز <span class="credit">رويترز</span></figcaption>` → «متطوعون في المركز» + REUTERS.
 * `img[alt]` is not read: alt texts describe the picture for screen readers, often repeat the
 * headline or name a file, and are not what the page prints under the photo.
 */
import { normalizeText } from '../../text/normalize.js';
import { findTrailingCredit, identifyCredit, type Credit } from '../credits.js';
import { inlineText } from './html-blocks.js';
import type { DomDocument } from './parse-html.js';

/** One caption: its whole printed text, the text without the credit, and the credit. */
export interface HtmlCaption {
  full: string;
  text: string;
  credit: Credit | null;
}

/** Classes of the elements that print a caption where a page has no `<figcaption>`. */
export const CAPTION_CLASSES: readonly string[] = ['wp-caption-text', 'caption', 'image-caption', 'photo-caption', 'img-caption', 'media-caption'];
/** The elements that print an image's caption; html-body.ts keeps their text out of the paragraphs. */
export const CAPTION_SELECTOR = ['figcaption', ...CAPTION_CLASSES.map((c) => `.${c}`)].join(', ');
// Figures in these containers illustrate other stories.
const ELSEWHERE = 'nav, footer, aside, [class*="related"], [id*="related"], [class*="sidebar"], [id*="sidebar"], [class*="recommend"]';
// A credit printed in its own element inside the caption.
const CREDIT_ELEMENT = '.credit, .copyright, .source, .photographer, .photo-credit, .caption-credit, [itemprop="copyrightHolder"], [itemprop="creditText"], small, cite';

// The blanks and dashes that end a text, matched from the start of their run only (the lookbehind):
// `[\s\-–—]+$` alone re-read the rest of a long run from each of its characters (quadratic).
export const TRAILING_DASHES = /(?<![\s\-–—])[\s\-–—]+$/u;

/** The caption without the credit at its end, and without the blanks and dash before it. */
function before(full: string, end: number): string {
  return full.slice(0, end).replace(TRAILING_DASHES, '');
}

/** The captions of a page, in order, each once. */
export function readCaptions(doc: DomDocument): HtmlCaption[] {
  const out: HtmlCaption[] = [];
  const seen = new Set<string>();
  for (const fc of Array.from(doc.querySelectorAll(CAPTION_SELECTOR))) {
    const full = inlineText(fc);
    if (!full || fc.closest(ELSEWHERE) || fc.parentElement?.closest(CAPTION_SELECTOR)) continue;
    const k = normalizeText(full, 'search');
    if (seen.has(k)) continue;
    seen.add(k);
    const own = inlineText(fc.querySelector(CREDIT_ELEMENT));
    const ownCredit = own && full.endsWith(own) ? identifyCredit(own) : null;
    if (own && ownCredit) {
      out.push({ full, text: before(full, full.length - own.length), credit: ownCredit });
      continue;
    }
    const found = findTrailingCredit(full);
    out.push(found ? { full, text: before(full, found.start), credit: found.credit } : { full, text: full, credit: null });
  }
  return out;
}
