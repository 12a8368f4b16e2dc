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

// `<title>…</title>`, `<meta …>`, `<link …>` written before the content of a page without `<body>`.
const HEAD_OPEN = /<(?:(title)[\s>]|(?:meta|link|base)\b)/giu;
const TITLE_CLOSE = /<\/title\s*>/giu;
// `<!doctype …>`, `<html …>`, `</head>`: dropped, the page is wrapped anew.
const WRAPPER_OPEN = /<(?:!doctype|\/?(?:html|head)\b)/giu;

/**
 * The spans of the tags `open` starts, each ending at the first `>` after it (a title at its
 * `</title>`), in order and not overlapping: what `/<title[\s>][\s\S]*?<\/title\s*>|<meta\b[^>]*>/g`
 * matched. That regex read to the end of the page from every opening with no end after it
 * (quadratic); here an end that is not there is looked for once.
 */
function tagSpans(html: string, open: RegExp): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let gt = 0; // the next `>` at or after where it was last looked for; -1 when there is none
  let title = { at: -1, end: 0 }; // the last `</title>` found; end -1 when there is none further on
  open.lastIndex = 0;
  for (let m = open.exec(html); m; m = open.exec(html)) {
    const from = m.index + m[0].length;
    let end: number;
    if (m[1]) {
      if (title.end >= 0 && from > title.at) {
        TITLE_CLOSE.lastIndex = from;
        const c = TITLE_CLOSE.exec(html);
        title = c ? { at: c.index, end: c.index + c[0].length } : { at: -1, end: -1 };
      }
      end = title.end;
    } else {
      if (gt >= 0 && gt < from) gt = html.indexOf('>', from);
      end = gt < 0 ? -1 : gt + 1;
    }
    if (end < 0) continue;
    out.push([m.index, end]);
    open.lastIndex = end;
  }
  return out;
}

/** `html` without the spans, and the text of each. */
function cut(html: string, spans: Array<[number, number]>): { rest: string; taken: string[] } {
  const kept: string[] = [];
  const taken: string[] = [];
  let at = 0;
  for (const [start, end] of spans) {
    kept.push(html.slice(at, start));
    taken.push(html.slice(start, end));
    at = end;
  }
  kept.push(html.slice(at));
  return { rest: kept.join(''), taken };
}

/** The markup linkedom needs: the page itself when it has `<body>`, else the page wrapped in html/head/body. */
export function wrapPage(html: string): string {
  if (/<body[\s>]/iu.test(html)) return html;
  const { rest, taken: head } = cut(html, tagSpans(html, HEAD_OPEN));
  const body = cut(rest, tagSpans(rest, WRAPPER_OPEN)).rest;
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
