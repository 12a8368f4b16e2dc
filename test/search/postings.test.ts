/** The postings codec: what the segment builder writes decodes to what went in, and concatenated segments equal one. */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { Analyzer } from '../../src/text/analyze.js';
import { DocTerms } from '../../src/search/index/doc-analysis.js';
import { concatRows, decodePositions, decodePostings, type PostingRow } from '../../src/search/index/postings.js';
import { SegmentBuilder } from '../../src/search/index/segment-builder.js';

const WORDS = ['مدرسة', 'كتاب', 'وزير', 'مدينة', 'نهر'];

/** A document: for each occurrence, a word index, a field and a position gap. */
const doc = fc.array(fc.tuple(fc.integer({ min: 0, max: WORDS.length - 1 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 300 })), { minLength: 1, maxLength: 40 });

function build(docs: Array<Array<[number, number, number]>>, first: number, analyzer: Analyzer): PostingRow[] {
  const builder = new SegmentBuilder(analyzer);
  const ids = WORDS.map((w) => analyzer.analyze(w)[0]!.term).map((t) => {
    const buf = new DocTerms();
    analyzer.analyzeInto(t, buf.buffer);
    return buf.buffer.ids[0]!;
  });
  docs.forEach((occ, i) => {
    const d = new DocTerms();
    let pos = 0;
    for (const [w, f, gap] of [...occ].sort((a, b) => a[1] - b[1])) {
      pos += gap;
      d.buffer.push(ids[w]!, pos, 0, 0);
      if (d.fields.length < d.buffer.length) d.fields = Uint8Array.from({ length: d.buffer.ids.length }, (_, k) => d.fields[k] ?? 0);
      d.fields[d.buffer.length - 1] = f;
    }
    builder.add(first + i * 3, d);
  });
  return builder.take();
}

describe('postings codec', () => {
  it('decodes documents, field frequencies and positions as written, and merges by concatenation', () => {
    fc.assert(
      fc.property(fc.array(doc, { minLength: 1, maxLength: 12 }), fc.array(doc, { minLength: 1, maxLength: 12 }), (a, b) => {
        const analyzer = new Analyzer();
        const first = build(a, 1, analyzer);
        const second = build(b, 1 + a.length * 3, analyzer);
        const together = build([...a, ...b], 1, analyzer);
        for (const row of together) {
          const x = first.find((r) => r.term === row.term);
          const y = second.find((r) => r.term === row.term);
          const merged = x && y ? concatRows(x, y) : (x ?? y)!;
          assert.deepEqual(decodePostings([merged]), decodePostings([row]));
          assert.deepEqual(decodePostings([x, y].filter((r): r is PostingRow => !!r)), decodePostings([row]));
          const p = decodePostings([row]);
          const wanted = p.docs.filter((_, i) => i % 2 === 0);
          const lists = decodePositions([merged], wanted);
          const direct = decodePositions([row], wanted);
          assert.deepEqual(lists, direct);
          for (let k = 0; k < wanted.length; k++) {
            const ps = lists.positions.subarray(lists.offsets[k]!, lists.offsets[k + 1]!);
            const tf = p.tfs.subarray(4 * p.docs.indexOf(wanted[k]!), 4 * p.docs.indexOf(wanted[k]!) + 4).reduce((s, v) => s + v, 0);
            assert.equal(ps.length, tf);
            assert.equal(p.docs[lists.index[k]!], wanted[k]);
            for (let j = 1; j < ps.length; j++) assert.ok(ps[j]! > ps[j - 1]!);
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
