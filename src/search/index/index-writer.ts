/**
 * Indexing, storage aside: each new article is analysed (field lengths and postings, with the
 * search analyser), given its facts, and put in a story cluster by MinHash/LSH; postings gather in
 * memory and are written as one segment per `flush` (or when they grow large). The storage
 * commits each segment with the mark of the last docno it covers, so an interrupted run is
 * completed by indexing every stored article above that mark.
 */
import type { Article } from '../../core/article.js';
import { Analyzer } from '../../text/analyze.js';
import { DEDUPE_PARAMS, dedupeText, estimateJaccard, lshBands, storySignature } from '../dedupe/index.js';
import { analyzeArticle, DocTerms } from './doc-analysis.js';
import { countsAsEvent, docFacts, type DocFacts } from './doc-facts.js';
import { linkedStory, linkFacts, type LinkCandidate } from './event-links.js';
import { eventRows, type EventRow } from './event-rows.js';
import type { PostingRow } from './postings.js';
import { SegmentBuilder } from './segment-builder.js';

/** What a new document's analysis gives the storage to keep beside it. */
export interface IndexedDoc extends DocFacts {
  lengths: [number, number, number, number];
  cluster: number;
  signature: Uint32Array;
  bands: number[];
  /** The article's events, each with its id (`<article id>-<n>`) and the id of the first telling of the same event ({@link linkedStory}; its own when none). */
  eventRows: StoredEventRow[];
}

export interface StoredEventRow extends EventRow {
  id: string;
  story: string;
}

/** The writes indexing needs; the storage runs them inside its transactions. */
export interface WriterStorage {
  /**
   * Docnos below `below` of stored documents sharing any of these LSH band keys. Only earlier
   * documents count, so a document's story is the same whether later ones are stored yet or not
   * (an interrupted run completed later clusters exactly as a clean run).
   */
  candidates(bands: readonly number[], below: number): number[];
  /** A stored document's MinHash signature, cluster and publication day. */
  story(docno: number): { signature: Uint32Array; cluster: number; day: number | null } | null;
  /** Events that happened ({@link countsAsEvent}) of this type in documents below `below`, dated within a day of `day`. */
  eventsNear(type: string, day: number, below: number): LinkCandidate[];
  /** Keeps the facts of a newly indexed document (and its band keys). */
  saveDoc(docno: number, doc: IndexedDoc): void;
  /** Writes the postings of all documents up to `lastDoc` as one segment, atomically with the mark. */
  writeSegment(rows: PostingRow[], docs: number, lastDoc: number): void;
}

/**
 * Near-duplicates published further apart than this are different stories: templated news (weather
 * bulletins, congratulation cables) repeats its wording day after day about different events.
 */
export const STORY_DAYS = 3;

/**
 * Postings held in memory before a segment is written regardless. Held as one small writer per
 * term, they take about twice this in the heap; segments are merged as they accumulate.
 */
const FLUSH_BYTES = 8 << 20;

/**
 * Terms the analyser may know before it is replaced by a fresh one when a segment is written: its
 * vocabulary (and the builder's arrays indexed by term id) would otherwise grow with the input.
 */
const VOCABULARY_LIMIT = 100_000;

export class IndexWriter {
  private analyzer = new Analyzer({ surfaceForms: true });
  private builder = new SegmentBuilder(this.analyzer);
  private readonly terms = new DocTerms();
  private lastDoc = 0;

  constructor(
    private readonly storage: WriterStorage,
    private readonly vocabularyLimit = VOCABULARY_LIMIT,
  ) {}

  /** Indexes document `docno` (ascending across calls). Call inside the storage's write transaction. */
  add(docno: number, a: Article): void {
    analyzeArticle(this.analyzer, a, this.terms);
    const facts = docFacts(a);
    const signature = storySignature(dedupeText(a));
    const bands = lshBands(signature, DEDUPE_PARAMS.bands, DEDUPE_PARAMS.rows);
    let cluster = docno;
    let best = DEDUPE_PARAMS.threshold;
    for (const c of bands.length ? this.storage.candidates(bands, docno) : []) {
      if (c === docno) continue;
      const s = this.storage.story(c);
      if (!s || (s.day !== null && facts.day !== null && Math.abs(s.day - facts.day) > STORY_DAYS)) continue;
      const j = estimateJaccard(signature, s.signature);
      if (j >= best && (j > best || s.cluster < cluster)) {
        best = j;
        cluster = s.cluster;
      }
    }
    const l = this.terms.lengths;
    const events = this.linkEvents(a.id, docno, cluster, eventRows(a, facts.day));
    this.storage.saveDoc(docno, { ...facts, lengths: [l[0]!, l[1]!, l[2]!, l[3]!], cluster, signature, bands, eventRows: events });
    this.builder.add(docno, this.terms);
    this.lastDoc = docno;
  }

  /** Gives each event its id and links it to an earlier telling of the same event, in this article or a stored one. */
  private linkEvents(id: string, docno: number, cluster: number, rows: EventRow[]): StoredEventRow[] {
    const out: StoredEventRow[] = [];
    const near = new Map<string, LinkCandidate[]>();
    for (const r of rows) {
      const own = `${id}-${r.n}`;
      if (!countsAsEvent(r)) {
        out.push({ ...r, id: own, story: own });
        continue;
      }
      const key = `${r.type} ${r.day}`;
      let candidates = near.get(key);
      if (!candidates) near.set(key, (candidates = r.day === null ? [] : this.storage.eventsNear(r.type, r.day, docno)));
      const facts = linkFacts(r);
      const story = linkedStory(facts, r.day, docno, cluster, candidates) ?? own;
      out.push({ ...r, id: own, story });
      candidates.push({ id: own, story, docno, n: r.n, cluster, day: r.day, ...facts });
    }
    return out;
  }

  /** Whether enough is held that a segment should be written now. */
  get full(): boolean {
    return this.builder.bytes >= FLUSH_BYTES;
  }

  /** Writes what is held as one segment. */
  flush(): void {
    if (this.builder.docs === 0) return;
    const docs = this.builder.docs;
    this.storage.writeSegment(this.builder.take(), docs, this.lastDoc);
    if (this.analyzer.vocabularySize > this.vocabularyLimit) {
      this.analyzer = new Analyzer({ surfaceForms: true });
      this.builder = new SegmentBuilder(this.analyzer);
    }
  }
}
