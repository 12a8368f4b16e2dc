/**
 * Accumulates the postings of a run of documents (ascending docnos) in memory, encoded as they
 * arrive, until they are written as one segment.
 */
import type { Analyzer } from '../../text/analyze.js';
import { ByteWriter } from './bytes.js';
import type { DocTerms } from './doc-analysis.js';
import { writePosting, type PostingRow } from './postings.js';

export class SegmentBuilder {
  private docsW: Array<ByteWriter | undefined> = [];
  private posW: Array<ByteWriter | undefined> = [];
  private counts = new Int32Array(1024);
  private last = new Int32Array(1024);
  private used: number[] = [];
  private order = new Uint32Array(1024);
  private readonly tfs = new Uint16Array(4);
  /** Documents added since the last `take`. */
  docs = 0;
  /** Bytes held, roughly. */
  bytes = 0;

  constructor(private readonly analyzer: Analyzer) {}

  /** Adds document `docno` (greater than any added before) with its analysed terms. */
  add(docno: number, d: DocTerms): void {
    const { ids, positions } = d.buffer;
    const n = d.buffer.length;
    if (this.order.length < n) this.order = new Uint32Array(Math.max(n, this.order.length * 2));
    const order = this.order.subarray(0, n);
    for (let i = 0; i < n; i++) order[i] = i;
    order.sort((a, b) => ids[a]! - ids[b]! || a - b);
    const ps = new Int32Array(n);
    for (let i = 0; i < n; i++) ps[i] = positions[order[i]!]!;
    let i = 0;
    while (i < n) {
      const id = ids[order[i]!]!;
      let j = i;
      this.tfs.fill(0);
      while (j < n && ids[order[j]!] === id) this.tfs[d.fields[order[j++]!]!]!++;
      this.ensure(id);
      if (this.counts[id] === 0) this.used.push(id);
      const dw = this.docsW[id]!;
      const pw = this.posW[id]!;
      const before = dw.length + pw.length;
      writePosting(dw, pw, docno - this.last[id]!, this.tfs, ps, i, j);
      this.bytes += dw.length + pw.length - before;
      this.counts[id]!++;
      this.last[id] = docno;
      i = j;
    }
    this.docs++;
  }

  /** The postings held, one row per term, and an empty builder. */
  take(): PostingRow[] {
    const rows: PostingRow[] = [];
    for (const id of this.used) {
      rows.push({ term: this.analyzer.term(id), count: this.counts[id]!, lastDoc: this.last[id]!, docs: this.docsW[id]!.view().slice(), positions: this.posW[id]!.view().slice() });
      // Released, not reset: a writer kept per term ever seen would hold memory that grows with the vocabulary.
      this.docsW[id] = undefined;
      this.posW[id] = undefined;
      this.counts[id] = 0;
      this.last[id] = 0;
    }
    this.used = [];
    this.docs = 0;
    this.bytes = 0;
    return rows;
  }

  private ensure(id: number): void {
    if (id >= this.counts.length) {
      const size = Math.max(id + 1, this.counts.length * 2);
      const c = new Int32Array(size);
      c.set(this.counts);
      this.counts = c;
      const l = new Int32Array(size);
      l.set(this.last);
      this.last = l;
    }
    if (!this.docsW[id]) {
      this.docsW[id] = new ByteWriter(8);
      this.posW[id] = new ByteWriter(8);
    }
  }
}
