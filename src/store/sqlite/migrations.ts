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
];
