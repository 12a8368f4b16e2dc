import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { extractText } from '../../src/ingest/extract-text.js';
import { IndexWriter, type WriterStorage } from '../../src/search/index/index-writer.js';
import { decodePostings, type PostingRow } from '../../src/search/index/postings.js';
import { syntheticJsonl } from '../helpers/synthetic-news.js';

const articles = extractText(syntheticJsonl(0, 40), { path: 'x.jsonl', format: 'json' }).articles;

/** Indexes the articles, writing a segment every `every` documents; each term's documents over all segments. */
function index(vocabularyLimit: number | undefined, every: number): Map<string, number[]> {
  const segments: PostingRow[][] = [];
  const storage: WriterStorage = {
    candidates: () => [],
    story: () => null,
    eventsNear: () => [],
    saveDoc: () => {},
    writeSegment: (rows) => void segments.push(rows),
  };
  const w = vocabularyLimit === undefined ? new IndexWriter(storage) : new IndexWriter(storage, vocabularyLimit);
  articles.forEach((a, i) => {
    w.add(i + 1, a);
    if ((i + 1) % every === 0) w.flush();
  });
  w.flush();
  const docs = new Map<string, number[]>();
  for (const rows of segments) for (const r of rows) docs.set(r.term, [...(docs.get(r.term) ?? []), ...decodePostings([r]).docs]);
  return docs;
}

describe('the index writer', () => {
  it('gives the same postings when its analyser is renewed after segments (the bound on its vocabulary)', () => {
    const whole = index(undefined, 10);
    const renewed = index(50, 10);
    assert.ok(whole.size > 200, `${whole.size} terms`);
    assert.deepEqual([...renewed].sort(), [...whole].sort());
  });
});
