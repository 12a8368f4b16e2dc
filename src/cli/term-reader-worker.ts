/** A worker thread that reads the words it is sent into terms (see read-words.ts and worker-reader.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { Analyzer } from '../text/analyze.js';
import type { NewWords } from '../text/deferred-analyzer.js';
import { readWords } from './read-words.js';
import { detachOneBuffer } from './detached-buffers.js';

detachOneBuffer();
const analyzer = new Analyzer(workerData ?? {});
parentPort!.on('message', (words: NewWords) => {
  try {
    const terms = readWords(analyzer, words);
    parentPort!.postMessage({ terms }, [terms.bytes.buffer as ArrayBuffer, terms.ends.buffer as ArrayBuffer]);
  } catch (err) {
    parentPort!.postMessage({ error: (err as Error).stack ?? String(err) });
  }
});
