/** The incremental byte decoder for one known encoding: invalid runs become U+FFFD and diagnostics. */
import type { Diagnostic } from '../errors.js';
import { codePage, utf8SequenceLength, type EncodingName } from './detect-encoding.js';

export const EMPTY = new Uint8Array(0);
const LABEL: Record<EncodingName, string> = {
  'utf-8': 'UTF-8', 'utf-16le': 'UTF-16LE', 'utf-16be': 'UTF-16BE', 'windows-1256': 'windows-1256', 'iso-8859-6': 'ISO-8859-6',
};

type Severity = Diagnostic['severity'];
export function diagnostic(code: string, message: string, input: string | undefined, start: number, end: number, severity: Severity = 'warning'): Diagnostic {
  return { code, message, ...(input === undefined ? {} : { input }), start, end, unit: 'byte', severity };
}

export type Push = (chunk: Uint8Array, final: boolean) => string;
interface Run { start: number; length: number; preview: number[]; truncated: boolean }

/**
 * The incremental core for one known encoding, starting at byte `offset`. An incomplete sequence at
 * a chunk's end is carried into the next; an invalid run reaching a chunk's end stays open, so
 * `ff | fe` split across chunks is still one run.
 */
export function byteDecoder(encoding: EncodingName, offset: number, input: string | undefined, diagnostics: Diagnostic[]): Push {
  const wide = encoding === 'utf-16le' || encoding === 'utf-16be';
  const le = encoding === 'utf-16le';
  const table = encoding === 'windows-1256' || encoding === 'iso-8859-6' ? codePage(encoding) : undefined;
  const fatal = table ? undefined : new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  const lenient = table ? undefined : new TextDecoder(encoding, { ignoreBOM: true });
  let carry = EMPTY;
  let run: Run | undefined;

  const unitAt = (b: Uint8Array, i: number): number => (le ? b[i]! | (b[i + 1]! << 8) : (b[i]! << 8) | b[i + 1]!);
  // Valid sequence length at i (>0), 0 if invalid, -1 if `end` cuts a valid prefix: «d8 3d | de 00».
  const seqLength = (b: Uint8Array, i: number, end: number): number => {
    if (table) return table[b[i]!] === 0xfffd ? 0 : 1;
    if (!wide) return utf8SequenceLength(b, i, end);
    if (i + 1 >= end) return -1;
    const u = unitAt(b, i);
    if (u < 0xd800 || u > 0xdfff) return 2;
    if (u >= 0xdc00) return 0; // a low surrogate with no high one before it
    if (i + 3 >= end) return -1;
    const v = unitAt(b, i + 2);
    return v >= 0xdc00 && v <= 0xdfff ? 4 : 0;
  };
  // Where the complete sequences end, leaving an incomplete tail for the next chunk.
  const completeEnd = (b: Uint8Array): number => {
    const n = b.length;
    if (table) return n;
    if (wide) {
      const e = n - (n & 1);
      return e >= 2 && (unitAt(b, e - 2) & 0xfc00) === 0xd800 ? e - 2 : e;
    }
    for (let j = n - 1; j >= Math.max(0, n - 3); j--) {
      if ((b[j]! & 0xc0) !== 0x80) return utf8SequenceLength(b, j, n) === -1 ? j : n;
    }
    return n;
  };
  const text = (b: Uint8Array): string => (table ? pageText(b, table) : lenient!.decode(b));
  // The fast path: the whole stretch at once, or undefined when it holds a bad byte.
  const fast = (b: Uint8Array): string | undefined => {
    if (table) {
      const t = text(b); // no byte of either page maps to U+FFFD itself, so one means an unmapped byte
      return t.includes('\uFFFD') ? undefined : t;
    }
    try {
      return fatal!.decode(b);
    } catch {
      return undefined;
    }
  };
  const closeRun = (out: string[]): void => {
    if (!run) return;
    out.push('\uFFFD');
    // «invalid UTF-8 at byte 1234: ff fe», the bytes cut after 16: «… (300 bytes)»
    const hex = run.preview.map((b) => b.toString(16).padStart(2, '0')).join(' ');
    const more = run.length > run.preview.length ? ` … (${run.length} bytes)` : '';
    const message = `${run.truncated ? 'truncated' : 'invalid'} ${LABEL[encoding]} at byte ${run.start}: ${hex}${more}`;
    diagnostics.push(diagnostic('decode/invalid-bytes', message, input, run.start, run.start + run.length));
    run = undefined;
  };
  // The slow path: walk sequences to find each invalid run; decode the valid stretches between them.
  const scan = (b: Uint8Array, stop: number, out: string[]): void => {
    let seg = 0;
    for (let i = 0; i < stop; ) {
      const n = seqLength(b, i, b.length); // bytes past `stop` can only prove a sequence invalid
      if (n > 0) {
        if (run) {
          closeRun(out);
          seg = i;
        }
        i += n;
        continue;
      }
      const k = n < 0 ? stop - i : wide ? Math.min(2, stop - i) : 1;
      if (!run) {
        if (seg < i) out.push(text(b.subarray(seg, i)));
        run = { start: offset + i, length: 0, preview: [], truncated: n < 0 };
      }
      for (let j = i; j < i + k && run.preview.length < 16; j++) run.preview.push(b[j]!);
      run.length += k;
      i += k;
    }
    if (!run && seg < stop) out.push(text(b.subarray(seg, stop)));
  };

  return (chunk, final) => {
    const data = carry.length === 0 ? chunk : concat([carry, chunk]);
    const stop = final ? data.length : completeEnd(data);
    const out: string[] = [];
    const quick = stop > 0 ? fast(data.subarray(0, stop)) : '';
    if (quick === undefined) scan(data, stop, out);
    else if (stop > 0) {
      closeRun(out); // a valid first sequence ends any run left open by the last chunk
      out.push(quick);
    }
    carry = stop < data.length ? data.slice(stop) : EMPTY;
    offset += stop;
    if (final) closeRun(out);
    return out.join('');
  };
}

/** Bytes of a one-byte code page as text: each byte is the code unit its page maps it to. */
function pageText(b: Uint8Array, page: Uint16Array): string {
  const units = new Uint16Array(b.length);
  for (let i = 0; i < b.length; i++) units[i] = page[b[i]!]!;
  let out = '';
  // In slices: fromCharCode takes its units as arguments, and a call has only so many.
  for (let i = 0; i < units.length; i += PAGE_SLICE) out += String.fromCharCode(...units.subarray(i, i + PAGE_SLICE));
  return out;
}
const PAGE_SLICE = 1 << 13;

export const concat = (parts: Uint8Array[]): Uint8Array => (parts.length === 1 ? parts[0]! : Buffer.concat(parts));
export const latin1 = (b: Uint8Array): string => Buffer.from(b.buffer, b.byteOffset, b.length).toString('latin1');
