/**
 * Request bodies → values, replacing Fastify's own JSON and text parsers. The bytes are decoded
 * as `rasd extract` decodes files (src/text/decode.ts), so invalid UTF-8 becomes U+FFFD *and* a
 * `decode/invalid-bytes` diagnostic naming its byte offset; a JSON body is scanned for its depth
 * and size before JSON.parse runs, and keys named `__proto__` are dropped while parsing.
 */
import type { FastifyInstance } from 'fastify';
import { RasdError, type Diagnostic } from '../errors.js';
import { decode } from '../text/decode.js';
import { ApiError } from './errors.js';
import { scanJson } from './json-scan.js';
import { API_INPUT } from './body-articles.js';
import { MAX_JSON_DEPTH, MAX_RECORDS } from './schemas.js';

/** A parsed `application/json` body and what decoding and parsing found in it. */
export interface JsonBody {
  kind: 'json';
  value: unknown;
  diagnostics: Diagnostic[];
}

/** A decoded `text/plain` body and what decoding found in it. */
export interface TextBody {
  kind: 'text';
  text: string;
  diagnostics: Diagnostic[];
}

export type RequestBody = JsonBody | TextBody;

/** True if `body` came from one of the parsers here. */
export function isRequestBody(body: unknown): body is RequestBody {
  const kind = typeof body === 'object' && body !== null ? (body as { kind?: unknown }).kind : undefined;
  return kind === 'json' || kind === 'text';
}

/** `bytes` as text in `encoding`, with the decoder's diagnostics (an empty body is no problem of the data). */
function decoded(bytes: Buffer, encoding: string): { text: string; diagnostics: Diagnostic[] } {
  const d = decode(bytes, { encoding, input: API_INPUT });
  return { text: d.text, diagnostics: d.diagnostics.filter((x) => x.code !== 'decode/empty') };
}

/** «"__proto__"» is an ordinary key in JSON but sets the prototype when assigned: such keys are dropped, and said so. */
function ignoredKeys(value: unknown, holders: Set<object>): Diagnostic[] {
  if (!holders.size) return [];
  const records = Array.isArray(value) ? value : [value];
  const named = records.flatMap((r, i) => (typeof r === 'object' && r !== null && holders.has(r) ? [Array.isArray(value) ? `${API_INPUT}[${i}]` : API_INPUT] : []));
  const nested = holders.size - named.length;
  const message = 'the key "__proto__" is ignored: it names no field, and could change what the objects read inherit';
  return [
    ...named.map((input): Diagnostic => ({ code: 'api/ignored-key', message, input, start: 0, end: 0, unit: 'char', severity: 'warning' })),
    ...(nested > 0 ? [{ code: 'api/ignored-key', message: `${message} (in ${nested} nested object${nested > 1 ? 's' : ''})`, input: API_INPUT, start: 0, end: 0, unit: 'char', severity: 'warning' } as Diagnostic] : []),
  ];
}

/** An `application/json` body: UTF-8, nested at most {@link MAX_JSON_DEPTH} deep, at most {@link MAX_RECORDS} records. */
export function parseJsonBody(bytes: Buffer): JsonBody {
  const { text, diagnostics } = decoded(bytes, 'utf-8');
  if (!text.trim()) throw new ApiError('bad_request', 'the body is empty: send one JSON record or an array of records');
  const scan = scanJson(text, { depth: MAX_JSON_DEPTH, items: MAX_RECORDS });
  if (scan.tooDeepAt >= 0) {
    throw new ApiError('too_deep', `the JSON body nests objects and arrays more than ${MAX_JSON_DEPTH} deep (at character ${scan.tooDeepAt}); records need a handful of levels`, { position: scan.tooDeepAt });
  }
  if (scan.tooMany) throw new ApiError('too_large', `the body holds more than ${MAX_RECORDS} records; send at most ${MAX_RECORDS} per request`);
  const holders = new Set<object>();
  let value: unknown;
  try {
    value = JSON.parse(text, function (this: object, key: string, v: unknown) {
      if (key !== '__proto__') return v;
      holders.add(this);
      return undefined; // deletes the own property; the prototype is untouched
    });
  } catch (err) {
    throw new ApiError('bad_request', `the body is not valid JSON: ${(err as Error).message}`);
  }
  return { kind: 'json', value, diagnostics: [...diagnostics, ...ignoredKeys(value, holders)] };
}

/** The `charset` parameter of a Content-Type header, or undefined. */
export function charsetOf(contentType: string | undefined): string | undefined {
  const m = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '');
  return m ? m[1] : undefined;
}

/** A `text/plain` body in its declared charset (UTF-8 when none is declared). */
export function parseTextBody(bytes: Buffer, charset: string | undefined): TextBody {
  try {
    return { kind: 'text', ...decoded(bytes, charset ?? 'utf-8') };
  } catch (err) {
    if (err instanceof RasdError && err.code === 'E_ENCODING') {
      throw new ApiError('unsupported_media_type', `the charset "${charset!.slice(0, 40)}" is not supported: send utf-8, utf-16le, utf-16be, windows-1256 or iso-8859-6`);
    }
    throw err;
  }
}

/** Replaces Fastify's JSON and text parsers with the ones above; the body limit still applies first. */
export function installBodyParsers(app: FastifyInstance): void {
  app.removeContentTypeParser(['application/json', 'text/plain']);
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, async (_request: unknown, body: Buffer | string) => parseJsonBody(body as Buffer));
  app.addContentTypeParser('text/plain', { parseAs: 'buffer' }, async (request: { headers: Record<string, string | string[] | undefined> }, body: Buffer | string) =>
    parseTextBody(body as Buffer, charsetOf(request.headers['content-type'] as string | undefined)),
  );
}
