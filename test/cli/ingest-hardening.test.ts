import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { articleFlow } from '../../src/pipeline.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { runCli } from '../helpers/run-cli.js';
import { outputMatches, spawnCli } from '../helpers/spawn-cli.js';
import { syntheticJsonl } from '../helpers/synthetic-news.js';

const dir = mkdtempSync(join(tmpdir(), 'rasd-ingest-hard-'));
const file = (name: string, text: string): string => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
const sha = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

function figures(db: string): { articles: number; indexed: number; common: number; segmentDocs: number } {
  const s = openSqliteStore(db, { readonly: true });
  const stats = s.stats();
  const common = s.search('مشترك', { all: true }).total;
  s.close();
  const raw = new Database(db, { readonly: true });
  const segmentDocs = raw.prepare('SELECT coalesce(sum(docs), 0) FROM segments').pluck().get() as number;
  raw.close();
  return { articles: stats.articles, indexed: stats.indexed, common, segmentDocs };
}

describe('rasd with a --db that is not a Rasd store', () => {
  const other = join(dir, 'contacts.db');
  const raw = new Database(other);
  raw.exec('CREATE TABLE contacts (name TEXT)');
  raw.close();
  const input = file('one.jsonl', syntheticJsonl(0, 2));
  const commands: string[][] = [
    ['search', 'مشترك'],
    ['stats'],
    ['show', 'abc'],
    ['entities'],
    ['quotes', '--by', 'أحد'],
    ['serve', '--port', '0'],
    ['ingest', input],
  ];
  for (const argv of commands) {
    it(`${argv[0]} refuses it in one line, exit 1, and leaves it untouched`, async () => {
      const before = sha(other);
      const r = await runCli([...argv, '--db', other]);
      assert.equal(r.code, 1);
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
      assert.match(r.stderr, /contacts\.db" is not a Rasd store \(an SQLite database of another application, with the tables contacts\)/);
      assert.doesNotMatch(r.stderr, /\n\s+at /);
      assert.equal(sha(other), before);
    });
  }
});

describe('rasd ingest', () => {
  it('creates no store when every input fails', async () => {
    const db = join(dir, 'never.db');
    const r = await runCli(['ingest', join(dir, 'nope.zip'), '--db', db]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /nothing to store, so no database was created/);
    assert.equal(existsSync(db), false);
  });
  it('exits 1 when an input had a warning, as for an error, and stores the good articles', async () => {
    const db = join(dir, 'warned.db');
    const input = file('warned.jsonl', syntheticJsonl(0, 2) + JSON.stringify({ title: 'بلا نص', content: '' }) + '\n');
    const r = await runCli(['ingest', input, '--db', db, '--no-analysis']);
    assert.match(r.stderr, /warning records\/no-body/);
    assert.match(r.stderr, /2 new articles, 0 already stored, 1 diagnostics \(0 errors, 1 warnings\)/);
    assert.equal(r.code, 1);
  });
  it('does not analyse again what is stored: known articles are dropped before analysis', async () => {
    const db = join(dir, 'again.db');
    const input = file('again.jsonl', syntheticJsonl(0, 30));
    assert.equal((await runCli(['ingest', input, '--db', db])).code, 0);
    const store = openSqliteStore(db, { readonly: true });
    let reached = 0;
    let known = 0;
    for await (const r of articleFlow([input], process.stdin, { workers: 0, known: (a) => store.hasArticle(a.id) })) {
      reached += r.articles.length;
      known += r.known ?? 0;
    }
    store.close();
    assert.deepEqual({ reached, known }, { reached: 0, known: 30 });
    const again = await runCli(['ingest', input, '--db', db]);
    assert.match(again.stderr, /0 new articles, 30 already stored/);
    assert.equal(again.code, 0);
  });
});

describe('rasd ingest, interrupted', () => {
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    it(`${signal} stores and indexes what was read, says so, and exits ${code}`, async () => {
      const db = join(dir, `${signal}.db`);
      // More than one piece of records (1 M characters), on a pipe left open: the run would go on forever.
      const run = spawnCli(['ingest', '--db', db, '--no-analysis', '--verbose'], { stdin: syntheticJsonl(0, 6000), end: false });
      await outputMatches(run, /stored \d+ articles/);
      run.child.kill(signal);
      const r = await run.done;
      assert.equal(r.code, code, r.stderr);
      const stored = countRows(db);
      assert.ok(stored > 0 && stored < 6000, `stored ${stored}`);
      assert.match(r.stderr, new RegExp(`interrupted \\(${signal}\\) after [\\d.]+ s, 0 inputs finished inside "<stdin>": ${stored} new articles stored and searchable`));
      assert.deepEqual(figures(db), { articles: stored, indexed: stored, common: stored, segmentDocs: stored });
    });
  }
  it('an interrupt before anything is stored says so, and creates no store', async () => {
    const db = join(dir, 'early.db');
    const run = spawnCli(['ingest', '--db', db, '--verbose'], { end: false });
    await outputMatches(run, /reading 1 input/);
    run.child.kill('SIGINT');
    const r = await run.done;
    assert.equal(r.code, 130, r.stderr);
    assert.match(r.stderr, /interrupted \(SIGINT\).*nothing was stored and no database was created/);
    assert.equal(existsSync(db), false);
  });
});

function countRows(db: string): number {
  try {
    const raw = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return raw.prepare('SELECT count(*) FROM articles').pluck().get() as number;
    } finally {
      raw.close();
    }
  } catch {
    return 0;
  }
}

describe('concurrent ingests into one store', () => {
  for (const writers of [2, 3]) {
    it(`${writers} at once store and index every article exactly once, the later ones waiting their turn`, async () => {
      const db = join(dir, `together-${writers}.db`);
      // Each writes 5,500 articles of its own (over two pieces of input) and 500 that the next one writes too.
      const inputs = Array.from({ length: writers }, (_, w) => file(`w${writers}-${w}.jsonl`, syntheticJsonl(w * 5500, 6000)));
      // The first is under way (it has stored articles it has not indexed yet) when the others start.
      const first = spawnCli(['ingest', inputs[0]!, '--db', db, '--no-analysis']);
      for (let i = 0; i < 2400 && countRows(db) === 0; i++) await new Promise((r) => setTimeout(r, 25));
      const runs = [first, ...inputs.slice(1).map((input) => spawnCli(['ingest', input, '--db', db, '--no-analysis']))];
      const results = await Promise.all(runs.map((r) => r.done));
      for (const r of results) assert.equal(r.code, 0, r.stderr);
      const total = writers * 5500 + 500;
      assert.deepEqual(figures(db), { articles: total, indexed: total, common: total, segmentDocs: total });
    });
  }
});
