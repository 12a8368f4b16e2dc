/** A worker thread that finds the entities of the articles it is sent (see annotate-pool.ts). */
import { parentPort } from 'node:worker_threads';
import type { Article } from '../ingest/article.js';
import { annotateArticle } from './annotate.js';

parentPort!.on('message', (m: { id: number; articles: Article[] }) => {
  try {
    parentPort!.postMessage({ id: m.id, articles: m.articles.map(annotateArticle) });
  } catch (err) {
    parentPort!.postMessage({ id: m.id, error: (err as Error).stack ?? String(err) });
  }
});
