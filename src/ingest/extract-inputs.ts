/**
 * Inputs → articles, streamed: the read → decode → detect → split → structure stages of the
 * pipeline (src/pipeline.ts). Each input is read chunk by chunk, decoded, its format detected from
 * its name or first characters, and extracted piece by piece (stream/format-reader.ts), so memory
 * stays flat however large the input. Ingest analyses nothing: that is the pipeline's next stage.
 */
import type { Diagnostic } from '../errors.js';
import type { InputResult } from '../core/input-result.js';
import { createDecoder } from '../text/decode.js';
import { Profiles } from './chrome/profiles.js';
import { detectFormat } from './detect-format.js';
import type { FieldMap } from './records/field-map.js';
import { readInputs, type InputItem } from './read-inputs.js';
import { FormatReader, type Found } from './stream/format-reader.js';
import type { StreamLimits } from './stream/limits.js';

export type { InputResult } from '../core/input-result.js';

export interface InputsOptions {
  outlet?: string | null;
  map?: FieldMap;
  encoding?: string;
  limits?: StreamLimits;
  /**
   * Give each article `source.digest`, the hash of its input text: the same input read again is
   * known by it even once cleaning has learned more (an outlet's stored chrome profile) and the id has changed.
   */
  digests?: boolean;
  /** Input texts (by `source.digest`) the profiles have counted before: not counted again (a store's articles read again). */
  counted?: (digest: string) => boolean;
  /** What the run learns of each outlet's chrome, across its inputs (default: one set for the run). */
  profiles?: Profiles;
}

/** Characters the format is detected from. */
const HEAD = 512;

/** One opened input, streamed: its results as its chunks are read, the last one marked `done`. */
export async function* extractInput(item: Extract<InputItem, { chunks: unknown }>, o: InputsOptions = {}): AsyncGenerator<InputResult> {
  const name = item.name;
  const decoder = createDecoder({ input: name, ...(o.encoding ? { encoding: o.encoding } : {}) });
  let reader: FormatReader | null = null;
  let head = '';
  let seen = 0;
  let total = 0;
  let bytes = 0;
  const decoderDiagnostics = (): Diagnostic[] => {
    const d = decoder.diagnostics.slice(seen);
    seen = decoder.diagnostics.length;
    return d;
  };
  const feed = (text: string, final: boolean): Found => {
    if (!reader) {
      head += text;
      if (head.length < HEAD && !final) return { articles: [], diagnostics: [] };
      const format = detectFormat(name, head.slice(0, HEAD));
      reader = new FormatReader({ path: name, format, head: head.slice(0, HEAD), outlet: o.outlet ?? null, ...(o.map ? { map: o.map } : {}), ...(o.limits ? { limits: o.limits } : {}), ...(o.profiles ? { profiles: o.profiles } : {}), ...(o.counted ? { counted: o.counted } : {}), digests: !!o.digests });
      text = head;
      head = '';
    }
    return reader.push(text);
  };
  const result = (found: Found, before: Diagnostic[], done: boolean): InputResult => {
    const r = { name, bytes, articles: found.articles, diagnostics: before.length ? [...before, ...found.diagnostics] : found.diagnostics, done };
    bytes = 0;
    return r;
  };
  const binary = (ds: Diagnostic[]): boolean => ds.some((d) => d.code === 'decode/binary');

  let failure: Diagnostic | null = null;
  try {
    for await (const chunk of item.chunks) {
      const b = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      bytes += b.length;
      total += b.length;
      const text = decoder.write(b);
      const ds = decoderDiagnostics();
      if (binary(ds)) {
        yield result({ articles: [], diagnostics: [] }, ds, true);
        return;
      }
      yield result(feed(text, false), ds, false);
    }
  } catch (err) {
    const message = `reading stopped after ${total} bytes: ${(err as Error).message}`;
    failure = { code: 'extract/read-failed', message, input: name, start: total, end: total, unit: 'byte', severity: 'error' };
  }
  // What was read before a failure is still extracted.
  const tail = decoder.end();
  // A read that failed before any byte is not an empty input.
  const ds = decoderDiagnostics().filter((d) => !(failure && d.code === 'decode/empty'));
  if (failure) ds.push(failure);
  if (binary(ds)) {
    yield result({ articles: [], diagnostics: [] }, ds, true);
    return;
  }
  const a = feed(tail, true);
  const b = reader!.end();
  yield result({ articles: [...a.articles, ...b.articles], diagnostics: [...a.diagnostics, ...b.diagnostics] }, ds, true);
}

async function* extractAll(inputs: readonly string[], stdin: NodeJS.ReadableStream, o: InputsOptions): AsyncGenerator<InputResult> {
  for await (const item of readInputs(inputs, stdin)) {
    if ('error' in item) {
      yield { name: item.name, bytes: 0, articles: [], diagnostics: [{ code: 'extract/unreadable', message: item.error, input: item.name, start: 0, end: 0, unit: 'byte', severity: 'error' }], done: true };
      continue;
    }
    yield* extractInput(item, o);
  }
}

/** Extracts every input in turn (`-` is stdin); an unreadable input yields its diagnostic and the run goes on. */
export function extractInputs(inputs: readonly string[], stdin: NodeJS.ReadableStream, o: InputsOptions = {}): AsyncGenerator<InputResult> {
  return extractAll(inputs, stdin, o.profiles ? o : { ...o, profiles: new Profiles() });
}
