/**
 * An analyser that finds, folds and tells apart words as {@link Analyzer} does, but leaves the
 * reading of each new word to someone else (a worker thread running {@link Analyzer.wordTerm} with
 * the same options). Each distinct word gets a key, which its terms carry in place of a term id,
 * and is queued with its token kind until {@link DeferredAnalyzer.takeWords} hands it out. The key's
 * term, or none for a stopword, is known once the reader answers. The words are queued as code
 * units, not strings: they go to another thread, which makes its own strings of them.
 */
import { Analyzer } from './analyze.js';
import { grown } from './grow.js';
import { decodeUnits } from './normalize.js';
import type { Kind } from './scan-tokens.js';

/**
 * Words given keys, in key order: word `i`, of token kind `kinds[i]`, is the code units
 * `units[ends[i - 1] .. ends[i])` (from 0 for the first) and has key `first + i`.
 */
export interface NewWords {
  first: number;
  kinds: Uint8Array;
  units: Uint16Array;
  ends: Int32Array;
}

/** The code units of word `i` of a batch, as a string. */
export function wordOf(words: NewWords, i: number): string {
  const from = i === 0 ? 0 : words.ends[i - 1]!;
  return decodeUnits(words.units.subarray(from), words.ends[i]! - from);
}

export class DeferredAnalyzer extends Analyzer {
  private kinds = new Uint8Array(1024);
  private units = new Uint16Array(8192);
  private ends = new Int32Array(1024);
  private count = 0;
  private unitCount = 0;
  private nextKey = 0;
  private firstQueued = 0;

  protected override resolveUnits(kind: Kind, units: Uint16Array, len: number): number {
    this.room(len);
    this.units.set(units.subarray(0, len), this.unitCount);
    return this.queue(kind, len);
  }

  protected override resolve(kind: Kind, word: string): number {
    this.room(word.length);
    for (let i = 0; i < word.length; i++) this.units[this.unitCount + i] = word.charCodeAt(i);
    return this.queue(kind, word.length);
  }

  /** Room for `len` more units. */
  private room(len: number): void {
    if (this.unitCount + len > this.units.length) this.units = grown(this.units, Math.max(this.units.length * 2, this.unitCount + len));
  }

  /** Queues the word whose `len` units were just added; gives it the next key. */
  private queue(kind: Kind, len: number): number {
    if (this.count === this.kinds.length) {
      this.kinds = grown(this.kinds, this.count * 2);
      this.ends = grown(this.ends, this.count * 2);
    }
    this.unitCount += len;
    this.kinds[this.count] = kind;
    this.ends[this.count++] = this.unitCount;
    return this.newEntry(this.nextKey++);
  }

  /** The words given keys since the last call, in arrays of their own (which may be handed to another thread). */
  takeWords(): NewWords {
    const taken: NewWords = {
      first: this.firstQueued,
      kinds: this.kinds.slice(0, this.count),
      units: this.units.slice(0, this.unitCount),
      ends: this.ends.slice(0, this.count),
    };
    this.count = 0;
    this.unitCount = 0;
    this.firstQueued = this.nextKey;
    return taken;
  }
}
