/**
 * The analyse stage of the pipeline (src/pipeline.ts), on a stream of results: each article gets
 * its entities, quotes, time expressions and quantities (analyse-article.ts). Short runs are
 * analysed on this thread; long ones on worker threads (pool.ts) while extraction goes on.
 */
import type { InputResult } from '../core/input-result.js';
import { analyseArticle } from './analyse-article.js';
import { AnalysisPool } from './pool.js';

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

/**
 * Results with their articles analysed (entities, quotes, times, quantities), in order: the first {@link POOL_AFTER} articles are held
 * back; a run that ends with no more is tagged on this thread, a longer one on worker threads
 * while extraction goes on (a bounded number of articles in flight).
 */
export async function* analyseResults(source: AsyncGenerator<InputResult>, workers: number, signal?: AbortSignal): AsyncGenerator<InputResult> {
  let pool: AnalysisPool | null = null;
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
        pool = new AnalysisPool(workers);
        if (signal?.aborted) stop();
      }
      for (const x of held ?? [r]) {
        if (!pool) {
          yield { ...x, articles: x.articles.map(analyseArticle) };
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
    for (const x of held ?? []) yield { ...x, articles: x.articles.map(analyseArticle) };
    while (inFlight.length) yield await next();
  } finally {
    signal?.removeEventListener('abort', stop);
    for (const f of inFlight) f.result.catch(() => {});
    await pool?.close();
  }
}
