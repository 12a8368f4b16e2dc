/** Streams an input (a file path, or stdin when none) as decoded text chunks. */
import { createReadStream, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import type { Diagnostic } from '../errors.js';
import { createDecoder } from '../text/decode.js';

export interface InputChunks {
  /** The input's name for messages: its path or `<stdin>`. */
  name: string;
  /** Decoded text, chunk by chunk. */
  chunks: AsyncGenerator<string>;
  /** Decoding diagnostics, complete once `chunks` is exhausted. */
  diagnostics: Diagnostic[];
  /** The file's size in bytes, known before it is read; undefined for stdin. */
  size: number | undefined;
}

/** Opens a path (or stdin) and decodes it as it streams, detecting the encoding. */
export function readInput(path: string | undefined, stdin: Readable, encoding?: string): InputChunks {
  const name = path ?? '<stdin>';
  const decoder = createDecoder({ input: name, ...(encoding ? { encoding } : {}) });
  const source: Readable = path ? createReadStream(path, { highWaterMark: 1 << 20 }) : stdin;
  async function* chunks(): AsyncGenerator<string> {
    for await (const chunk of source) {
      const text = decoder.write(chunk as Uint8Array);
      if (text) yield text;
    }
    const rest = decoder.end();
    if (rest) yield rest;
  }
  return { name, chunks: chunks(), diagnostics: decoder.diagnostics, size: path ? fileSize(path) : undefined };
}

/** A file's size, or undefined where it cannot be read (the read stream reports why). */
export function fileSize(path: string): number | undefined {
  try {
    return statSync(path).size;
  } catch {
    return undefined;
  }
}

/** One input line (without its `\n` or `\r\n`) and the offset of its start. */
export interface Line {
  line: string;
  offset: number;
}

/** Splits a stream of text chunks into lines, with each line's offset. */
export async function* lines(chunks: AsyncIterable<string>): AsyncGenerator<Line> {
  for await (const batch of lineBatches(chunks)) yield* batch;
}

/**
 * Splits a stream of text chunks into lines, as the lines each chunk completes: a caller with much
 * work per input waits once per chunk, not once per line.
 */
export async function* lineBatches(chunks: AsyncIterable<string>): AsyncGenerator<Line[]> {
  let carry = '';
  let offset = 0;
  for await (const chunk of chunks) {
    const text = carry + chunk;
    const batch: Line[] = [];
    let from = 0;
    // Search only the new chunk for line breaks: a giant line must not be rescanned per chunk.
    for (let nl = text.indexOf('\n', carry.length); nl >= 0; nl = text.indexOf('\n', from)) {
      const end = nl > from && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      batch.push({ line: text.slice(from, end), offset: offset + from });
      from = nl + 1;
    }
    if (batch.length) yield batch;
    carry = text.slice(from);
    offset += from;
  }
  if (carry) yield [{ line: carry.endsWith('\r') ? carry.slice(0, -1) : carry, offset }];
}
