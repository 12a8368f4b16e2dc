/**
 * A scanner over JSON text that keeps offsets: the spans of the records of a JSON array or of
 * JSONL lines, and for a string field the raw offset of every decoded character, so that a
 * paragraph taken from `"content": "…\n…"` keeps its exact span in the input.
 */

/** A record's span in the text, or a problem found while looking for one. */
export type ScannedRecord = { start: number; end: number } | { error: string; start: number; end: number };

const WS = /[\s\uFEFF]/;

/** Skips a JSON string starting at its opening quote; returns the index after its closing quote, or -1. */
function skipString(text: string, i: number, end: number): number {
  for (let k = i + 1; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x5c) k++;
    else if (c === 0x22) return k + 1;
  }
  return -1;
}

/** Skips one JSON value (object, array, string or scalar) starting at `i`; returns its end, or -1 if it never closes. */
export function skipValue(text: string, i: number, end: number): number {
  const c = text[i];
  if (c === '"') return skipString(text, i, end);
  if (c !== '{' && c !== '[') {
    let k = i;
    while (k < end && !/[,\]}\s]/.test(text[k]!)) k++;
    return k;
  }
  let depth = 0;
  for (let k = i; k < end; k++) {
    const ch = text.charCodeAt(k);
    if (ch === 0x22) {
      k = skipString(text, k, end) - 1;
      if (k < 0) return -1;
    } else if (ch === 0x7b || ch === 0x5b) depth++;
    else if (ch === 0x7d || ch === 0x5d) {
      if (--depth === 0) return k + 1;
    }
  }
  return -1;
}

/**
 * How records are laid out: `auto` is a JSON array when the text opens with `[`, else JSON lines;
 * `items` is a run of array items without the brackets (a piece of a streamed array).
 */
export type JsonLayout = 'auto' | 'lines' | 'items';

/** The records of a JSON array (`[{…}, {…}]`) or of JSON lines, with their spans. */
export function* scanJsonRecords(text: string, layout: JsonLayout = 'auto'): Generator<ScannedRecord> {
  let i = 0;
  const n = text.length;
  while (i < n && WS.test(text[i]!)) i++;
  if (layout === 'lines' || (layout === 'auto' && text[i] !== '[')) {
    // JSON lines: one record per non-blank line.
    let at = 0;
    while (at < n) {
      let nl = text.indexOf('\n', at);
      if (nl < 0) nl = n;
      const line = text.slice(at, nl);
      const lead = line.length - line.trimStart().length;
      const body = line.trim();
      if (body) yield { start: at + lead, end: at + lead + body.length };
      at = nl + 1;
    }
    return;
  }
  if (layout === 'auto') i++;
  for (;;) {
    while (i < n && (WS.test(text[i]!) || text[i] === ',')) i++;
    if (i >= n) {
      if (layout === 'items') return;
      yield { error: 'the JSON array is not closed (truncated input?)', start: n, end: n };
      return;
    }
    if (text[i] === ']') return;
    const end = skipValue(text, i, n);
    if (end < 0) {
      yield { error: 'a record is cut off (truncated input?)', start: i, end: n };
      return;
    }
    yield { start: i, end };
    i = end;
  }
}

/** A string field's raw span and, for each decoded character, its raw offset (one past the end included). */
export interface StringField {
  value: string;
  /** `raw[k]` is where decoded character k starts in the text; `raw[value.length]` is the closing quote. */
  raw: Int32Array;
}

/** The top-level string fields of the object at `[start, end)` that `wanted` names, with offset maps. */
export function stringFields(text: string, start: number, end: number, wanted: ReadonlySet<string>): Map<string, StringField> {
  const out = new Map<string, StringField>();
  let i = start + 1;
  while (i < end) {
    while (i < end && (WS.test(text[i]!) || text[i] === ',')) i++;
    if (text[i] !== '"') break;
    const keyEnd = skipString(text, i, end);
    if (keyEnd < 0) break;
    const key = JSON.parse(text.slice(i, keyEnd)) as string;
    i = keyEnd;
    while (i < end && (WS.test(text[i]!) || text[i] === ':')) i++;
    const valueEnd = skipValue(text, i, end);
    if (valueEnd < 0) break;
    if (text[i] === '"' && wanted.has(key)) out.set(key, decodeString(text, i, valueEnd));
    i = valueEnd;
  }
  return out;
}

/** Decodes the JSON string at `[open, close)` (quotes included), recording each character's raw offset. */
function decodeString(text: string, open: number, close: number): StringField {
  // Never more characters than raw code units; runs between escapes are sliced whole.
  const raw = new Int32Array(close - open);
  let n = 0;
  let value = '';
  let run = open + 1;
  for (let k = open + 1; k < close - 1; k++) {
    if (text.charCodeAt(k) !== 0x5c) {
      raw[n++] = k;
      continue;
    }
    if (run < k) value += text.slice(run, k);
    raw[n++] = k;
    const e = text[k + 1];
    if (e === 'u') {
      value += String.fromCharCode(parseInt(text.slice(k + 2, k + 6), 16));
      k += 5;
    } else {
      value += e === 'n' ? '\n' : e === 't' ? '\t' : e === 'r' ? '\r' : e === 'b' ? '\b' : e === 'f' ? '\f' : e!;
      k += 1;
    }
    run = k + 1;
  }
  if (run < close - 1) value += text.slice(run, close - 1);
  raw[n++] = close - 1;
  return { value, raw: raw.subarray(0, n) };
}
