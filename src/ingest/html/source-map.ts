/**
 * The visible text of a page source, with the source offsets behind every character, so a field
 * read from the DOM can be found again in the HTML.
 *
 * The DOM keeps no offsets, so this is a second, small scan of the source: tags are dropped
 * (block tags and `<br>` become a space, as in html-blocks.ts), comments and the content of
 * `<script>`, `<style>`, `<title>`, form controls … are skipped, the common entities are decoded
 * and white space is squashed. `&quot;` becomes `"` mapped to all six source characters, so a span
 * found through the map covers the text's markup: `html.slice(start, end)` equals the field only
 * when no tag or entity sits inside it (`exact`).
 *
 * The scan also notices a source that stops inside a tag, comment or script (a truncated page)
 * and counts tags (text with none is not HTML).
 */
import { BLOCK_TAGS } from './html-blocks.js';

/** The visible text of a page and where each of its characters came from. */
export interface SourceMap {
  /** Visible text: tags dropped, entities decoded, white space squashed to single spaces. */
  text: string;
  /** `text[i]` came from `html.slice(starts[i], ends[i])`. */
  starts: Uint32Array;
  ends: Uint32Array;
  /** How many tags the source holds. */
  tags: number;
  /** Where the source stops inside a tag, comment or raw-text element, or null. */
  truncatedAt: number | null;
}

/** A field found in the source: `exact` when `html.slice(start, end)` is the field's text. */
export interface Located {
  start: number;
  end: number;
  exact: boolean;
  /** Where the match starts in the visible text (-1 when found in the raw source only). */
  at: number;
  /** Where in the visible text to look for the next field, to keep document order. */
  next: number;
}

// Elements whose content is raw text up to their end tag; also skipped when the end tag is missing (truncated).
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'noscript', 'xmp', 'iframe', 'plaintext']);
// Elements whose text the DOM reader skips (html-blocks.ts SKIPPED_TAGS); skipped here only up to an end tag.
const SKIPPED = new Set(['template', 'select', 'button', 'svg', 'object']);
const NAMED: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0', shy: '\u00AD', laquo: '«', raquo: '»', lsquo: '‘', rsquo: '’',
  ldquo: '“', rdquo: '”', ndash: '–', mdash: '—', hellip: '…', middot: '·', bull: '•', copy: '©', reg: '®', trade: '™',
  lrm: '\u200E', rlm: '\u200F', zwnj: '\u200C', zwj: '\u200D', times: '×', deg: '°', euro: '€',
};
const TAG_NAME = /<(\/?)([a-zA-Z][^\s/>]*)/y;
const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,31}));/y;

/** The end of the tag opened at `i` (the index of its `>`), honouring quoted attribute values; -1 when the source ends first. */
function tagEnd(html: string, i: number): number {
  let quote = '';
  let prev = '';
  for (let j = i; j < html.length; j++) {
    const c = html[j]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if ((c === '"' || c === "'") && prev === '=') quote = c;
    else if (c === '>') return j;
    if (!/\s/u.test(c)) prev = c;
  }
  return -1;
}

function decodeEntity(m: RegExpExecArray): string | null {
  if (m[3] !== undefined) return NAMED[m[3].toLowerCase()] ?? null;
  const code = m[1] !== undefined ? Number(m[1]) : parseInt(m[2]!, 16);
  return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\uFFFD';
}

/** Scans a page source into its visible text (see the module comment). */
export function mapSource(html: string): SourceMap {
  const chars: string[] = [];
  const starts = new Uint32Array(html.length + 1);
  const ends = new Uint32Array(html.length + 1);
  let space = true; // no leading space
  let tags = 0;
  const emit = (c: string, s: number, e: number): void => {
    const blank = /\s/u.test(c);
    if (blank && space) return;
    starts[chars.length] = s;
    ends[chars.length] = e;
    chars.push(blank ? ' ' : c);
    space = blank;
  };
  // Per element name, the end tag found last (where it starts; -1: none further on). Tags come in
  // order, so one opened before it ends there too: `<svg><svg>…` with no `</svg>` reads the rest
  // of the page once, not once per `<svg>` (quadratic).
  const endTags = new Map<string, number>();
  const endTag = (name: string, from: number): number => {
    const known = endTags.get(name);
    if (known !== undefined && (known < 0 || from <= known)) return known;
    const close = new RegExp(`</${name}[\\s>/]`, 'giu');
    close.lastIndex = from;
    const at = close.exec(html)?.index ?? -1;
    endTags.set(name, at);
    return at;
  };
  let i = 0;
  while (i < html.length) {
    const c = html[i]!;
    if (c === '&') {
      ENTITY.lastIndex = i;
      const m = ENTITY.exec(html);
      const decoded = m ? decodeEntity(m) : null;
      if (m && decoded !== null) {
        for (const u of decoded.split('')) emit(u, i, i + m[0].length);
        i += m[0].length;
        continue;
      }
    }
    if (c !== '<') {
      emit(c, i, i + 1);
      i++;
      continue;
    }
    // `<!-- … -->`, `<!doctype …>`, `<?xml …?>`
    if (html.startsWith('<!--', i) || html[i + 1] === '!' || html[i + 1] === '?') {
      const comment = html.startsWith('<!--', i);
      const close = comment ? html.indexOf('-->', i + 4) : html.indexOf('>', i);
      if (close < 0) return done(i);
      i = close + (comment ? 3 : 1);
      continue;
    }
    TAG_NAME.lastIndex = i;
    const m = TAG_NAME.exec(html);
    if (!m) {
      emit(c, i, i + 1); // a bare `<` in text
      i++;
      continue;
    }
    const end = tagEnd(html, i + m[0].length);
    if (end < 0) return done(i);
    tags++;
    const name = m[2]!.toLowerCase();
    if (BLOCK_TAGS.has(name) || name === 'br') emit(' ', i, i);
    i = end + 1;
    if (m[1] || html[end - 1] === '/' || !(RAW_TEXT.has(name) || SKIPPED.has(name))) continue;
    const found = endTag(name, i);
    if (found >= 0) i = found;
    else if (RAW_TEXT.has(name)) return done(i);
  }
  return done(null);

  function done(truncatedAt: number | null): SourceMap {
    let n = chars.length;
    if (n > 0 && chars[n - 1] === ' ') n--;
    return { text: chars.slice(0, n).join(''), starts: starts.subarray(0, n), ends: ends.subarray(0, n), tags, truncatedAt };
  }
}

/**
 * Finds a squashed field text in the page: first in the visible text from `from` on (document
 * order), else verbatim anywhere in the source (a `<meta content>` value, JSON-LD); null when neither.
 */
export function locate(html: string, map: SourceMap, text: string, from = 0): Located | null {
  if (!text) return null;
  const k = map.text.indexOf(text, from);
  if (k >= 0) {
    const start = map.starts[k]!;
    const end = map.ends[k + text.length - 1]!;
    return { start, end, exact: html.slice(start, end) === text, at: k, next: k + text.length };
  }
  const raw = html.indexOf(text);
  return raw >= 0 ? { start: raw, end: raw + text.length, exact: true, at: -1, next: from } : null;
}
