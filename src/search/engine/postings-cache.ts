/** Decoded postings of recently queried terms, kept up to a byte budget, least recently used out first. */
import { decodePostings, type PostingRow, type Postings } from '../index/postings.js';
import type { IndexStorage } from '../index/storage.js';

interface Entry {
  rows: PostingRow[];
  postings: Postings;
  bytes: number;
}

export class PostingsCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;
  private generation = -1;

  constructor(private readonly storage: IndexStorage, private readonly budget = 128 << 20) {}

  /** Empties the cache when the index changed since it was filled. */
  check(generation: number): void {
    if (generation === this.generation) return;
    this.entries.clear();
    this.bytes = 0;
    this.generation = generation;
  }

  /** How many documents hold `term`: from its postings when they are here, else counted by the storage without reading them. */
  count(term: string): number {
    return this.entries.get(term)?.postings.length ?? this.storage.documentCount(term);
  }

  get(term: string): Entry {
    const hit = this.entries.get(term);
    if (hit) {
      this.entries.delete(term);
      this.entries.set(term, hit);
      return hit;
    }
    const rows = this.storage.postings(term);
    const postings = decodePostings(rows);
    let bytes = postings.docs.byteLength + postings.masks.byteLength + postings.tfs.byteLength;
    for (const r of rows) bytes += r.docs.byteLength + r.positions.byteLength;
    const entry = { rows, postings, bytes };
    this.entries.set(term, entry);
    this.bytes += bytes;
    for (const [k, e] of this.entries) {
      if (this.bytes <= this.budget || k === term) break;
      this.entries.delete(k);
      this.bytes -= e.bytes;
    }
    return entry;
  }
}
