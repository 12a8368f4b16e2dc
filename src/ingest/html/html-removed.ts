/**
 * What the article leaves out of a page: every block of the page's text (html-blocks.ts) that no
 * field uses is chrome (menus, share bars, «اقرأ أيضاً», footers), and a block that repeats a used
 * text once more than the article uses it is a duplicate.
 *
 * A block holding a used text *and* something else (a paragraph with a share link inside it) is
 * neither: it is not recorded, rather than recorded as if the whole paragraph were chrome.
 */
import { normalizeText } from '../../text/normalize.js';
import { textBlocks } from './html-blocks.js';
import type { DomDocument } from './parse-html.js';

/** A block of page text and whether the article left it out (null: kept, or partly kept). */
export interface PageBlock {
  text: string;
  removed: 'chrome' | 'duplicate' | null;
}

const key = (s: string): string => normalizeText(s, 'search');

/**
 * The blocks of the page body in document order, each marked when left out. `used` are the texts the article
 * prints once each (headline, subtitle, captions, paragraphs); `metadata` texts may appear any
 * number of times (a byline element, `<time>` texts).
 */
export function classifyBlocks(doc: DomDocument, used: ReadonlyArray<string | null>, metadata: ReadonlyArray<string | null>): PageBlock[] {
  const counts = new Map<string, number>();
  for (const u of used) if (u) counts.set(key(u), (counts.get(key(u)) ?? 0) + 1);
  const covers = [...counts.keys(), ...metadata.filter((m): m is string => !!m).map(key)].filter((c) => c.length >= 3).sort((a, b) => b.length - a.length);
  const out: PageBlock[] = [];
  for (const b of doc.body ? textBlocks(doc.body) : []) {
    const k = key(b.text);
    const left = counts.get(k);
    if (left !== undefined) {
      if (left > 0) counts.set(k, left - 1);
      out.push({ text: b.text, removed: left > 0 ? null : 'duplicate' });
      continue;
    }
    let rest = k;
    for (const c of covers) rest = rest.split(c).join(' ');
    out.push({ text: b.text, removed: rest === k ? 'chrome' : null });
  }
  return out;
}
