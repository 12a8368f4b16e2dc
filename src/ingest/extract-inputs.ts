/**
 * Inputs → articles, streamed: each input is read chunk by chunk, decoded, its format detected
 * from its name or first characters, and extracted piece by piece (stream/format-reader.ts), so
 * memory stays flat however large the input. Shared by `extract` and `ingest`.
 */
import type { Diagnostic } from '../errors.js';
import { createDecoder } from '../text/decode.js';
import { annotateArticle } from '../entities/annotate.js';
import { AnnotatePool, defaultWorkers } from '../entities/annotate-pool.js';
import type { Article } from './article.js';
import { Profiles } from './chrome/profiles.js';
import { detectFormat } from './detect-format.js';
import type { FieldMap } from './records/field-map.js';
import { readInputs, type InputItem } from './read-inputs.js';
import { FormatReader, type Found } from './stream/format-reader.js';
import type { StreamLimits } from './stream/limits.js';

export interface InputsOptions {
  outlet?: string | null;
  map?: FieldMap;
  encoding?: string;
  limits?: StreamLimits;
  /** Find named entities in each article (default true). */
  entities?: boolean;
  /**
   * Worker threads that find entities while this thread extracts (default: {@link defaultWorkers}).
   * They start only once a run proves large; 0 keeps everything on this thread.
   */
  workers?: number;
  /**
   * Articles this says are known are dropped before analysis and counted in `known` (a re-ingest).
   * When it is given, articles carry `source.digest`: the same input read again is known by it even
   * once cleaning has learned more (an outlet's stored chrome profile) and the id has changed.
   */
  known?: (a: Pick<Article, 'id' | 'source'>) => boolean;
  /** Input texts (by `source.digest`) the profiles have counted before: not counted again (a store's articles read again). */
  counted?: (digest: string) => boolean;
  /** Stops the run: the workers are stopped at once and the results stop. */
  signal?: AbortSignal;
  /** Told how many articles each result extracted, before anything drops or holds them. */
  onExtracted?: (articles: number) => void;
  /** What the run learns of each outlet's chrome, across its inputs (default: one set for the run). */
  profiles?: Profiles;
}

/**
 * Articles held back before entity tagging moves to worker threads: a run that ends with fewer is
 * tagged on this thread (small runs never start a worker), a longer one sends them to the pool,
 * so this thread never loads a tagger of its own beside the workers'.
 */
const POOL_AFTER = 200;
/**
 * Articles waiting for their entities at most, so memory stays bounded while the workers stay busy
 * (a worker tags about 40 articles a second). Counted in articles, not results: an input yields
 * many results with no article (progress), and those must not hold the workers' queue to one batch.
 */
const IN_FLIGHT_ARTICLES = 200;
/** Results held back behind the one in front at most (most of them empty). */
const IN_FLIGHT_RESULTS = 1_000;

/** Part of what one input gave: articles and problems found since the last result for it. */
export interface InputResult {
  name: string;
  /** Bytes of the input read since its previous result. */
  bytes: number;
  articles: Article[];
  diagnostics: Diagnostic[];
  /** Set on the input's last result. */
  done: boolean;
  /** Articles dropped because they are known already (see {@link InputsOptions.known}). */
  known?: number;
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
      reader = new FormatReader({ path: name, format, head: head.slice(0, HEAD), outlet: o.outlet ?? null, ...(o.map ? { map: o.map } : {}), ...(o.limits ? { limits: o.limits } : {}), ...(o.profiles ? { profiles: o.profiles } : {}), ...(o.counted ? { counted: o.counted } : {}), digests: !!o.known });
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

async function* counted(source: AsyncGenerator<InputResult>, tell: (articles: number) => void): AsyncGenerator<InputResult> {
  for await (const r of source) {
    if (r.articles.length) tell(r.articles.length);
    yield r;
  }
}

/** Results without the articles that are known already, so nothing is analysed twice. */
async function* withoutKnown(source: AsyncGenerator<InputResult>, known: (a: Pick<Article, 'id' | 'source'>) => boolean): AsyncGenerator<InputResult> {
  for await (const r of source) {
    if (!r.articles.length) {
      yield r;
      continue;
    }
    const articles = r.articles.filter((a) => !known(a));
    yield articles.length === r.articles.length ? r : { ...r, articles, known: (r.known ?? 0) + r.articles.length - articles.length };
  }
}

/**
 * Results with their articles' entities, in order: the first {@link POOL_AFTER} articles are held
 * back; a run that ends with no more is tagged on this thread, a longer one on worker threads
 * while extraction goes on (a bounded number of articles in flight).
 */
async function* withEntities(source: AsyncGenerator<InputResult>, workers: number, signal?: AbortSignal): AsyncGenerator<InputResult> {
  let pool: AnnotatePool | null = null;
  let held: InputResult[] | null = workers > 0 ? [] : null;
  let heldArticles = 0;
  const inFlight: Array<{ result: Promise<InputResult>; articles: number }> = [];
  let waiting = 0;
  const next = async (): Promise<InputResult> => {
    const head = inFlight.shift()!;
    waiting -= head.articles;
    return head.result;
  };
  const stop = (): void => {
    for (const f of inFlight) f.result.catch(() => {});
    void pool?.close();
  };
  signal?.addEventListener('abort', stop, { once: true });
  try {
    for await (const r of source) {
      if (held) {
        held.push(r);
        heldArticles += r.articles.length;
        if (heldArticles <= POOL_AFTER) continue;
        pool = new AnnotatePool(workers);
        if (signal?.aborted) stop();
      }
      for (const x of held ?? [r]) {
        if (!pool) {
          yield { ...x, articles: x.articles.map(annotateArticle) };
          continue;
        }
        const p = pool;
        const result = x.articles.length ? p.annotate(x.articles).then((articles) => ({ ...x, articles })) : Promise.resolve(x);
        inFlight.push({ result, articles: x.articles.length });
        waiting += x.articles.length;
        while (inFlight.length && (waiting > IN_FLIGHT_ARTICLES || inFlight.length > IN_FLIGHT_RESULTS)) yield await next();
      }
      held = null;
    }
    // A run too small for the pool is tagged here.
    for (const x of held ?? []) yield { ...x, articles: x.articles.map(annotateArticle) };
    while (inFlight.length) yield await next();
  } finally {
    signal?.removeEventListener('abort', stop);
    for (const f of inFlight) f.result.catch(() => {});
    await pool?.close();
  }
}

/** Extracts every input in turn (`-` is stdin); an unreadable input yields its diagnostic and the run goes on. */
export function extractInputs(inputs: readonly string[], stdin: NodeJS.ReadableStream, o: InputsOptions = {}): AsyncGenerator<InputResult> {
  o = o.profiles ? o : { ...o, profiles: new Profiles() };
  const all = o.onExtracted ? counted(extractAll(inputs, stdin, o), o.onExtracted) : extractAll(inputs, stdin, o);
  const results = o.known ? withoutKnown(all, o.known) : all;
  return o.entities === false ? results : withEntities(results, o.workers ?? defaultWorkers(), o.signal);
}
