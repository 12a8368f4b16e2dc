/** A worker thread that reads the words it is sent into terms (see term-reader.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { Analyzer } from '../text/analyze.js';

const analyzer = new Analyzer(workerData ?? {});
parentPort!.on('message', (m: { kinds: number[]; words: string[] }) => {
  try {
    parentPort!.postMessage({ terms: m.words.map((w, i) => analyzer.wordTerm(m.kinds[i]!, w)) });
  } catch (err) {
    parentPort!.postMessage({ error: (err as Error).stack ?? String(err) });
  }
});
