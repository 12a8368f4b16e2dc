/**
 * The terms of a batch of new words (see DeferredAnalyzer), as the UTF-8 bytes `rasd analyze`
 * prints: read on a worker thread for a large input, on the calling thread for a small one. Bytes
 * travel between threads as one buffer, where a string per term cost a copy and a decoding on each
 * side.
 */
import type { Analyzer } from '../text/analyze.js';
import { wordOf, type NewWords } from '../text/deferred-analyzer.js';

/** Terms as UTF-8: term `i` is `bytes[ends[i - 1] .. ends[i])` (from 0 for the first); an empty one is no term (a stopword). */
export interface TermBytes {
  bytes: Uint8Array;
  ends: Int32Array;
}

/** Reads each word of the batch into its term (the analyser's wordTerm), in order. */
export function readWords(analyzer: Analyzer, words: NewWords): TermBytes {
  const count = words.ends.length;
  const ends = new Int32Array(count);
  // Its own memory, never Node's shared pool: the buffer may be handed to another thread.
  let bytes = new Uint8Array(Math.max(64, words.units.length * 2));
  let view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  let at = 0;
  for (let i = 0; i < count; i++) {
    const term = analyzer.wordTerm(words.kinds[i]!, wordOf(words, i));
    if (term) {
      // A UTF-16 code unit takes at most 3 bytes of UTF-8.
      if (at + term.length * 3 > bytes.length) {
        const more = new Uint8Array(Math.max(bytes.length * 2, at + term.length * 3));
        more.set(bytes.subarray(0, at));
        bytes = more;
        view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
      }
      at += view.write(term, at);
    }
    ends[i] = at;
  }
  return { bytes: bytes.subarray(0, at), ends };
}
