/**
 * Bundled resources compiled to bytes. Parsing the lexicon's 93k lines at every start cost more than
 * the rest of a worker's start-up; its compiled form is read in a few milliseconds. `npm run build`
 * compiles each resource into `dist/compiled/NAME.bin` (see compile-data.ts). The file records a
 * hash of the data files it was made from, and is used only while they are unchanged: a missing or
 * stale file is no error, the resource is parsed from its texts as before.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { RasdError } from '../errors.js';
import { DATA_DIR } from './read-data.js';

/** Where compiled resources are kept: dist/compiled from dist/text (none next to src/, where tsx runs). */
export const COMPILED_DIR = new URL('../compiled/', import.meta.url);

/** "RSD3": the third layout of the tables (a slot holds its word and value); a file of another is stale. */
const MAGIC = 0x33445352;
/** Int32s before the body: magic, two hashes of the sources, the body's length. */
const HEAD_INTS = 4;
const HEAD_BYTES = HEAD_INTS * 4;

/** A resource made from data files (paths under data/) that can be compiled to bytes and read back. */
export interface CompiledResource<T> {
  name: string;
  sources: readonly string[];
  /** The resource parsed from its sources' texts, in the order of `sources`. */
  parse(texts: string[]): T;
  toBytes(value: T): Uint8Array;
  fromBytes(bytes: Uint8Array): T;
}

/** The resource: from its compiled file when that was made from these very sources, else parsed. */
export function loadCompiled<T>(resource: CompiledResource<T>, dir: URL = COMPILED_DIR): T {
  const sources = resource.sources.map(readSource);
  const [h1, h2] = hashBytes(sources);
  const file = readCompiled(new URL(`${resource.name}.bin`, dir));
  if (file && file.length >= HEAD_BYTES) {
    const head = new Int32Array(file.buffer, file.byteOffset, HEAD_INTS);
    if (head[0] === MAGIC && head[1] === h1 && head[2] === h2 && head[3] === file.length - HEAD_BYTES) return resource.fromBytes(file.subarray(HEAD_BYTES));
  }
  return resource.parse(sources.map((b) => b.toString('utf8')));
}

/** The compiled file of a resource, made from its sources as they are now. */
export function compileResource<T>(resource: CompiledResource<T>): Uint8Array {
  const sources = resource.sources.map(readSource);
  const [h1, h2] = hashBytes(sources);
  const body = resource.toBytes(resource.parse(sources.map((b) => b.toString('utf8'))));
  const out = new Uint8Array(HEAD_BYTES + body.length);
  out.set(new Uint8Array(new Int32Array([MAGIC, h1, h2, body.length]).buffer));
  out.set(body, HEAD_BYTES);
  return out;
}

function readSource(path: string): Buffer {
  try {
    return readFileSync(new URL(path, DATA_DIR));
  } catch (err) {
    throw new RasdError('E_DATA', `cannot read bundled data file "data/${path}"`, { cause: err });
  }
}

/** A compiled file's bytes, 8-aligned (its arrays are viewed in place), or null when there is none. */
function readCompiled(file: URL): Uint8Array | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return null;
  }
  return bytes.byteOffset % 8 === 0 ? bytes : new Uint8Array(bytes);
}

/**
 * 64 bits of the sources' SHA-1 (their lengths included), so that an edited data file never passes
 * for the one a file was made from. Native hashing: a loop over the bytes here cost more than
 * reading the compiled file, at every start of every thread.
 */
function hashBytes(sources: readonly Uint8Array[]): [number, number] {
  const hash = createHash('sha1');
  for (const s of sources) {
    hash.update(s);
    hash.update(String(s.length));
  }
  const digest = hash.digest();
  return [digest.readInt32LE(0), digest.readInt32LE(4)];
}
