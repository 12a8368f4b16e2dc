/** Normalisation that keeps a map back to the original offsets. */
import type { Span } from '../core/types.js';
import { CHAR_CLASS, CharClass } from './char-classes.js';
import { DROP, MULTI, foldTable, type FoldTable } from './fold-table.js';
import { grown } from './grow.js';
import { resolveNormalizeOptions, type NormalizeOptions, type NormalizePreset } from './normalize-options.js';

export * from './normalize-options.js';

/** Normalised text plus, for each of its code units, the original span it came from. */
export interface Normalized {
  /** The normalised text. */
  text: string;
  /** `starts[i]`, `ends[i]`: the span in the original text that produced `text[i]`. */
  starts: Int32Array;
  ends: Int32Array;
  /** Length of the original text. */
  originalLength: number;
}

/**
 * Normalises `text` with a preset (`search`, `morph`, `display`) or named steps, keeping offsets.
 * Deleted marks, tatweel and controls widen the span of the letter before them, so `كَتَبَ` → `كتب`
 * maps back to all six code units.
 */
export function normalize(text: string, options: NormalizeOptions | NormalizePreset = 'search'): Normalized {
  const o = resolveNormalizeOptions(options);
  const { table, multi, whitespace } = foldTable(o);
  const n = text.length;
  let cap = n + 16;
  let out = new Uint16Array(cap);
  let starts = new Int32Array(cap);
  let ends = new Int32Array(cap);
  let len = 0;
  // A pending white-space run: where it began, and whether it held a line break.
  let wsStart = -1;
  let wsEnd = -1;
  let wsNewline = false;

  const grow = (): void => {
    cap *= 2;
    out = grown(out, cap);
    starts = grown(starts, cap);
    ends = grown(ends, cap);
  };
  const put = (code: number, s: number, e: number): void => {
    if (len >= cap) grow();
    out[len] = code;
    starts[len] = s;
    ends[len] = e;
    len++;
  };
  const flushSpace = (): void => {
    if (wsStart < 0) return;
    put(wsNewline ? 10 : 32, wsStart, wsEnd);
    wsStart = -1;
    wsNewline = false;
  };
  const emit = (code: number, s: number, e: number): void => {
    if (whitespace && CHAR_CLASS[code] === CharClass.Space) {
      if (wsStart < 0) wsStart = s;
      wsEnd = e;
      if (code === 10 || code === 13 || code === 0x2028 || code === 0x2029 || code === 0x0b || code === 0x0c || code === 0x85) wsNewline = true;
      return;
    }
    flushSpace();
    put(code, s, e);
  };

  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const f = table[c]!;
    if (f >= 0) emit(f, i, i + 1);
    else if (f === DROP) {
      // A dropped mark belongs to the letter before it: widen that letter's span.
      if (wsStart >= 0) wsEnd = i + 1;
      else if (len > 0) ends[len - 1] = i + 1;
    } else if (f === MULTI) {
      const rep = multi.get(c)!;
      for (let k = 0; k < rep.length; k++) emit(rep.charCodeAt(k), i, i + 1);
    }
  }
  flushSpace();
  return { text: decodeUnits(out, len), starts: starts.subarray(0, len), ends: ends.subarray(0, len), originalLength: n };
}

/** Line breaks (a white-space run holding one becomes a newline). */
const NEWLINE = new Uint8Array(0x10000);
for (const c of [10, 13, 0x2028, 0x2029, 0x0b, 0x0c, 0x85]) NEWLINE[c] = 1;
/** Fold tables of the presets, looked up once. */
const presetTables = new Map<string, FoldTable>();
/** The longest replacement of one code unit in a table (ﷺ becomes a whole phrase). */
const widestMulti = new WeakMap<FoldTable, number>();
let scratch = new Uint16Array(256);

/**
 * Normalises without keeping the offset map (for short strings such as query terms, names and
 * lexicon entries): the same text as `normalize(text, options).text`, with no offset arrays and,
 * when nothing changes, no new string.
 */
export function normalizeText(text: string, options: NormalizeOptions | NormalizePreset = 'search'): string {
  let t: FoldTable | undefined;
  if (typeof options === 'string') {
    t = presetTables.get(options);
    if (!t) presetTables.set(options, (t = foldTable(resolveNormalizeOptions(options))));
  } else t = foldTable(resolveNormalizeOptions(options));
  const { table, multi, whitespace } = t;
  const n = text.length;
  let widest = widestMulti.get(t);
  if (widest === undefined) widestMulti.set(t, (widest = Math.max(1, ...[...multi.values()].map((r) => r.length))));
  if (scratch.length < widest * n + 16) scratch = new Uint16Array(widest * n + 16);
  const out = scratch;
  let len = 0;
  // A pending white-space run, and whether it held a line break.
  let ws = false;
  let wsNewline = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const f = table[c]!;
    if (f < 0) {
      if (f !== MULTI) continue;
      // (The white-space handling below is written out here and for single units: the hot loop calls nothing per character.)
      const rep = multi.get(c)!;
      for (let k = 0; k < rep.length; k++) {
        const code = rep.charCodeAt(k);
        if (whitespace && CHAR_CLASS[code] === CharClass.Space) {
          ws = true;
          if (NEWLINE[code]) wsNewline = true;
          continue;
        }
        if (ws) {
          out[len++] = wsNewline ? 10 : 32;
          ws = wsNewline = false;
        }
        out[len++] = code;
      }
      continue;
    }
    if (whitespace && CHAR_CLASS[f] === CharClass.Space) {
      ws = true;
      if (NEWLINE[f]) wsNewline = true;
      continue;
    }
    if (ws) {
      out[len++] = wsNewline ? 10 : 32;
      ws = wsNewline = false;
    }
    out[len++] = f;
  }
  if (ws) out[len++] = wsNewline ? 10 : 32;
  if (len === n) {
    let i = 0;
    while (i < n && out[i] === text.charCodeAt(i)) i++;
    if (i === n) return text;
  }
  return decodeUnits(out, len);
}

/** Maps a span of normalised text back to the span of the original text it came from. */
export function toOriginalSpan(norm: Normalized, start: number, end: number): Span {
  if (start >= end) {
    const at = start < norm.starts.length ? norm.starts[start]! : norm.originalLength;
    return { start: at, end: at };
  }
  return { start: norm.starts[start]!, end: norm.ends[end - 1]! };
}

/** Turns code units into a string in chunks (String.fromCharCode has an argument limit). */
export function decodeUnits(units: Uint16Array, len: number): string {
  // The decoder is faster on long text, but it would replace a lone surrogate: only text without any takes it.
  if (len > 256 && !hasSurrogate(units, len)) return UTF16.decode(units.subarray(0, len));
  // A word: its units through a reused array, as apply over a fresh subarray costs more.
  if (len <= SHORT) {
    const a = shortUnits;
    a.length = len;
    for (let i = 0; i < len; i++) a[i] = units[i]!;
    return String.fromCharCode.apply(null, a);
  }
  let s = '';
  for (let i = 0; i < len; i += 8192) {
    s += String.fromCharCode.apply(null, units.subarray(i, Math.min(len, i + 8192)) as unknown as number[]);
  }
  return s;
}
const UTF16 = new TextDecoder('utf-16le');
const SHORT = 64;
const shortUnits: number[] = [];

function hasSurrogate(units: Uint16Array, len: number): boolean {
  for (let i = 0; i < len; i++) if ((units[i]! & 0xf800) === 0xd800) return true;
  return false;
}
