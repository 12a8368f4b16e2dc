/** The embedded default store: SQLite through better-sqlite3, WAL mode, versioned schema, with the search index. */
import { statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { RasdError } from '../../errors.js';
import { ArticleSchema, type Article } from '../../core/article.js';
import { profileFromJson, profileToJson } from '../../ingest/chrome/profile-json.js';
import { Searcher } from '../../search/engine/searcher.js';
import { ANALYZER_VERSION } from '../../text/analyze.js';
import { dayNumber, isoDay } from '../../text/iso-day.js';
import { IndexWriter } from '../../search/index/index-writer.js';
import type { EntityCount, PutResult, Store, StoreStats } from '../store.js';
import { MIGRATIONS } from './migrations.js';
import { sqliteIndexStorage, sqliteWriterStorage } from './sqlite-index.js';
import { sqliteEvents } from './sqlite-events.js';
import { MAX_EVENT_LIMIT } from '../event-query.js';
import { checkStoreFile, RASD_APPLICATION_ID } from './store-file.js';
import { describeHolder, WriterLease, type LeaseHolder } from './writer-lease.js';

export interface SqliteStoreOptions {
  /** Open for reading only (a server beside a running ingest); nothing is indexed or written. */
  readonly?: boolean;
}

/** Articles read back per transaction when indexing what an interrupted run left. */
const CATCH_UP_BATCH = 1000;

function open(path: string, readonly: boolean): Database.Database {
  // What is at the path is checked before anything opens it: another application's file is refused untouched.
  const kind = checkStoreFile(path);
  if (readonly && kind === 'absent') throw new RasdError('E_IO', `no database at "${path}"`);
  if (readonly && kind === 'empty') throw new RasdError('E_NOT_STORE', `"${path}" is empty, not a Rasd store yet (create one with: rasd ingest INPUT… --db ${path})`);
  let db: Database.Database;
  try {
    db = new Database(path, { readonly, fileMustExist: readonly });
  } catch (err) {
    throw new RasdError('E_IO', `cannot open the database "${path}": ${(err as Error).message}`, { cause: err });
  }
  // Before anything that takes a lock: a second process opening the store at once waits its turn.
  db.pragma('busy_timeout = 5000');
  if (!readonly) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
  }
  // Pages cached: a reader (a server) keeps more; a writer's memory counts toward ingest's bound.
  db.pragma(`cache_size = ${readonly ? -65536 : -16384}`);
  // A reader maps the file for speed; a writer reads through the page cache, so that the pages it
  // touches (the story look-ups) do not count toward ingest's memory as mapped pages.
  db.pragma(`mmap_size = ${readonly ? 268435456 : 0}`);
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > MIGRATIONS.length) {
    db.close();
    throw new RasdError('E_IO', `the database "${path}" has schema version ${version}, newer than this Rasd knows (${MIGRATIONS.length})`);
  }
  const marked = (db.pragma('application_id', { simple: true }) as number) === RASD_APPLICATION_ID;
  if (version < MIGRATIONS.length || !marked) {
    if (readonly) {
      db.close();
      throw new RasdError('E_IO', `the database "${path}" has schema version ${version}; open it once for writing (rasd ingest) to upgrade it`);
    }
    // IMMEDIATE, and the version read again inside: of two processes opening a new store at once, one migrates.
    db.transaction(() => {
      for (let v = db.pragma('user_version', { simple: true }) as number; v < MIGRATIONS.length; v++) {
        db.exec(MIGRATIONS[v]!);
        db.pragma(`user_version = ${v + 1}`);
      }
      db.pragma(`application_id = ${RASD_APPLICATION_ID}`);
    }).immediate();
  }
  const analyzer = db.prepare("SELECT value FROM meta WHERE key = 'analyzer'").pluck();
  if (analyzer.get() !== ANALYZER_VERSION) {
    if (readonly) {
      db.close();
      throw new RasdError('E_IO', `the database "${path}" was indexed by another version of the analyser; open it once for writing (rasd ingest) to index it again`);
    }
    // The index is dropped and every stored article is indexed again when the writer catches up.
    db.transaction(() => {
      if (analyzer.get() === ANALYZER_VERSION) return;
      db.exec(`DELETE FROM postings; DELETE FROM segments;
        UPDATE meta SET value = 0 WHERE key = 'indexed_upto';
        UPDATE meta SET value = value + 1 WHERE key = 'generation';`);
      db.prepare("UPDATE meta SET value = ? WHERE key = 'analyzer'").run(ANALYZER_VERSION);
    }).immediate();
  }
  return db;
}

/** Opens (creating if needed) the SQLite store at `path`, migrating its schema and indexing anything left unindexed. */
export function openSqliteStore(path: string, options: SqliteStoreOptions = {}): Store {
  const readonly = options.readonly ?? false;
  const db = open(path, readonly);
  const get = db.prepare('SELECT record FROM articles WHERE id = ?').pluck();
  const has = db.prepare('SELECT 1 FROM articles WHERE id = ?').pluck();
  const profileOf = db.prepare('SELECT profile FROM chrome_profiles WHERE outlet = ?').pluck();
  const idOfDigest = db.prepare('SELECT id FROM sources WHERE digest = ?').pluck();
  const count = db.prepare('SELECT count(*) FROM articles').pluck();
  const idOf = db.prepare('SELECT id FROM articles WHERE docno = ?').pluck();
  const searcher = new Searcher(sqliteIndexStorage(db), (docno) => idOf.get(docno) as string | undefined);
  const events = sqliteEvents(db, searcher);

  let writer: IndexWriter | null = null;
  let putMany: ((articles: readonly Article[]) => PutResult) | null = null;
  let lease: WriterLease | null = null;
  /** Index what a writer that is gone stored but did not index (run when the lease is taken). */
  let catchUp = (): void => {};
  if (!readonly) {
    const w = new IndexWriter(sqliteWriterStorage(db));
    const l = new WriterLease(db);
    writer = w;
    lease = l;
    const insert = db.prepare(
      `INSERT OR IGNORE INTO articles (id, headline, outlet, url, published, source_path, record, ingested_at)
       VALUES (@id, @headline, @outlet, @url, @published, @source_path, @record, @ingested_at)`,
    );
    const source = db.prepare('INSERT OR IGNORE INTO sources (digest, id) VALUES (?, ?)');
    putMany = db.transaction((articles: readonly Article[]): PutResult => {
      let inserted = 0;
      const now = new Date().toISOString();
      l.beat();
      for (const a of articles) {
        // The same input stored before, extracted differently since: stored already.
        if (a.source.digest !== undefined && idOfDigest.get(a.source.digest) !== undefined) continue;
        // Its input is remembered whether the article is new or was stored from another input.
        if (a.source.digest !== undefined) source.run(a.source.digest, a.id);
        const r = insert.run({ id: a.id, headline: a.headline, outlet: a.outlet, url: a.url, published: a.published?.value ?? null, source_path: a.source.path, record: JSON.stringify(a), ingested_at: now });
        if (r.changes === 0) continue;
        inserted++;
        w.add(Number(r.lastInsertRowid), a);
      }
      return { inserted, existing: articles.length - inserted };
    });
    const pending = db.prepare("SELECT docno, record FROM articles WHERE docno > (SELECT value FROM meta WHERE key = 'indexed_upto') AND docno > ? ORDER BY docno LIMIT ?");
    const addRows = db.transaction((rows: Array<{ docno: number; record: string }>) => {
      for (const r of rows) w.add(r.docno, ArticleSchema.parse(JSON.parse(r.record)));
    });
    catchUp = () => {
      for (let after = 0; ; ) {
        const rows = pending.all(after, CATCH_UP_BATCH) as Array<{ docno: number; record: string }>;
        if (!rows.length) break;
        addRows(rows);
        if (w.full) w.flush();
        after = rows[rows.length - 1]!.docno;
      }
      w.flush();
    };
  }
  /** Whether the lease is kept until close (an ingest), rather than given back at each flush (a server's writes). */
  let holding = false;
  /** Takes the lease if it is free, and completes what a writer that is gone left: null, or the live holder. */
  const acquire = (): LeaseHolder | null => {
    const holder = lease!.tryTake();
    if (!holder) catchUp();
    return holder;
  };
  // A writable open completes an interrupted run at once when no one else is writing.
  if (lease && !acquire()) lease.release();
  const ensureWriter = (): void => {
    if (lease!.held) return;
    const holder = acquire();
    if (holder) throw new RasdError('E_BUSY', `the database "${path}" is being written by ${describeHolder(holder)}; try again when it has finished`);
  };

  const top = db.prepare(
    `SELECT e.canonical, n.type, n.name, count(*) AS articles, sum(e.mentions) AS mentions
     FROM entities e JOIN docs d ON d.docno = e.docno JOIN entity_names n ON n.canonical = e.canonical
     WHERE d.docno <= (SELECT value FROM meta WHERE key = 'indexed_upto')
       AND (@from IS NULL OR d.day >= @from) AND (@to IS NULL OR d.day <= @to) AND (@type IS NULL OR n.type = @type)
     GROUP BY e.canonical ORDER BY articles DESC, mentions DESC, e.canonical LIMIT @limit`,
  );
  const day = (iso: string | null | undefined): number | null => (iso ? dayNumber(iso) : null);

  const writable = (): void => {
    if (readonly) throw new RasdError('E_USAGE', `the database "${path}" is open for reading only`);
  };
  return {
    putArticles(articles) {
      writable();
      ensureWriter();
      const r = putMany!(articles);
      if (writer!.full) writer!.flush();
      return r;
    },
    flush() {
      if (!lease?.held) return;
      writer!.flush();
      if (!holding) lease.release();
    },
    async holdWriter(o = {}) {
      writable();
      for (let told = false; ; told = true) {
        if (o.signal?.aborted) throw new RasdError('E_BUSY', `gave up waiting to write "${path}"`);
        const holder = lease!.held ? null : acquire();
        if (!holder) {
          holding = true;
          return;
        }
        if (!told) o.onWait?.(describeHolder(holder));
        await new Promise((resolve) => setTimeout(resolve, o.pollMs ?? 200));
      }
    },
    getArticle(id) {
      const row = get.get(id) as string | undefined;
      // Rows are checked at the edge: a record that no longer fits the schema is an error, not a guess.
      return row ? ArticleSchema.parse(JSON.parse(row)) : null;
    },
    hasArticle: (id) => has.get(id) !== undefined,
    sourceId: (digest) => (idOfDigest.get(digest) as string | undefined) ?? null,
    rememberSource(digest, id) {
      writable();
      ensureWriter();
      db.prepare('INSERT OR IGNORE INTO sources (digest, id) VALUES (?, ?)').run(digest, id);
    },
    chromeProfile(outlet) {
      const json = profileOf.get(outlet) as string | undefined;
      if (json === undefined) return null;
      try {
        return profileFromJson(json);
      } catch (err) {
        // Checked at the edge: a profile that no longer fits is an error, not a guess.
        throw new RasdError('E_IO', `the database "${path}" holds a chrome profile for "${outlet}" this Rasd cannot read: ${(err as Error).message}`);
      }
    },
    saveChromeProfiles(profiles) {
      writable();
      ensureWriter();
      const put = db.prepare('INSERT INTO chrome_profiles (outlet, profile, articles, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (outlet) DO UPDATE SET profile = excluded.profile, articles = excluded.articles, updated_at = excluded.updated_at');
      const now = new Date().toISOString();
      db.transaction(() => {
        for (const [outlet, p] of profiles) put.run(outlet, profileToJson(p), p.n, now);
      })();
    },
    nerModel() {
      const row = db.prepare('SELECT model, summary, created_at FROM ner_model WHERE id = 1').get() as { model: Buffer; summary: string; created_at: string } | undefined;
      return row ? { bytes: new Uint8Array(row.model), summary: row.summary, createdAt: row.created_at } : null;
    },
    saveNerModel(bytes, summary) {
      writable();
      ensureWriter();
      db.prepare('INSERT INTO ner_model (id, model, summary, created_at) VALUES (1, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET model = excluded.model, summary = excluded.summary, created_at = excluded.created_at').run(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), summary, new Date().toISOString());
    },
    *eachArticle() {
      for (const record of db.prepare('SELECT record FROM articles ORDER BY docno').pluck().iterate() as IterableIterator<string>) yield ArticleSchema.parse(JSON.parse(record));
    },
    countArticles: () => count.get() as number,
    search: (query, o) => searcher.search(query, o),
    stats(): StoreStats {
      const table = searcher.docs();
      const one = <T>(sql: string): T => db.prepare(sql).pluck().get() as T;
      const outlets = db.prepare('SELECT outlet AS value, count(*) AS count FROM articles WHERE outlet IS NOT NULL GROUP BY outlet ORDER BY count DESC, outlet').all() as StoreStats['outlets'];
      const days = db.prepare('SELECT min(day) AS first, max(day) AS last FROM docs').get() as { first: number | null; last: number | null };
      const iso = (d: number | null): string | null => (d === null ? null : isoDay(d));
      let bytes = 0;
      for (const f of [path, `${path}-wal`]) {
        try {
          bytes += statSync(f).size;
        } catch {
          // no WAL file
        }
      }
      return {
        articles: count.get() as number,
        indexed: table.count,
        stories: one<number>('SELECT count(DISTINCT cluster) FROM docs'),
        outlets,
        dates: { first: iso(days.first), last: iso(days.last) },
        segments: one<number>('SELECT count(*) FROM segments'),
        terms: one<number>('SELECT count(DISTINCT term) FROM postings'),
        bytes,
      };
    },
    topEntities(o = {}) {
      return top.all({ from: day(o.from), to: day(o.to), type: o.type ?? null, limit: Math.max(1, Math.min(1000, o.limit ?? 20)) }) as EntityCount[];
    },
    events(filter, page = {}) {
      return events.page(filter, Math.max(1, Math.min(MAX_EVENT_LIMIT, page.limit ?? 50)), Math.max(0, page.offset ?? 0));
    },
    eachEvent: (filter) => events.each(filter),
    close() {
      if (db.open) {
        if (lease?.held) {
          writer!.flush();
          lease.release();
        }
        db.close();
      }
    },
  };
}
