import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { RasdError } from '../../src/errors.js';
import { extractText } from '../../src/ingest/extract-text.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { syntheticJsonl } from '../helpers/synthetic-news.js';

const dir = mkdtempSync(join(tmpdir(), 'rasd-lease-'));
const batch = (from: number, count: number) => extractText(syntheticJsonl(from, count), { path: 'x.jsonl', format: 'json' }).articles;
const busy = (e: unknown): boolean => e instanceof RasdError && e.code === 'E_BUSY' && e.message.includes(`process ${process.pid}`);

describe('one writer at a time', () => {
  it('a write while another store holds the lease is refused, naming the holder; after its flush it succeeds', () => {
    const path = join(dir, 'a.db');
    const a = openSqliteStore(path);
    const b = openSqliteStore(path);
    a.putArticles(batch(0, 3));
    assert.throws(() => b.putArticles(batch(3, 3)), busy);
    a.flush();
    assert.deepEqual(b.putArticles(batch(3, 3)), { inserted: 3, existing: 0 });
    b.flush();
    assert.equal(a.stats().indexed, 6);
    a.close();
    b.close();
  });
  it('holdWriter waits for the holder to close, says once who it waits for, and keeps the lease until close', async () => {
    const path = join(dir, 'b.db');
    const a = openSqliteStore(path);
    await a.holdWriter();
    a.putArticles(batch(0, 2));
    a.flush(); // an ingest keeps the lease across flushes
    const b = openSqliteStore(path);
    const waits: string[] = [];
    let got = false;
    const held = b.holdWriter({ pollMs: 10, onWait: (h) => waits.push(h) }).then(() => (got = true));
    await new Promise((r) => setTimeout(r, 80));
    assert.equal(got, false);
    assert.throws(() => openSqliteStore(path).putArticles(batch(9, 1)), busy);
    a.close();
    await held;
    assert.equal(waits.length, 1);
    assert.match(waits[0]!, new RegExp(`process ${process.pid}, writing since \\d{4}-`));
    assert.deepEqual(b.putArticles(batch(2, 2)), { inserted: 2, existing: 0 });
    b.close();
  });
  it('waiting stops when its signal aborts', async () => {
    const path = join(dir, 'c.db');
    const a = openSqliteStore(path);
    await a.holdWriter();
    const b = openSqliteStore(path);
    const stop = new AbortController();
    setTimeout(() => stop.abort(), 30);
    await assert.rejects(b.holdWriter({ pollMs: 10, signal: stop.signal }), (e: unknown) => e instanceof RasdError && e.code === 'E_BUSY' && /gave up waiting/.test(e.message));
    a.close();
    b.close();
  });
  it('a lease left by a process that is gone is taken over, and what it stored is indexed', () => {
    const path = join(dir, 'd.db');
    const s = openSqliteStore(path);
    s.putArticles(batch(0, 4));
    s.flush();
    s.close();
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const raw = new Database(path);
    raw.prepare('INSERT OR REPLACE INTO writer (id, owner, pid, host, started, since, beat) VALUES (1, ?, ?, ?, 0, ?, ?)').run('gone', Number(gone.stdout), hostname(), new Date().toISOString(), Date.now());
    raw.close();
    const t = openSqliteStore(path);
    assert.deepEqual(t.putArticles(batch(4, 2)), { inserted: 2, existing: 0 });
    t.close();
    const r = openSqliteStore(path, { readonly: true });
    assert.equal(r.stats().indexed, 6);
    r.close();
  });
  it('a lease held from another host lapses only when its heartbeat is old', () => {
    const path = join(dir, 'e.db');
    openSqliteStore(path).close();
    const raw = new Database(path);
    const put = raw.prepare('INSERT OR REPLACE INTO writer (id, owner, pid, host, started, since, beat) VALUES (1, ?, 1, ?, 0, ?, ?)');
    put.run('far', 'elsewhere.example', new Date().toISOString(), Date.now());
    assert.throws(() => openSqliteStore(path).putArticles(batch(0, 1)), /process 1 on elsewhere\.example/);
    put.run('far', 'elsewhere.example', new Date().toISOString(), Date.now() - 11 * 60_000);
    raw.close();
    const s = openSqliteStore(path);
    assert.deepEqual(s.putArticles(batch(0, 1)), { inserted: 1, existing: 0 });
    s.close();
  });
});
