/**
 * A list of small ids per document (its entities, speakers or credits), kept flat: one pool of ids
 * and, per docno, where its list starts and how long it is. Counting facets over tens of thousands
 * of matches then reads typed arrays, with no map lookup or array object per document.
 */
import { grown } from '../../text/grow.js';

export class IdLists {
  /** The ids of every list, end to end. */
  pool = new Int32Array(4096);
  /** Where the list of docno d starts in `pool`. */
  start = new Int32Array(1024);
  /** How many ids docno d has (0: none). */
  length = new Int32Array(1024);
  private used = 0;

  /** Sets the ids of docno `d` (replacing any it had). */
  set(d: number, ids: readonly number[]): void {
    if (d >= this.start.length) {
      const n = Math.max(d + 1, this.start.length * 2);
      this.start = grown(this.start, n);
      this.length = grown(this.length, n);
    }
    if (this.used + ids.length > this.pool.length) this.pool = grown(this.pool, Math.max(this.used + ids.length, this.pool.length * 2));
    this.start[d] = this.used;
    this.length[d] = ids.length;
    for (let i = 0; i < ids.length; i++) this.pool[this.used + i] = ids[i]!;
    this.used += ids.length;
  }

  /** Whether docno d's list holds `id`. */
  includes(d: number, id: number): boolean {
    if (d >= this.length.length) return false;
    for (let k = this.start[d]!, end = k + this.length[d]!; k < end; k++) if (this.pool[k] === id) return true;
    return false;
  }

  /** Adds one to `counts[id]` for each id of docno d. */
  countInto(d: number, counts: Int32Array): void {
    if (d >= this.length.length) return;
    for (let k = this.start[d]!, end = k + this.length[d]!; k < end; k++) counts[this.pool[k]!]!++;
  }

  /** Whether any id of docno d is in `ids`. */
  some(d: number, ids: ReadonlySet<number>): boolean {
    if (d >= this.length.length) return false;
    for (let k = this.start[d]!, end = k + this.length[d]!; k < end; k++) if (ids.has(this.pool[k]!)) return true;
    return false;
  }
}
