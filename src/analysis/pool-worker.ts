/** A worker thread that finds the entities of the articles it is sent (see pool.ts). */
import { parentPort } from 'node:worker_threads';
import type { Article } from '../core/article.js';
import { analyseArticle } from './analyse-article.js';

parentPort!.on('message', (m: { id: number; articles: Article[] }) => {
  try {
    parentPort!.postMessage({ id: m.id, articles: m.articles.map(analyseArticle) });
  } catch (err) {
    parentPort!.postMessage({ id: m.id, error: (err as Error).stack ?? String(err) });
  }
});
