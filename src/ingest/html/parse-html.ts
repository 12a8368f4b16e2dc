/**
 * Saved HTML page → a DOM (linkedom), plus the few DOM members the HTML reader uses, typed here
 * because the project compiles without the DOM library.
 *
 * linkedom is fast and lenient (a page cut mid-tag still parses), but it is not an HTML5 tree
 * builder: without an explicit `<body>` everything after the first element is lost, and plain
 * text throws. So a page without `<body>` is wrapped first (`<!doctype html><title>…</title><p>…`
 * is valid HTML5), and any throw becomes `null`.
 */
import { parseHTML } from 'linkedom';

/** A DOM node, as much of it as the HTML reader touches. */
export interface DomNode {
  readonly nodeType: number;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
  readonly parentElement: DomElement | null;
}

/** A DOM element (linkedom's tag names are upper case, as in browsers). */
export interface DomElement extends DomNode {
  readonly tagName: string;
  readonly nextElementSibling: DomElement | null;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  closest(selector: string): DomElement | null;
}

/** A parsed page. */
export interface DomDocument {
  readonly documentElement: DomElement | null;
  readonly body: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  cloneNode(deep: true): DomDocument;
}

/** `nodeType` of an element. */
export const ELEMENT_NODE = 1;
/** `nodeType` of a text node. */
export const TEXT_NODE = 3;

// `<title>`, `<meta>`, `<link>` written before the content of a page without `<body>`.
const HEAD_TAGS = /<title[\s>][\s\S]*?<\/title\s*>|<(?:meta|link|base)\b[^>]*>/giu;
const WRAPPERS = /<!doctype[^>]*>|<\/?(?:html|head)\b[^>]*>/giu;

/** The markup linkedom needs: the page itself when it has `<body>`, else the page wrapped in html/head/body. */
export function wrapPage(html: string): string {
  if (/<body[\s>]/iu.test(html)) return html;
  const head: string[] = [];
  const body = html.replace(HEAD_TAGS, (tag) => (head.push(tag), '')).replace(WRAPPERS, '');
  return `<!DOCTYPE html><html><head>${head.join('')}</head><body>${body}</body></html>`;
}

/** The DOM of a page, or null when linkedom cannot build one with a body. Never throws. */
export function parsePage(html: string): DomDocument | null {
  try {
    const doc = parseHTML(wrapPage(html)).document as unknown as DomDocument;
    return doc.documentElement && doc.body ? doc : null;
  } catch {
    return null;
  }
}

/** The tag name of an element in lower case: `h1`, `figcaption`. */
export function tagOf(el: DomElement): string {
  return el.tagName.toLowerCase();
}

/** White space collapsed to single spaces and trimmed: the text form of every HTML field. */
export function squash(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}


/** How deep elements nest under `root`, counting no further than `limit` + 1 (iterative: deep pages overflow recursion). */
export function nestingDepth(root: DomElement, limit: number): number {
  let deepest = 0;
  const stack: Array<[DomNode, number]> = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > deepest) deepest = depth;
    if (deepest > limit) break;
    for (const child of Array.from(node.childNodes)) if (child.nodeType === ELEMENT_NODE) stack.push([child, depth + 1]);
  }
  return deepest;
}
