/** The SQLite schema, as numbered migrations; `PRAGMA user_version` records the last one applied. */
export const MIGRATIONS: readonly string[] = [
  // 1: articles, keyed by the content-derived id; the full record as JSON beside the columns queries need.
  `CREATE TABLE articles (
     id TEXT PRIMARY KEY,
     headline TEXT,
     outlet TEXT,
     url TEXT,
     published TEXT,
     source_path TEXT NOT NULL,
     record TEXT NOT NULL,
     ingested_at TEXT NOT NULL
   ) STRICT;
   CREATE INDEX articles_outlet ON articles(outlet);
   CREATE INDEX articles_published ON articles(published);`,

  // 2: the search index. Articles get a stable document number (an explicit INTEGER PRIMARY KEY,
  // which VACUUM keeps), with the record last so that scans of the other columns never read it.
  // `docs` holds the facts ranking, filters and facets need, in a narrow table read whole at open.
  // Postings are stored per term and segment; MinHash signatures and LSH band keys group
  // near-duplicates into story clusters. Articles above meta.indexed_upto are stored but not yet
  // indexed: the next writer to open the store indexes them.
  `CREATE TABLE articles_v2 (
     docno INTEGER PRIMARY KEY,
     id TEXT NOT NULL UNIQUE,
     headline TEXT,
     outlet TEXT,
     url TEXT,
     published TEXT,
     source_path TEXT NOT NULL,
     ingested_at TEXT NOT NULL,
     record TEXT NOT NULL
   ) STRICT;
   INSERT INTO articles_v2 (id, headline, outlet, url, published, source_path, ingested_at, record)
     SELECT id, headline, outlet, url, published, source_path, ingested_at, record FROM articles ORDER BY rowid;
   DROP TABLE articles;
   ALTER TABLE articles_v2 RENAME TO articles;
   CREATE INDEX articles_outlet ON articles(outlet);
   CREATE TABLE docs (
     docno INTEGER PRIMARY KEY,
     day INTEGER,
     month TEXT,
     outlet TEXT,
     credits TEXT NOT NULL,
     cluster INTEGER NOT NULL,
     len_headline INTEGER NOT NULL,
     len_subtitle INTEGER NOT NULL,
     len_captions INTEGER NOT NULL,
     len_body INTEGER NOT NULL
   ) STRICT;
   CREATE INDEX docs_day ON docs(day);
   CREATE TABLE segments (
     id INTEGER PRIMARY KEY,
     docs INTEGER NOT NULL,
     last_doc INTEGER NOT NULL
   ) STRICT;
   CREATE TABLE postings (
     term TEXT NOT NULL,
     segment INTEGER NOT NULL,
     count INTEGER NOT NULL,
     last_doc INTEGER NOT NULL,
     docs BLOB NOT NULL,
     positions BLOB NOT NULL,
     PRIMARY KEY (term, segment)
   ) STRICT;
   CREATE INDEX postings_segment ON postings(segment);
   CREATE TABLE signatures (docno INTEGER PRIMARY KEY, minhash BLOB NOT NULL) STRICT;
   CREATE TABLE lsh (key INTEGER NOT NULL, docno INTEGER NOT NULL, PRIMARY KEY (key, docno)) STRICT, WITHOUT ROWID;
   CREATE TABLE meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL) STRICT;
   INSERT INTO meta VALUES ('indexed_upto', 0), ('generation', 0);`,

  // 3: named entities per article (for the entity: filter, the entity facet and the top entities),
  // and the type and name of each canonical entity.
  `ALTER TABLE docs ADD COLUMN entities TEXT NOT NULL DEFAULT '';
   CREATE TABLE entities (
     canonical TEXT NOT NULL,
     docno INTEGER NOT NULL,
     mentions INTEGER NOT NULL,
     PRIMARY KEY (canonical, docno)
   ) STRICT, WITHOUT ROWID;
   CREATE INDEX entities_docno ON entities(docno);
   CREATE TABLE entity_names (canonical TEXT PRIMARY KEY, type TEXT NOT NULL, name TEXT NOT NULL) STRICT;`,

  // 4: who is quoted in each article (for the said: filter).
  `ALTER TABLE docs ADD COLUMN speakers TEXT NOT NULL DEFAULT '';`,

  // 5: the writer lease (writer-lease.ts): which process may write, so that concurrent ingests
  // take turns instead of interleaving their documents and index segments.
  `CREATE TABLE writer (
     id INTEGER PRIMARY KEY CHECK (id = 1),
     owner TEXT NOT NULL,
     pid INTEGER NOT NULL,
     host TEXT NOT NULL,
     started INTEGER NOT NULL,
     since TEXT NOT NULL,
     beat INTEGER NOT NULL
   ) STRICT;`,

  // 6: what each outlet's articles repeat (the chrome profile, ingest/chrome/profile-json.ts), so
  // that a later article from the outlet is cleaned with what its earlier ones taught.
  `CREATE TABLE chrome_profiles (
     outlet TEXT PRIMARY KEY,
     profile TEXT NOT NULL,
     articles INTEGER NOT NULL,
     updated_at TEXT NOT NULL
   ) STRICT;`,

  // 7: the digests of the input texts articles were read from (source.digest), each with the stored
  // article it gave: an input read again is known by it even when cleaning has since learned more (a
  // stored chrome profile) and the article's id changed; two inputs may give one article.
  `CREATE TABLE sources (
     digest TEXT PRIMARY KEY,
     id TEXT NOT NULL
   ) STRICT;`,

  // 8: the version of the analyser the index was built with (text/analyze.ts ANALYZER_VERSION): a
  // store indexed by another is indexed again when it is opened for writing. Stores before this
  // migration were indexed by version 1.
  `INSERT OR IGNORE INTO meta VALUES ('analyzer', 1);`,

  // 9: the tagger adapted to this store's articles (`rasd adapt --db`): a model file's bytes, used by
  // every later analysis of the store, with a line saying what it was learned from.
  `CREATE TABLE ner_model (
     id INTEGER PRIMARY KEY CHECK (id = 1),
     model BLOB NOT NULL,
     summary TEXT NOT NULL,
     created_at TEXT NOT NULL
   ) STRICT;`,

  // 10: events (src/events): per article, the keys event: matches and who took part (for actor:), and
  // one row per event for GET /api/events and the export, each linked to the first telling of the
  // same event (story). Articles stored before are indexed again, so their events count.
  `ALTER TABLE docs ADD COLUMN events TEXT NOT NULL DEFAULT '';
   ALTER TABLE docs ADD COLUMN actors TEXT NOT NULL DEFAULT '';
   CREATE TABLE events (
     id TEXT PRIMARY KEY,
     docno INTEGER NOT NULL,
     n INTEGER NOT NULL,
     story TEXT NOT NULL,
     type TEXT NOT NULL,
     modes TEXT NOT NULL,
     status TEXT NOT NULL,
     actor TEXT,
     actor_name TEXT,
     actor_type TEXT,
     actor_country TEXT,
     recipient TEXT,
     recipient_name TEXT,
     recipient_type TEXT,
     recipient_country TEXT,
     place TEXT,
     place_key TEXT,
     day INTEGER,
     killed INTEGER,
     injured INTEGER,
     arrested INTEGER,
     displaced INTEGER,
     confidence REAL NOT NULL,
     trigger TEXT NOT NULL,
     sentence TEXT NOT NULL
   ) STRICT;
   CREATE INDEX events_docno ON events(docno);
   CREATE INDEX events_type_day ON events(type, day);
   CREATE INDEX events_story ON events(story);
   UPDATE meta SET value = 0 WHERE key = 'analyzer';`,
];
