/** Inputs → articles, one input at a time: read, decode, detect the format, extract. Shared by `extract` and `ingest`. */
import type { Diagnostic } from '../errors.js';
import { decode } from '../text/decode.js';
import type { Article } from './article.js';
import { detectFormat } from './detect-format.js';
import { extractText } from './extract-text.js';
import type { FieldMap } from './records/field-map.js';
import { readInputs } from './read-inputs.js';

export interface InputsOptions {
  outlet?: string | null;
  map?: FieldMap;
  encoding?: string;
}

/** What one input gave: its articles, the problems found, and its size in bytes. */
export interface InputResult {
  name: string;
  bytes: number;
  articles: Article[];
  diagnostics: Diagnostic[];
}

/** Extracts every input in turn (`-` is stdin); an unreadable input yields its diagnostic and the run goes on. */
export async function* extractInputs(inputs: readonly string[], stdin: NodeJS.ReadableStream, o: InputsOptions = {}): AsyncGenerator<InputResult> {
  for await (const item of readInputs(inputs, stdin)) {
    if ('error' in item) {
      yield { name: item.name, bytes: 0, articles: [], diagnostics: [{ code: 'extract/unreadable', message: item.error, input: item.name, start: 0, end: 0, unit: 'byte', severity: 'error' }] };
      continue;
    }
    const decoded = decode(item.bytes, { input: item.name, ...(o.encoding ? { encoding: o.encoding } : {}) });
    if (decoded.diagnostics.some((d) => d.code === 'decode/binary')) {
      yield { name: item.name, bytes: item.bytes.length, articles: [], diagnostics: decoded.diagnostics };
      continue;
    }
    const format = detectFormat(item.name, decoded.text.slice(0, 512));
    const found = extractText(decoded.text, { path: item.name, format, outlet: o.outlet ?? null, ...(o.map ? { map: o.map } : {}) });
    yield { name: item.name, bytes: item.bytes.length, articles: found.articles, diagnostics: [...decoded.diagnostics, ...found.diagnostics] };
  }
}
