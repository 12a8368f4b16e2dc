/**
 * The search index in SQLite: the engine's {@link IndexStorage} (postings, document facts,
 * records) and the writer's {@link WriterStorage} (facts, LSH keys, segments), plus the merging
 * that keeps the number of segments small.
 */
import type Database from 'better-sqlite3';
import type { IndexedDoc, WriterStorage } from '../../search/index/index-writer.js';
import type { LinkCandidate } from '../../search/index/event-links.js';
import { concatRows, type PostingRow } from '../../search/index/postings.js';
import type { DocRow, IndexStorage } from '../../search/index/storage.js';

/** More segments than this and the smallest adjacent pair is merged. */
export const MAX_SEGMENTS = 8;

type Row = { term: string; segment: number; count: number; last_doc: number; docs: Uint8Array; positions: Uint8Array };
const toPosting = (r: Row): PostingRow => ({ term: r.term, count: r.count, lastDoc: r.last_doc, docs: r.docs, positions: r.positions });

/** The keys of a stored record that the analysers and the extractor's bookkeeping add. */
const ANALYSES = ['entities', 'quotes', 'times', 'quantities', 'events', 'spans', 'source', 'removed', 'diagnostics'] as const;

export function sqliteIndexStorage(db: Database.Database): IndexStorage {
  const gen = db.prepare("SELECT value FROM meta WHERE key = 'generation'").pluck();
  const postings = db.prepare('SELECT term, segment, count, last_doc, docs, positions FROM postings WHERE term = ? ORDER BY segment');
  const documents = db.prepare('SELECT coalesce(sum(count), 0) FROM postings WHERE term = ?').pluck();
  const prefix = db.prepare('SELECT term FROM postings WHERE term >= ? AND term < ? GROUP BY term ORDER BY sum(count) DESC, term LIMIT ?').pluck();
  const rows = db.prepare(
    `SELECT docno, day, month, outlet, credits, entities, speakers, events, actors, cluster, len_headline, len_subtitle, len_captions, len_body FROM docs
     WHERE docno > ? AND docno <= (SELECT value FROM meta WHERE key = 'indexed_upto') ORDER BY docno`,
  );
  const record = db.prepare('SELECT record FROM articles WHERE docno = ?').pluck();
  // SQLite drops the analyses from the JSON before it reaches JavaScript: a third of the bytes to copy and parse.
  const bare = db
    .prepare(`SELECT json_remove(record, ${ANALYSES.map((k) => `'$.${k}'`).join(', ')}) FROM articles WHERE docno = ?`)
    .pluck();
  const entityName = db.prepare('SELECT type, name FROM entity_names WHERE canonical = ?');
  return {
    generation: () => gen.get() as number,
    postings: (term) => (postings.all(term) as Row[]).map(toPosting),
    documentCount: (term) => documents.get(term) as number,
    termsWithPrefix: (p, limit) => (p ? (prefix.all(p, p + '\uffff', limit) as string[]) : []),
    *docRows(after) {
      for (const r of rows.iterate(after) as Iterable<Record<string, number | string | null>>) {
        yield {
          docno: r.docno as number,
          day: r.day as number | null,
          month: r.month as string | null,
          outlet: r.outlet as string | null,
          credits: r.credits as string,
          entities: r.entities as string,
          speakers: r.speakers as string,
          events: r.events as string,
          actors: r.actors as string,
          cluster: r.cluster as number,
          lengths: [r.len_headline as number, r.len_subtitle as number, r.len_captions as number, r.len_body as number],
        } satisfies DocRow;
      }
    },
    entityNames(canonicals) {
      const out = new Map<string, { type: string; name: string }>();
      for (const c of canonicals) {
        const r = entityName.get(c) as { type: string; name: string } | undefined;
        if (r) out.set(c, r);
      }
      return out;
    },
    records(docnos, o = { analyses: true }) {
      const out = new Map<number, string>();
      const read = o.analyses ? record : bare;
      for (const d of docnos) out.set(d, read.get(d) as string);
      return out;
    },
  };
}

export function sqliteWriterStorage(db: Database.Database): WriterStorage {
  const saveFacts = db.prepare(
    `INSERT OR REPLACE INTO docs (docno, day, month, outlet, credits, entities, speakers, events, actors, cluster, len_headline, len_subtitle, len_captions, len_body)
     VALUES (@docno, @day, @month, (SELECT outlet FROM articles WHERE docno = @docno), @credits, @entities, @speakers, @events, @actors, @cluster, @h, @s, @c, @b)`,
  );
  const dropEvents = db.prepare('DELETE FROM events WHERE docno = ?');
  const saveEvent = db.prepare(
    `INSERT OR REPLACE INTO events (id, docno, n, story, type, modes, status, actor, actor_name, actor_type, actor_country, recipient, recipient_name, recipient_type,
       recipient_country, place, place_key, day, killed, injured, arrested, displaced, confidence, trigger, sentence)
     VALUES (@id, @docno, @n, @story, @type, @modes, @status, @actor, @actor_name, @actor_type, @actor_country, @recipient, @recipient_name, @recipient_type,
       @recipient_country, @place, @place_key, @day, @killed, @injured, @arrested, @displaced, @confidence, @trigger, @sentence)`,
  );
  const near = db.prepare(
    `SELECT e.id, e.story, e.docno, e.n, d.cluster, e.day, e.actor, e.recipient, e.place_key AS placeKey, e.killed FROM events e JOIN docs d ON d.docno = e.docno
     WHERE e.type = ? AND e.day BETWEEN ? AND ? AND e.docno < ? AND e.status = 'asserted' ORDER BY e.docno, e.n LIMIT 500`,
  );
  const saveEntity = db.prepare('INSERT OR REPLACE INTO entities (canonical, docno, mentions) VALUES (?, ?, ?)');
  // The fullest form of a person's or organisation's name seen in any article is its name in the
  // store: «عادل بن أحمد الجبير» over «عادل الجبير», whichever came first. A place's id gathers the
  // bare name and its unit's («الرياض», «منطقة الرياض»): the shortest form names it.
  const saveName = db.prepare(
    `INSERT INTO entity_names (canonical, type, name) VALUES (?, ?, ?) ON CONFLICT (canonical) DO UPDATE SET name = excluded.name
     WHERE CASE WHEN entity_names.type = 'LOC' THEN length(excluded.name) < length(entity_names.name) ELSE length(excluded.name) > length(entity_names.name) END`,
  );
  const saveSig = db.prepare('INSERT OR REPLACE INTO signatures (docno, minhash) VALUES (?, ?)');
  const saveKey = db.prepare('INSERT OR IGNORE INTO lsh (key, docno) VALUES (?, ?)');
  const story = db.prepare('SELECT s.minhash, d.cluster, d.day FROM signatures s JOIN docs d ON d.docno = s.docno WHERE s.docno = ?');
  const byKey = new Map<number, Database.Statement>();
  const candidates = (n: number): Database.Statement => {
    let s = byKey.get(n);
    if (!s) byKey.set(n, (s = db.prepare(`SELECT DISTINCT docno FROM lsh WHERE docno < ? AND key IN (${new Array(n).fill('?').join(',')})`).pluck()));
    return s;
  };
  const insertSegment = db.prepare('INSERT INTO segments (docs, last_doc) VALUES (?, ?)');
  const insertPosting = db.prepare('INSERT INTO postings (term, segment, count, last_doc, docs, positions) VALUES (?, ?, ?, ?, ?, ?)');
  const mark = db.prepare("UPDATE meta SET value = ? WHERE key = 'indexed_upto'");
  const bump = db.prepare("UPDATE meta SET value = value + 1 WHERE key = 'generation'");

  const merge = mergeSegments(db, insertPosting);
  return {
    candidates: (bands, below) => candidates(bands.length).all(below, ...bands) as number[],
    story(docno) {
      const r = story.get(docno) as { minhash: Uint8Array; cluster: number; day: number | null } | undefined;
      if (!r) return null;
      const sig = new Uint32Array(r.minhash.buffer.slice(r.minhash.byteOffset, r.minhash.byteOffset + r.minhash.byteLength));
      return { signature: sig, cluster: r.cluster, day: r.day };
    },
    eventsNear: (type, day, below) => near.all(type, day - 1, day + 1, below) as LinkCandidate[],
    saveDoc(docno: number, d: IndexedDoc) {
      const [h, s, c, b] = d.lengths;
      const lines = (xs: readonly string[]): string => xs.join('\n');
      saveFacts.run({
        docno,
        day: d.day,
        month: d.month,
        credits: d.credits,
        entities: lines(d.entities.map((e) => e.canonical)),
        speakers: lines(d.speakers.map((s) => s.key)),
        events: lines(d.events),
        actors: lines(d.actors.map((a) => a.key)),
        cluster: d.cluster,
        h,
        s,
        c,
        b,
      });
      dropEvents.run(docno);
      for (const e of d.eventRows) {
        saveEvent.run({
          id: e.id,
          docno,
          n: e.n,
          story: e.story,
          type: e.type,
          modes: e.modes,
          status: e.status,
          actor: e.actor?.key ?? null,
          actor_name: e.actor?.name ?? null,
          actor_type: e.actor?.type ?? null,
          actor_country: e.actor?.country ?? null,
          recipient: e.recipient?.key ?? null,
          recipient_name: e.recipient?.name ?? null,
          recipient_type: e.recipient?.type ?? null,
          recipient_country: e.recipient?.country ?? null,
          place: e.place,
          place_key: e.placeKey,
          day: e.day,
          killed: e.killed,
          injured: e.injured,
          arrested: e.arrested,
          displaced: e.displaced,
          confidence: e.confidence,
          trigger: e.trigger,
          sentence: e.sentence,
        });
      }
      for (const e of d.entities) {
        saveEntity.run(e.canonical, docno, e.mentions);
        saveName.run(e.canonical, e.type, e.name);
      }
      // Unnamed speakers are named by their words, for the speaker facet.
      for (const s of [...d.speakers, ...d.actors]) if (s.type === 'GROUP') saveName.run(s.key, s.type, s.name);
      saveSig.run(docno, Buffer.from(d.signature.buffer, d.signature.byteOffset, d.signature.byteLength));
      for (const k of d.bands) saveKey.run(k, docno);
    },
    writeSegment: db.transaction((rows: PostingRow[], docs: number, lastDoc: number) => {
      const segment = Number(insertSegment.run(docs, lastDoc).lastInsertRowid);
      for (const r of rows) insertPosting.run(r.term, segment, r.count, r.lastDoc, r.docs, r.positions);
      mark.run(lastDoc);
      merge();
      bump.run();
    }),
  };
}

/** Merges the smallest adjacent pair of segments while there are too many (call inside a transaction). */
function mergeSegments(db: Database.Database, insertPosting: Database.Statement): () => void {
  const segments = db.prepare('SELECT id, docs, last_doc FROM segments ORDER BY id');
  const pair = db.prepare('SELECT term, segment, count, last_doc, docs, positions FROM postings WHERE segment IN (?, ?) ORDER BY term, segment');
  const drop = db.prepare('DELETE FROM postings WHERE segment = ?');
  const dropSegment = db.prepare('DELETE FROM segments WHERE id = ?');
  const grow = db.prepare('UPDATE segments SET docs = ?, last_doc = ? WHERE id = ?');
  return () => {
    for (;;) {
      const segs = segments.all() as Array<{ id: number; docs: number; last_doc: number }>;
      if (segs.length <= MAX_SEGMENTS) return;
      let at = 0;
      for (let i = 1; i + 1 < segs.length; i++) if (segs[i]!.docs + segs[i + 1]!.docs < segs[at]!.docs + segs[at + 1]!.docs) at = i;
      const a = segs[at]!;
      const b = segs[at + 1]!;
      const merged: PostingRow[] = [];
      let held: Row | null = null;
      for (const r of pair.iterate(a.id, b.id) as Iterable<Row>) {
        if (held && held.term === r.term) {
          merged.push(concatRows(toPosting(held), toPosting(r)));
          held = null;
          continue;
        }
        if (held) merged.push(toPosting(held));
        held = r;
      }
      if (held) merged.push(toPosting(held));
      drop.run(a.id);
      drop.run(b.id);
      for (const r of merged) insertPosting.run(r.term, a.id, r.count, r.lastDoc, r.docs, r.positions);
      grow.run(a.docs + b.docs, b.last_doc, a.id);
      dropSegment.run(b.id);
    }
  };
}
