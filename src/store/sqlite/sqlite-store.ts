/** The embedded default store: SQLite through better-sqlite3, WAL mode, versioned schema. */
import Database from 'better-sqlite3';
import { RasdError } from '../../errors.js';
import { ArticleSchema, type Article } from '../../ingest/article.js';
import type { PutResult, Store } from '../store.js';
import { MIGRATIONS } from './migrations.js';

/** Opens (creating if needed) the SQLite store at `path`, migrating its schema to the current version. */
export function openSqliteStore(path: string): Store {
  let db: Database.Database;
  try {
    db = new Database(path);
  } catch (err) {
    throw new RasdError('E_IO', `cannot open the database "${path}": ${(err as Error).message}`, { cause: err });
  }
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > MIGRATIONS.length) {
    db.close();
    throw new RasdError('E_IO', `the database "${path}" has schema version ${version}, newer than this Rasd knows (${MIGRATIONS.length})`);
  }
  db.transaction(() => {
    for (let v = version; v < MIGRATIONS.length; v++) {
      db.exec(MIGRATIONS[v]!);
      db.pragma(`user_version = ${v + 1}`);
    }
  })();

  const insert = db.prepare(
    `INSERT OR IGNORE INTO articles (id, headline, outlet, url, published, source_path, record, ingested_at)
     VALUES (@id, @headline, @outlet, @url, @published, @source_path, @record, @ingested_at)`,
  );
  const get = db.prepare('SELECT record FROM articles WHERE id = ?');
  const count = db.prepare('SELECT count(*) AS n FROM articles');
  const putMany = db.transaction((articles: readonly Article[]): PutResult => {
    let inserted = 0;
    const now = new Date().toISOString();
    for (const a of articles) {
      const r = insert.run({ id: a.id, headline: a.headline, outlet: a.outlet, url: a.url, published: a.published?.value ?? null, source_path: a.source.path, record: JSON.stringify(a), ingested_at: now });
      inserted += r.changes;
    }
    return { inserted, existing: articles.length - inserted };
  });

  return {
    putArticles: (articles) => putMany(articles),
    getArticle(id) {
      const row = get.get(id) as { record: string } | undefined;
      // Rows are checked at the edge: a record that no longer fits the schema is an error, not a guess.
      return row ? ArticleSchema.parse(JSON.parse(row.record)) : null;
    },
    countArticles: () => (count.get() as { n: number }).n,
    close: () => db.close(),
  };
}
