/**
 * The per-document facts of every indexed article, in columns indexed by docno: field lengths for
 * BM25F, day, month, outlet and credits for filters and facets, and the story cluster.
 */
import { bitset, setBit, type Bitset } from './bitset.js';
import type { DocRow } from '../index/storage.js';
import { IdLists } from './id-lists.js';

const NONE = -1;

function grow<T extends Int32Array | Uint32Array>(a: T, n: number): T {
  if (n <= a.length) return a;
  const b = new (a.constructor as new (n: number) => T)(Math.max(n, a.length * 2));
  b.set(a);
  if (b instanceof Int32Array) b.fill(NONE, a.length);
  return b;
}

/** Strings → small numbers, for facet counting. */
class Names {
  readonly list: string[] = [];
  private readonly ids = new Map<string, number>();
  id(s: string): number {
    let i = this.ids.get(s);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(s);
      this.ids.set(s, i);
    }
    return i;
  }
  get(s: string): number | undefined {
    return this.ids.get(s);
  }
}

export class DocTable {
  maxDoc = 0;
  count = 0;
  lengths = new Uint32Array(4 * 1024);
  readonly lengthSums = [0, 0, 0, 0];
  day = new Int32Array(1024).fill(NONE);
  month = new Int32Array(1024).fill(NONE);
  outlet = new Int32Array(1024).fill(NONE);
  cluster = new Int32Array(1024).fill(NONE);
  /** Credit ids of each document. */
  readonly credits = new IdLists();
  /** Entity ids (see `entityIds`) of each document. */
  readonly entities = new IdLists();
  /** Canonical entity ids ↔ small numbers. */
  readonly entityIds = new Names();
  /** Speaker ids (see `entityIds`) of each document. */
  readonly speakers = new IdLists();
  /** Event key ids (see `eventKeys`) of each document. */
  readonly events = new IdLists();
  /** `ASSAULT`, `ASSAULT/aerial` … ↔ small numbers. */
  readonly eventKeys = new Names();
  /** Actor and recipient ids (see `entityIds`) of each document's events. */
  readonly actors = new IdLists();
  readonly outlets = new Names();
  readonly months = new Names();
  readonly creditNames = new Names();
  /** Every indexed docno. */
  all: Bitset = bitset(1024);

  add(r: DocRow): void {
    const d = r.docno;
    this.lengths = grow(this.lengths, 4 * (d + 1));
    this.day = grow(this.day, d + 1);
    this.month = grow(this.month, d + 1);
    this.outlet = grow(this.outlet, d + 1);
    this.cluster = grow(this.cluster, d + 1);
    if (this.all.length <= d >>> 5) {
      const b = bitset(Math.max(d, this.all.length * 64));
      b.set(this.all);
      this.all = b;
    }
    for (let f = 0; f < 4; f++) {
      this.lengths[4 * d + f] = r.lengths[f]!;
      this.lengthSums[f]! += r.lengths[f]!;
    }
    this.day[d] = r.day ?? NONE;
    this.month[d] = r.month ? this.months.id(r.month) : NONE;
    this.outlet[d] = r.outlet ? this.outlets.id(r.outlet) : NONE;
    this.cluster[d] = r.cluster;
    const credits = r.credits.split(' ').filter(Boolean);
    if (credits.length) this.credits.set(d, credits.map((c) => this.creditNames.id(c)));
    if (r.entities) this.entities.set(d, r.entities.split('\n').map((c) => this.entityIds.id(c)));
    if (r.speakers) this.speakers.set(d, r.speakers.split('\n').map((c) => this.entityIds.id(c)));
    if (r.events) this.events.set(d, r.events.split('\n').map((k) => this.eventKeys.id(k)));
    if (r.actors) this.actors.set(d, r.actors.split('\n').map((c) => this.entityIds.id(c)));
    setBit(this.all, d);
    this.maxDoc = Math.max(this.maxDoc, d);
    this.count++;
  }

  /** Average length of field f over the indexed documents. */
  avgLength(f: number): number {
    return this.count ? Math.max(1, this.lengthSums[f]! / this.count) : 1;
  }

  /** A fresh empty set sized for this table. */
  empty(): Bitset {
    return new Uint32Array(this.all.length);
  }
}
