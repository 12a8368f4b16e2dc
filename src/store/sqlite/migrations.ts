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
  // which VACUUM keeps) and the facts ranking and facets need; postings are stored per term and
  // segment; MinHash signatures and LSH band keys group near-duplicates into story clusters.
  // Articles above meta.indexed_upto are stored but not yet indexed: opening for writing indexes them.
  `CREATE TABLE articles_v2 (
     docno INTEGER PRIMARY KEY,
     id TEXT NOT NULL UNIQUE,
     headline TEXT,
     outlet TEXT,
     url TEXT,
     published TEXT,
     source_path TEXT NOT NULL,
     record TEXT NOT NULL,
     ingested_at TEXT NOT NULL,
     day INTEGER,
     month TEXT,
     credits TEXT NOT NULL DEFAULT '',
     cluster INTEGER,
     len_headline INTEGER NOT NULL DEFAULT 0,
     len_subtitle INTEGER NOT NULL DEFAULT 0,
     len_captions INTEGER NOT NULL DEFAULT 0,
     len_body INTEGER NOT NULL DEFAULT 0
   ) STRICT;
   INSERT INTO articles_v2 (id, headline, outlet, url, published, source_path, record, ingested_at)
     SELECT id, headline, outlet, url, published, source_path, record, ingested_at FROM articles ORDER BY rowid;
   DROP TABLE articles;
   ALTER TABLE articles_v2 RENAME TO articles;
   CREATE INDEX articles_outlet ON articles(outlet);
   CREATE INDEX articles_day ON articles(day);
   CREATE INDEX articles_cluster ON articles(cluster);
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
];
