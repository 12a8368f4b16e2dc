/** A worker thread that finds the entities of the articles it is sent (see pool.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import type { Article } from '../core/article.js';
import type { ModelChoice } from '../ner/model-choice.js';
import { useModel } from '../ner/tagger.js';
import { analyseArticle } from './analyse-article.js';

const { model } = (workerData ?? {}) as { model?: ModelChoice | null };
if (model) useModel(model);

parentPort!.on('message', (m: { id: number; articles: Article[] }) => {
  try {
    parentPort!.postMessage({ id: m.id, articles: m.articles.map(analyseArticle) });
  } catch (err) {
    parentPort!.postMessage({ id: m.id, error: (err as Error).stack ?? String(err) });
  }
});
