/**
 * An analyser that finds, folds and tells apart words as {@link Analyzer} does, but leaves the
 * reading of each new word to someone else (a worker thread running {@link Analyzer.wordTerm} with
 * the same options). Each distinct word gets a key, which its terms carry in place of a term id,
 * and is queued with its token kind until {@link DeferredAnalyzer.takeWords} hands it out. The key's
 * term, or none for a stopword, is known once the reader answers.
 */
import { Analyzer } from './analyze.js';
import type { Kind } from './scan-tokens.js';

/** Words given keys, in key order: `words[i]` (of token kind `kinds[i]`) has key `first + i`. */
export interface NewWords {
  first: number;
  kinds: number[];
  words: string[];
}

export class DeferredAnalyzer extends Analyzer {
  private kinds: number[] = [];
  private words: string[] = [];
  private nextKey = 0;
  private firstQueued = 0;

  protected override resolve(kind: Kind, word: string): number {
    this.kinds.push(kind);
    this.words.push(word);
    return this.newEntry(this.nextKey++);
  }

  /** The words given keys since the last call. */
  takeWords(): NewWords {
    const taken = { first: this.firstQueued, kinds: this.kinds, words: this.words };
    this.kinds = [];
    this.words = [];
    this.firstQueued = this.nextKey;
    return taken;
  }
}
