/**
 * Bytes → text. The encoding is declared or detected (see `detect-encoding.ts`); bad bytes become
 * one U+FFFD and one `decode/invalid-bytes` diagnostic per maximal run, and nothing is thrown.
 * `decode` is the streaming decoder fed one chunk, so chunked and whole decoding agree by construction.
 */
import iconv from 'iconv-lite';
import { RasdError, type Diagnostic } from '../errors.js';
import {
  CODE_PAGES, DETECT_WINDOW, detectBom, detectByteEncoding, detectUtf16, firstNonAscii,
  normalizeEncodingName, utf8SequenceLength, type DetectedEncoding, type EncodingName,
} from './detect-encoding.js';

export { detectEncoding, normalizeEncodingName, type DetectedEncoding, type EncodingName } from './detect-encoding.js';

/** `encoding` is a declared name or alias that overrides detection; `input` names the source in diagnostics. */
export interface DecodeOptions {
  encoding?: string;
  input?: string;
}

/** Decoded text (never holding the BOM), how it was decoded, and the problems found in the bytes. */
export interface DecodeResult {
  text: string;
  encoding: EncodingName;
  bom: boolean;
  detected: boolean;
  confidence: number;
  diagnostics: Diagnostic[];
}

/** A decoder fed chunk by chunk; `encoding` and friends are set once the first 64 KiB (or `end`) decide it. */
export interface StreamDecoder {
  write(chunk: Uint8Array): string;
  end(): string;
  readonly diagnostics: Diagnostic[];
  readonly encoding: EncodingName | undefined;
  readonly bom: boolean;
  readonly detected: boolean;
  readonly confidence: number;
}

const EMPTY = new Uint8Array(0);
const LABEL: Record<EncodingName, string> = {
  'utf-8': 'UTF-8', 'utf-16le': 'UTF-16LE', 'utf-16be': 'UTF-16BE', 'windows-1256': 'windows-1256', 'iso-8859-6': 'ISO-8859-6',
};

type Severity = Diagnostic['severity'];
function diagnostic(code: string, message: string, input: string | undefined, start: number, end: number, severity: Severity = 'warning'): Diagnostic {
  return { code, message, ...(input === undefined ? {} : { input }), start, end, unit: 'byte', severity };
}

type Push = (chunk: Uint8Array, final: boolean) => string;
interface Run { start: number; length: number; preview: number[]; truncated: boolean }

/**
 * The incremental core for one known encoding, starting at byte `offset`. An incomplete sequence at
 * a chunk's end is carried into the next; an invalid run reaching a chunk's end stays open, so
 * `ff | fe` split across chunks is still one run.
 */
function byteDecoder(encoding: EncodingName, offset: number, input: string | undefined, diagnostics: Diagnostic[]): Push {
  const wide = encoding === 'utf-16le' || encoding === 'utf-16be';
  const le = encoding === 'utf-16le';
  const table = encoding === 'windows-1256' || encoding === 'iso-8859-6' ? CODE_PAGES[encoding] : undefined;
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
  const text = (b: Uint8Array): string => (table ? iconv.decode(b, encoding) : lenient!.decode(b));
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

const concat = (parts: Uint8Array[]): Uint8Array => (parts.length === 1 ? parts[0]! : Buffer.concat(parts));
const latin1 = (b: Uint8Array): string => Buffer.from(b.buffer, b.byteOffset, b.length).toString('latin1');

/**
 * `decode/binary` when the head holds a NUL or ≥ 5% control characters other than tab, line breaks,
 * form feed, escape and ^Z (as git, a NUL alone is enough: text files do not carry them).
 */
function binaryCheck(head: Uint8Array, encoding: EncodingName, offset: number, input?: string): Diagnostic | undefined {
  const step = encoding.startsWith('utf-16') ? 2 : 1;
  let units = 0, controls = 0, nul = 0;
  for (let i = 0; i + step <= head.length; i += step) {
    const c = step === 1 ? head[i]! : encoding === 'utf-16le' ? head[i]! | (head[i + 1]! << 8) : (head[i]! << 8) | head[i + 1]!;
    units++;
    if (c === 0) nul++;
    if (c === 0x7f || (c < 0x20 && !(c >= 9 && c <= 13) && c !== 26 && c !== 27)) controls++;
  }
  if (units === 0 || (nul === 0 && controls * 20 < units)) return undefined;
  const what = step === 1 ? 'bytes' : 'code units';
  const message = `input looks binary: ${controls} of its first ${units} ${what} are control characters, ${nul} of them NUL`;
  return diagnostic('decode/binary', message, input, offset, offset + head.length);
}

/** A streaming decoder: detects from the first 64 KiB (past any ASCII prefix) and keeps byte offsets across chunks. */
export function createDecoder(options: DecodeOptions = {}): StreamDecoder {
  const declared = options.encoding === undefined ? undefined : normalizeEncodingName(options.encoding);
  const input = options.input;
  const diagnostics: Diagnostic[] = [];
  let found: (DetectedEncoding & { detected: boolean }) | undefined;
  let push: Push | undefined;
  let phase: 'head' | 'ascii' | 'sample' = 'head';
  let pending: Uint8Array[] = [];
  let pendingLength = 0;
  let seen = 0; // bytes written so far
  let ended = false;

  const start = (d: DetectedEncoding, detected: boolean, at: number): void => {
    found = { ...d, detected };
    push = byteDecoder(d.encoding, at, input, diagnostics);
  };
  // Decides the encoding once enough bytes are buffered (or at the end); returns the text it can give.
  const decide = (final: boolean): string => {
    if (pendingLength < DETECT_WINDOW && !final) return '';
    const data = concat(pending);
    pending = [];
    pendingLength = 0;
    if (phase === 'head') {
      const head = data.subarray(0, DETECT_WINDOW);
      const bom = declared ? detectBom(head) : undefined;
      const d: DetectedEncoding | undefined = declared
        ? { encoding: declared, bom: bom?.encoding === declared ? bom.bom : 0, confidence: 1 }
        : detectBom(head) ?? detectUtf16(head);
      const binary = binaryCheck(head.subarray(d?.bom ?? 0), d?.encoding ?? 'utf-8', d?.bom ?? 0, input);
      if (binary) diagnostics.push(binary);
      if (d) {
        start(d, !declared, d.bom);
        return push!(data.subarray(d.bom), false);
      }
      phase = 'ascii';
    }
    // An ASCII prefix reads the same in utf-8, 1256 and 8859-6: pass it through and decide on what follows.
    const p = firstNonAscii(data);
    const prefix = latin1(data.subarray(0, p));
    if (p === data.length && !final) return prefix;
    const rest = data.subarray(p);
    if (rest.length < DETECT_WINDOW && !final) {
      phase = 'sample';
      pending = [rest.slice()];
      pendingLength = rest.length;
      return prefix;
    }
    start(detectByteEncoding(rest.subarray(0, DETECT_WINDOW)), true, seen - rest.length);
    return prefix + push!(rest, false);
  };

  const buffer = (part: Uint8Array): string => {
    pendingLength += part.length;
    pending.push(pendingLength < DETECT_WINDOW ? part.slice() : part); // copied when kept past this call
    return decide(false);
  };

  return {
    write(chunk) {
      if (ended) throw new RasdError('E_USAGE', 'write() called after end() on a decoder');
      seen += chunk.length;
      if (push) return push(chunk, false);
      if (phase !== 'ascii') return buffer(chunk);
      const p = firstNonAscii(chunk);
      if (p === chunk.length) return latin1(chunk);
      phase = 'sample';
      return latin1(chunk.subarray(0, p)) + buffer(chunk.subarray(p));
    },
    end() {
      if (ended) throw new RasdError('E_USAGE', 'end() called twice on a decoder');
      ended = true;
      const text = push ? '' : decide(true);
      const tail = push!(EMPTY, true);
      if (seen === 0) diagnostics.push(diagnostic('decode/empty', 'input is empty', input, 0, 0, 'info'));
      return text + tail;
    },
    diagnostics,
    get encoding() { return found?.encoding; },
    get bom() { return (found?.bom ?? 0) > 0; },
    get detected() { return found?.detected ?? false; },
    get confidence() { return found?.confidence ?? 0; },
  };
}

/** Decodes bytes into text, detecting the encoding when none is declared. Never throws on bad bytes. */
export function decode(bytes: Uint8Array, options: DecodeOptions = {}): DecodeResult {
  const d = createDecoder(options);
  const text = d.write(bytes) + d.end();
  return { text, encoding: d.encoding!, bom: d.bom, detected: d.detected, confidence: d.confidence, diagnostics: d.diagnostics };
}
