/**
 * The one data flow of Rasd, stage by stage:
 *
 *   read → decode → detect → split → structure   src/ingest (extractInputs): inputs → clean articles, streamed
 *   → known                                       articles the store holds already are dropped, so nothing is analysed twice
 *   → analyse                                     src/analysis: entities, quotes, times, quantities (worker threads on long runs)
 *   → dedupe → store/index                        the sink: the store clusters each story as it indexes (src/search/index)
 *
 * `rasd extract`, `rasd ingest` and `rasd demo` run {@link articleFlow}; the API, which works
 * within each request's time, runs the same stages one article at a time ({@link analyseOne}).
 */
import type { Article } from './core/article.js';
import type { InputResult } from './core/input-result.js';
import { analyseResults } from './analysis/analyse-stream.js';
import { defaultWorkers } from './analysis/pool.js';
import { extractInputs, type InputsOptions } from './ingest/extract-inputs.js';

export { analyseArticle as analyseOne } from './analysis/analyse-article.js';
export type { InputResult } from './core/input-result.js';

export interface PipelineOptions extends Omit<InputsOptions, 'digests'> {
  /** Analyse each article (default true); false gives the bare structure. */
  analyse?: boolean;
  /**
   * Worker threads that analyse while this thread extracts (default: {@link defaultWorkers}).
   * They start only once a run proves large; 0 keeps everything on this thread.
   */
  workers?: number;
  /**
   * Articles this says are stored already are dropped before analysis and counted in `known` (a
   * re-ingest). When it is given, articles carry `source.digest`, so the same input read again is
   * known by it even once cleaning has learned more and the id has changed.
   */
  known?: (a: Pick<Article, 'id' | 'source'>) => boolean;
  /** Stops the run: the analysis workers are stopped at once and the results stop. */
  signal?: AbortSignal;
  /** Told how many articles each result extracted, before anything drops or holds them. */
  onExtracted?: (articles: number) => void;
}

/** The inputs' results (`-` is stdin) through every stage up to the sink, in input order. */
export function articleFlow(inputs: readonly string[], stdin: NodeJS.ReadableStream, o: PipelineOptions = {}): AsyncGenerator<InputResult> {
  const { analyse = true, workers = defaultWorkers(), known, signal, onExtracted, ...extract } = o;
  let flow = extractInputs(inputs, stdin, { ...extract, digests: known !== undefined });
  if (onExtracted) flow = counted(flow, onExtracted);
  if (known) flow = withoutKnown(flow, known);
  if (analyse) flow = analyseResults(flow, workers, signal);
  return flow;
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
