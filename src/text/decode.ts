/**
 * Bytes → text. The encoding is declared or detected (see `detect-encoding.ts`); bad bytes become
 * one U+FFFD and one `decode/invalid-bytes` diagnostic per maximal run, and nothing is thrown.
 * `decode` is the streaming decoder fed one chunk, so chunked and whole decoding agree by construction.
 */
import { RasdError, type Diagnostic } from '../errors.js';
import { EMPTY, byteDecoder, concat, diagnostic, latin1, type Push } from './byte-decoder.js';
import {
  DETECT_WINDOW, detectBom, detectByteEncoding, detectUtf16, firstNonAscii,
  normalizeEncodingName, type DetectedEncoding, type EncodingName,
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
  return diagnostic('decode/binary', message, input, offset, offset + head.length, 'error');
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
