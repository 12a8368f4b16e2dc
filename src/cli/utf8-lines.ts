/**
 * A UTF-8 file's lines as byte spans, for `rasd analyze`, which reads most lines without decoding
 * them (see text/scan-utf8.ts). The file qualifies when the streaming decoder (see read-input.ts)
 * decides from its head that it is UTF-8 and finds no problem there but bad bytes; a line's text
 * is decoded only when asked for, with the decoder's own diagnostics for bytes that are not UTF-8.
 */
import { createReadStream, closeSync, openSync, readSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import type { Diagnostic } from '../errors.js';
import { byteDecoder } from '../text/byte-decoder.js';
import { createDecoder } from '../text/decode.js';

/** Bytes of a file's head that decide whether it is read as bytes. */
const HEAD = 1 << 20;
const INVALID = 'decode/invalid-bytes';

/** The lines a read of the file completes: line `i` is `bytes[starts[i]..ends[i])`, without its \n or \r\n. */
export interface ByteLines {
  bytes: Buffer;
  starts: number[];
  ends: number[];
  /** The file offset of `bytes[0]`. */
  offset: number;
}

/**
 * Where the text of a file starts (past a UTF-8 BOM) when its head is UTF-8, or -1 (another
 * encoding, not decided within the head, binary, or not readable): such a file is read as text.
 */
export function utf8Start(path: string, encoding: string | undefined): number {
  let head: Buffer;
  try {
    const fd = openSync(path, 'r');
    try {
      head = Buffer.allocUnsafe(HEAD);
      head = head.subarray(0, readSync(fd, head, 0, HEAD, 0));
    } finally {
      closeSync(fd);
    }
  } catch {
    return -1;
  }
  const decoder = createDecoder(encoding ? { encoding } : {});
  try {
    decoder.write(head);
  } catch {
    return -1;
  }
  // Bad bytes are reported again as their lines are read (see lineText); any other problem (a binary
  // head) is the text reader's to report.
  const clean = decoder.diagnostics.every((d) => d.code === INVALID);
  return decoder.encoding === 'utf-8' && clean ? (decoder.bom ? 3 : 0) : -1;
}

/** The lines of a file from byte `from`, batch by batch (one per read that ends a line), as byte spans. */
export async function* utf8LineBatches(path: string, from: number): AsyncGenerator<ByteLines> {
  // The reads since the last line break: a line longer than a read is joined once it ends, not
  // copied again at every read.
  let pending: Buffer[] = [];
  let pendingLength = 0;
  let offset = from;
  for await (const chunk of createReadStream(path, { start: from, highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    const first = chunk.indexOf(10);
    if (first < 0) {
      pending.push(chunk);
      pendingLength += chunk.length;
      continue;
    }
    const bytes: Buffer = pending.length ? Buffer.concat([...pending, chunk]) : chunk;
    const starts: number[] = [];
    const ends: number[] = [];
    let at = 0;
    for (let nl = pendingLength + first; nl >= 0; nl = bytes.indexOf(10, at)) {
      starts.push(at);
      ends.push(nl > at && bytes[nl - 1] === 13 ? nl - 1 : nl);
      at = nl + 1;
    }
    yield { bytes, starts, ends, offset };
    pending = at < bytes.length ? [bytes.subarray(at)] : [];
    pendingLength = bytes.length - at;
    offset += at;
  }
  if (pendingLength) {
    const bytes = Buffer.concat(pending);
    yield { bytes, starts: [0], ends: [bytes[bytes.length - 1] === 13 ? bytes.length - 1 : bytes.length], offset };
  }
}

/**
 * A line's text: as is where it is UTF-8, else through the decoder, which puts U+FFFD for each run
 * of bad bytes and reports it at its place in the file (`offset` is the file offset of `start`).
 */
export function lineText(bytes: Buffer, start: number, end: number, offset: number, input: string, diagnostics: Diagnostic[]): string {
  const line = bytes.subarray(start, end);
  if (isUtf8(line)) return line.toString('utf8');
  return byteDecoder('utf-8', offset, input, diagnostics)(line, true);
}
