/**
 * Bundled resources compiled to bytes. Parsing the lexicon's 93k lines at every start cost more than
 * the rest of a worker's start-up; its compiled form is read in a few milliseconds. `npm run build`
 * compiles each resource into `dist/compiled/NAME.bin` (see compile-data.ts). The file records a
 * hash of the data files it was made from, and is used only while they are unchanged: a missing or
 * stale file is no error, the resource is parsed from its texts as before.
 */
import { readFileSync } from 'node:fs';
import { RasdError } from '../errors.js';
import { DATA_DIR } from './read-data.js';

/** Where compiled resources are kept: dist/compiled from dist/text (none next to src/, where tsx runs). */
export const COMPILED_DIR = new URL('../compiled/', import.meta.url);

const MAGIC = 0x31445352; // "RSD1"
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
 * Two 32-bit hashes of the sources' bytes (FNV-1a, and a multiplicative one with another prime), and
 * their lengths: 64 bits, so that an edited data file never passes for the one a file was made from.
 */
function hashBytes(sources: readonly Uint8Array[]): [number, number] {
  let a = 0x811c9dc5 | 0;
  let b = 0x9e3779b9 | 0;
  for (const s of sources) {
    for (let i = 0; i < s.length; i++) {
      const c = s[i]!;
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b + c, 0x85ebca6b) ^ (b >>> 13);
    }
    a = Math.imul(a ^ s.length, 0x01000193);
    b = Math.imul(b + s.length, 0x85ebca6b) ^ (b >>> 13);
  }
  return [a, b];
}
