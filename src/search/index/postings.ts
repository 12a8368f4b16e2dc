/**
 * Posting lists, as stored. For each term of a segment, two blobs:
 * - docs: per document, the docno delta, a byte whose bits say which fields hold the term, then the
 *   term's frequency in each of those fields;
 * - positions: per document, the byte length of its entry, then the position deltas (all fields),
 *   so a phrase check can skip a document without reading its positions.
 */
import { ByteReader, ByteWriter } from './bytes.js';

/** One term's postings in one segment, as stored. */
export interface PostingRow {
  term: string;
  /** Documents in the list. */
  count: number;
  /** The last (largest) docno in the list. */
  lastDoc: number;
  docs: Uint8Array;
  positions: Uint8Array;
}

/** Decoded postings: docnos ascending, each with its field mask and four field frequencies. */
export interface Postings {
  length: number;
  docs: Int32Array;
  masks: Uint8Array;
  /** `tfs[4 * i + f]`: frequency of the term in field f of document i. */
  tfs: Uint16Array;
}

/** Appends one document to a term's two writers. `positions` are ascending. */
export function writePosting(docs: ByteWriter, pos: ByteWriter, delta: number, tfs: ArrayLike<number>, positions: ArrayLike<number>, from: number, to: number): void {
  docs.varint(delta);
  let mask = 0;
  for (let f = 0; f < 4; f++) if (tfs[f]! > 0) mask |= 1 << f;
  docs.byte(mask);
  for (let f = 0; f < 4; f++) if (tfs[f]! > 0) docs.varint(tfs[f]!);
  let bytes = 0;
  let prev = 0;
  for (let i = from; i < to; i++) {
    const d = positions[i]! - prev;
    prev = positions[i]!;
    bytes += d < 0x80 ? 1 : d < 0x4000 ? 2 : d < 0x200000 ? 3 : 4;
  }
  pos.varint(bytes);
  prev = 0;
  for (let i = from; i < to; i++) {
    pos.varint(positions[i]! - prev);
    prev = positions[i]!;
  }
}

/** Decodes the docs blobs of one term's segments (in docno order) into one list. */
export function decodePostings(rows: ReadonlyArray<Pick<PostingRow, 'count' | 'docs'>>): Postings {
  let n = 0;
  for (const r of rows) n += r.count;
  const docs = new Int32Array(n);
  const masks = new Uint8Array(n);
  const tfs = new Uint16Array(4 * n);
  let i = 0;
  for (const r of rows) {
    const rd = new ByteReader(r.docs);
    let doc = 0;
    for (let k = 0; k < r.count; k++, i++) {
      doc += rd.varint();
      docs[i] = doc;
      const m = rd.byte();
      masks[i] = m;
      for (let f = 0; f < 4; f++) if (m & (1 << f)) tfs[4 * i + f] = Math.min(0xffff, rd.varint());
    }
  }
  return { length: n, docs, masks, tfs };
}

/** Positions of some documents, flat: document k's are `positions[offsets[k] … offsets[k + 1])`, ascending. */
export interface PositionLists {
  offsets: Int32Array;
  positions: Int32Array;
  /** Document k's index in the decoded postings (see {@link decodePostings}), or -1 when absent. */
  index: Int32Array;
}

/**
 * Positions of the documents `wanted` (ascending docnos) from a term's segments, aligned with
 * `wanted` (a document without the term gets an empty range). Two typed arrays, nothing per document.
 */
export function decodePositions(rows: ReadonlyArray<Pick<PostingRow, 'count' | 'docs' | 'positions'>>, wanted: Int32Array): PositionLists {
  let room = 0;
  for (const r of rows) room += r.positions.length;
  const positions = new Int32Array(room);
  const offsets = new Int32Array(wanted.length + 1);
  const index = new Int32Array(wanted.length).fill(-1);
  let n = 0;
  let w = 0;
  let at = 0;
  for (const r of rows) {
    if (w >= wanted.length) break;
    const rd = new ByteReader(r.docs);
    const rp = new ByteReader(r.positions);
    let doc = 0;
    for (let k = 0; k < r.count && w < wanted.length; k++, at++) {
      doc += rd.varint();
      const m = rd.byte();
      for (let f = 0; f < 4; f++) if (m & (1 << f)) rd.varint();
      const bytes = rp.varint();
      while (w < wanted.length && wanted[w]! < doc) offsets[++w] = n;
      if (wanted[w] !== doc) {
        rp.pos += bytes;
        continue;
      }
      const end = rp.pos + bytes;
      let p = 0;
      while (rp.pos < end) positions[n++] = p += rp.varint();
      index[w] = at;
      offsets[++w] = n;
    }
  }
  while (w < wanted.length) offsets[++w] = n;
  return { offsets, positions, index };
}

/** One list made of two consecutive ones (all of `b`'s docnos above `a`'s), without decoding `a`. */
export function concatRows(a: PostingRow, b: PostingRow): PostingRow {
  const rd = new ByteReader(b.docs);
  const first = rd.varint();
  const docs = new ByteWriter(a.docs.length + b.docs.length + 5);
  docs.append(a.docs);
  docs.varint(first - a.lastDoc);
  docs.append(b.docs.subarray(rd.pos));
  const positions = new Uint8Array(a.positions.length + b.positions.length);
  positions.set(a.positions);
  positions.set(b.positions, a.positions.length);
  return { term: a.term, count: a.count + b.count, lastDoc: b.lastDoc, docs: docs.view().slice(), positions };
}
