import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { RasdError } from '../../src/errors.js';
import { extractDump } from '../../src/ingest/dump/extract-dump.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { checkStoreFile, RASD_APPLICATION_ID } from '../../src/store/sqlite/store-file.js';
import { MIGRATIONS } from '../../src/store/sqlite/migrations.js';
import { zip } from '../helpers/zip.js';

const dir = mkdtempSync(join(tmpdir(), 'rasd-store-file-'));
const { articles } = extractDump('خبر أول\n\nنص الخبر الأول.\n', { path: 'fixture' });
const sha = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

function otherAppDb(name: string): string {
  const path = join(dir, name);
  const raw = new Database(path);
  raw.exec('CREATE TABLE contacts (name TEXT, phone TEXT); INSERT INTO contacts VALUES (\'a\', \'1\');');
  raw.close();
  return path;
}

const NOT_RASD: Array<[string, () => string, RegExp]> = [
  ['random bytes', () => (writeFileSync(join(dir, 'random.db'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256))), join(dir, 'random.db')), /not an SQLite database/],
  ['a zip archive', () => (writeFileSync(join(dir, 'day.db'), zip([{ name: 'a.json', data: Buffer.from('[]') }])), join(dir, 'day.db')), /a zip archive/],
  ['another application\'s SQLite database', () => otherAppDb('contacts.db'), /another application, with the tables contacts/],
  ['a folder', () => (mkdirSync(join(dir, 'folder.db'), { recursive: true }), join(dir, 'folder.db')), /a folder/],
];

describe('a --db that is not a Rasd store', () => {
  for (const [what, make, why] of NOT_RASD) {
    it(`${what} is refused for reading and for writing, named, and left untouched`, () => {
      const path = make();
      const before = existsSync(path) && !what.includes('folder') ? sha(path) : null;
      for (const readonly of [true, false]) {
        assert.throws(
          () => openSqliteStore(path, { readonly }),
          (e: unknown) => e instanceof RasdError && e.code === 'E_NOT_STORE' && e.message.includes(`"${path}"`) && why.test(e.message),
        );
      }
      if (before) assert.equal(sha(path), before);
      assert.equal(existsSync(`${path}-wal`), false);
      assert.equal(existsSync(`${path}-shm`), false);
    });
  }
  it('an SQLite database marked by another application is refused by its id', () => {
    const path = join(dir, 'marked.db');
    const raw = new Database(path);
    raw.pragma('application_id = 1234');
    raw.exec('CREATE TABLE articles (x); CREATE TABLE meta (y);');
    raw.close();
    assert.throws(() => openSqliteStore(path), /another application \(application_id 1234\)/);
  });
});

describe('what a store path may be', () => {
  it('a new store is marked with Rasd\'s application id beside its schema version', () => {
    const path = join(dir, 'new.db');
    assert.equal(checkStoreFile(path), 'absent');
    openSqliteStore(path).close();
    assert.equal(checkStoreFile(path), 'rasd');
    const raw = new Database(path, { readonly: true });
    assert.equal(raw.pragma('application_id', { simple: true }), RASD_APPLICATION_ID);
    assert.equal(raw.pragma('user_version', { simple: true }), MIGRATIONS.length);
    raw.close();
  });
  it('an empty file, or an SQLite database with no tables, becomes a store; reading one is refused', () => {
    const empty = join(dir, 'empty.db');
    writeFileSync(empty, '');
    assert.equal(checkStoreFile(empty), 'empty');
    assert.throws(() => openSqliteStore(empty, { readonly: true }), /is empty, not a Rasd store yet/);
    const s = openSqliteStore(empty);
    s.putArticles(articles);
    s.close();
    assert.equal(checkStoreFile(empty), 'rasd');
  });
  it('a store written before stores were marked is still a store, and is marked when opened for writing', () => {
    const path = join(dir, 'legacy.db');
    const s = openSqliteStore(path);
    s.putArticles(articles);
    s.close();
    const raw = new Database(path);
    raw.pragma('application_id = 0');
    raw.close();
    assert.equal(checkStoreFile(path), 'rasd');
    const again = openSqliteStore(path);
    assert.equal(again.countArticles(), 1);
    again.close();
    const check = new Database(path, { readonly: true });
    assert.equal(check.pragma('application_id', { simple: true }), RASD_APPLICATION_ID);
    check.close();
  });
});
