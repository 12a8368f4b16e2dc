/**
 * One linear pass over a JSON text before it is parsed: how deep it nests and how many values its
 * top-level array holds. It stops at the first bracket past the depth limit or the first value past
 * the count limit, so a body of 2 000 000 «[» costs 65 steps, not a parse. Brackets inside strings
 * do not count («"[[["» is depth 0); the text need not be valid JSON (JSON.parse decides that later).
 */

export interface JsonScanLimits {
  /** Deepest nesting of objects and arrays allowed: `[[1]]` is 2. */
  depth: number;
  /** Most values the top-level array may hold. */
  items: number;
}

/** What the scan found; `tooDeepAt` and `tooMany` end the scan. */
export interface JsonScan {
  /** The offset (UTF-16 code units) of the first `[` or `{` past the depth limit, or -1. */
  tooDeepAt: number;
  /** True when the top-level array holds more values than the limit. */
  tooMany: boolean;
  /** Values counted in the top-level array (up to the limit + 1); 0 when the top value is no array. */
  items: number;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;

const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/** Nesting depth and top-level array size of `text`, scanned once from the start. */
export function scanJson(text: string, limits: JsonScanLimits): JsonScan {
  let depth = 0;
  let inString = false;
  let topArray = false;
  let expectItem = false; // inside the top-level array, after «[» or «,»
  let items = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++; // «\"» does not close the string
      else if (c === QUOTE) inString = false;
      continue;
    }
    if (isSpace(c)) continue;
    if (topArray && depth === 1) {
      if (c === COMMA) {
        expectItem = true;
        continue;
      }
      if (expectItem && c !== CLOSE_ARRAY) {
        expectItem = false;
        if (++items > limits.items) return { tooDeepAt: -1, tooMany: true, items };
      }
    }
    if (c === QUOTE) inString = true;
    else if (c === OPEN_ARRAY || c === OPEN_OBJECT) {
      if (depth === 0 && c === OPEN_ARRAY && !topArray) topArray = expectItem = true;
      if (++depth > limits.depth) return { tooDeepAt: i, tooMany: false, items };
    } else if (c === CLOSE_ARRAY || c === CLOSE_OBJECT) {
      if (depth > 0) depth--;
    }
  }
  return { tooDeepAt: -1, tooMany: false, items };
}
