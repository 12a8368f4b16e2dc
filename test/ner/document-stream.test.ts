import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { DocumentStream } from '../../src/ner/document-stream.js';
import { loadTagger } from '../../src/ner/tagger.js';

// Our own running text: names that recur across sentences, so the document window matters.
const SENTENCES = [
  'وصل وزير الخارجية سامر الخطيب إلى عمان أمس',
  'وقال الخطيب إن المحادثات مع الحكومة الأردنية كانت مثمرة',
  'وأضاف أن الجانبين اتفقا على فتح معبر جابر أمام الشاحنات',
  'من جهتها ، رحبت غرفة تجارة عمان بالاتفاق',
  'وكان الخطيب قد زار بيروت والقاهرة الأسبوع الماضي',
  'والتقى في القاهرة الأمين العام لجامعة الدول العربية',
  'ويتوقع مراقبون أن تتبع الزيارة اتفاقات أخرى',
  'وأعلنت شركة الفوسفات الأردنية زيادة صادراتها',
].map((s) => s.split(' '));

describe('DocumentStream', () => {
  const tagger = loadTagger();
  it('gives every sentence the tags of tagging the whole document at once, whatever the block size', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: SENTENCES.length - 1 }), { minLength: 0, maxLength: 60 }), fc.integer({ min: 1, max: 9 }), (picks, block) => {
        const doc = picks.map((i) => SENTENCES[i]!);
        const want = tagger.tagDocument(doc);
        const got: Array<[number, readonly string[]]> = [];
        const stream = new DocumentStream<number>(tagger, (_, tags, k) => got.push([k, [...tags]]), block);
        doc.forEach((s, k) => stream.push(s, k));
        stream.end();
        assert.deepEqual(got, want.map((t, k) => [k, t]));
      }),
      { numRuns: 40 },
    );
  });
  it('starts a new document after end()', () => {
    const got: string[][] = [];
    const stream = new DocumentStream<null>(tagger, (_, tags) => got.push([...tags]), 2);
    for (const s of SENTENCES.slice(0, 5)) stream.push(s, null);
    stream.end();
    for (const s of SENTENCES.slice(5)) stream.push(s, null);
    stream.end();
    assert.deepEqual(got, [...tagger.tagDocument(SENTENCES.slice(0, 5)), ...tagger.tagDocument(SENTENCES.slice(5))]);
  });
  it('refuses a block under 1', () => {
    assert.throws(() => new DocumentStream(tagger, () => {}, 0), RangeError);
  });
});
