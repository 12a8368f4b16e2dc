/**
 * A DOM subtree → its blocks of text, in document order: `<p>نص <a>رابط</a></p>` is one block,
 * `<ul><li>…</li><li>…</li></ul>` is one block per item. Inline markup joins text, `<br>` is a
 * space, and a nested block ends the text around it. The same cut is made over the page source
 * (source-map.ts), so a block's text can be found there again.
 */
import { ELEMENT_NODE, squash, tagOf, TEXT_NODE, type DomElement, type DomNode } from './parse-html.js';

/** One block of text with the element that holds it. */
export interface TextBlock {
  /** White space squashed, never empty. */
  text: string;
  /** The nearest block-level element around the text. */
  element: DomElement;
  /** How much of `text` is link text: a block that is all links is navigation. */
  linkChars: number;
}

/** Elements that start and end a block of text. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main', 'menu',
  'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/** Elements whose text is never read: code, styles, form controls, inert templates. */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'title', 'textarea', 'select', 'option', 'button', 'input', 'svg', 'iframe', 'object', 'head',
]);

interface Buffer {
  text: string;
  link: string;
}

/** The blocks of text under `root`, in document order. */
export function textBlocks(root: DomElement): TextBlock[] {
  const out: TextBlock[] = [];
  const flush = (buf: Buffer, owner: DomElement): void => {
    const text = squash(buf.text);
    if (text) out.push({ text, element: owner, linkChars: Math.min(text.length, squash(buf.link).length) });
    buf.text = '';
    buf.link = '';
  };
  const walk = (node: DomNode, owner: DomElement, buf: Buffer, inLink: boolean): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === TEXT_NODE) {
        const data = child.textContent ?? '';
        buf.text += data;
        if (inLink) buf.link += data;
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const el = child as DomElement;
      const tag = tagOf(el);
      if (SKIPPED_TAGS.has(tag)) continue;
      if (tag === 'br') {
        buf.text += ' ';
        if (inLink) buf.link += ' ';
      } else if (BLOCK_TAGS.has(tag)) {
        flush(buf, owner);
        const inner: Buffer = { text: '', link: '' };
        walk(el, el, inner, inLink);
        flush(inner, el);
      } else walk(el, owner, buf, inLink || tag === 'a');
    }
  };
  const buf: Buffer = { text: '', link: '' };
  walk(root, root, buf, false);
  flush(buf, root);
  return out;
}

/** The text of an element as one line (`<br>` and nested blocks become spaces), or null when it has none. */
export function inlineText(el: DomElement | null): string | null {
  if (!el) return null;
  const text = textBlocks(el).map((b) => b.text).join(' ');
  return text || null;
}
