import { strict as assert } from 'node:assert';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { extractDump } from '../../src/ingest/dump/extract-dump.js';
import { MIGRATIONS } from '../../src/store/sqlite/migrations.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'rasd-store-'));
const { articles } = extractDump('خبر أول\n\nنص الخبر الأول.\n\n\n\nخبر ثان\n\nنص الخبر الثاني.\n', { path: 'fixture' });

describe('the SQLite store', () => {
  it('stores articles once: a second put of the same ones is a no-op', () => {
    const store = openSqliteStore(join(dir, 'a.db'));
    assert.deepEqual(store.putArticles(articles), { inserted: 2, existing: 0 });
    assert.deepEqual(store.putArticles(articles), { inserted: 0, existing: 2 });
    assert.equal(store.countArticles(), 2);
    assert.deepEqual(store.getArticle(articles[0]!.id), articles[0]);
    assert.equal(store.getArticle('nope'), null);
    store.close();
  });
  it('names an actor by the fullest form any article wrote, a place by the shortest, whichever came first', () => {
    type A = (typeof articles)[number];
    /** The store's name for one actor named `first`, then `second`, in two articles. */
    const storedName = (file: string, type: 'PERS' | 'LOC', canonical: string, first: string, second: string): unknown => {
      const store = openSqliteStore(join(dir, file));
      const naming = (a: A, name: string): A => ({ ...a, entities: [{ type, text: name, start: 0, end: name.length, canonical, name, role: null, source: 'ner' }] });
      store.putArticles([naming(articles[0]!, first)]);
      store.putArticles([naming(articles[1]!, second)]);
      store.flush();
      const top = store.topEntities().map((e) => [e.canonical, e.name, e.articles]);
      store.close();
      return top;
    };
    assert.deepEqual(storedName('names.db', 'PERS', 'pers:عادل الجبير', 'عادل الجبير', 'عادل بن أحمد الجبير'), [['pers:عادل الجبير', 'عادل بن أحمد الجبير', 2]]);
    // A place: the shortest form, «الرياض» over «منطقة الرياض».
    assert.deepEqual(storedName('places.db', 'LOC', 'loc:الرياض', 'منطقة الرياض', 'الرياض'), [['loc:الرياض', 'الرياض', 2]]);
  });
  it('keeps what it stored across reopening, in WAL mode, at the current schema version', () => {
    const path = join(dir, 'b.db');
    const s1 = openSqliteStore(path);
    s1.putArticles(articles.slice(0, 1));
    s1.close();
    const s2 = openSqliteStore(path);
    assert.equal(s2.countArticles(), 1);
    s2.close();
    const raw = new Database(path, { readonly: true });
    assert.equal(raw.pragma('journal_mode', { simple: true }), 'wal');
    assert.equal(raw.pragma('user_version', { simple: true }), MIGRATIONS.length);
    raw.close();
  });
  it('a failing batch stores nothing of it', () => {
    const store = openSqliteStore(join(dir, 'c.db'));
    // The second record cannot be serialised (a BigInt), after the first was written inside the transaction.
    const broken = [articles[0]!, { ...articles[1]!, url: 10n as unknown as string }];
    assert.throws(() => store.putArticles(broken));
    assert.equal(store.countArticles(), 0);
    store.close();
  });
  it('refuses a database from a newer Rasd, naming it', () => {
    const path = join(dir, 'd.db');
    const raw = new Database(path);
    raw.pragma('user_version = 99');
    raw.close();
    assert.throws(() => openSqliteStore(path), /schema version 99/);
  });
});
