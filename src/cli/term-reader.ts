/**
 * Who reads the new words of `rasd analyze` on the calling thread: a small input's, for which
 * starting a worker (worker-reader.ts) would cost more than it saves.
 */
import { Analyzer, type AnalyzerOptions } from '../text/analyze.js';
import { readWords } from './read-words.js';
import type { TermReader } from './worker-reader.js';

export type { TermReader } from './worker-reader.js';

/** Reads words on the calling thread. */
export function localReader(options: Partial<AnalyzerOptions> = {}): TermReader {
  const analyzer = new Analyzer(options);
  return {
    read: (words) => Promise.resolve(readWords(analyzer, words)),
    close: () => {},
  };
}
