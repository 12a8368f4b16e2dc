import { strict as assert } from 'node:assert';
import { mkdtempSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import type { Article } from '../../src/core/article.js';
import { extractText } from '../../src/ingest/extract-text.js';
import { DEDUPE_PARAMS, dedupeText, estimateJaccard, storySignature } from '../../src/search/dedupe/index.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { words } from '../helpers/synthetic-news.js';

const dir = mkdtempSync(join(tmpdir(), 'rasd-stories-'));

/** Three articles: X; Y, too far from X to join it; and Z, near both, nearer X. */
const record = (title: string, body: string): string => JSON.stringify({ title, content: body, date: '2025-03-04' });
const articles: Article[] = extractText(
  [record('أ', words(1, 100)), record('ب', words(51, 100)), record('ج', words(21, 100))].join('\n'),
  { path: 'stories.jsonl', format: 'json' },
).articles;

function clusters(path: string): number[] {
  const raw = new Database(path, { readonly: true });
  const rows = raw.prepare('SELECT cluster FROM docs ORDER BY docno').pluck().all() as number[];
  raw.close();
  return rows;
}

/** A run killed after storing `articles` but before indexing them: its lease is left to a dead process. */
function killedRun(path: string): void {
  const s = openSqliteStore(path);
  s.putArticles(articles);
  // No flush, no close: as after kill -9. The lease row now names a process that is gone.
  const raw = new Database(path);
  raw.prepare('UPDATE writer SET pid = 2147483646, host = ?').run(hostname());
  raw.close();
}

describe('story clusters after an interrupted run', () => {
  it('the fixture is what the test needs: Z joins X and Y, X and Y alone do not join', () => {
    const [x, y, z] = articles.map((a) => storySignature(dedupeText(a)));
    const t = DEDUPE_PARAMS.threshold;
    assert.ok(estimateJaccard(x!, y!) < t);
    assert.ok(estimateJaccard(z!, x!) >= t && estimateJaccard(z!, y!) >= t);
    assert.ok(estimateJaccard(z!, x!) > estimateJaccard(z!, y!));
  });
  it('are those of a clean run: a document joins only stories of documents before it', () => {
    const clean = join(dir, 'clean.db');
    const s = openSqliteStore(clean);
    s.putArticles(articles);
    s.close();
    assert.deepEqual(clusters(clean), [1, 2, 1]);

    const resumed = join(dir, 'resumed.db');
    killedRun(resumed);
    const again = openSqliteStore(resumed); // completes the index of what the killed run stored
    assert.deepEqual(again.putArticles(articles), { inserted: 0, existing: 3 });
    again.close();
    assert.deepEqual(clusters(resumed), clusters(clean));
    const r = openSqliteStore(resumed, { readonly: true });
    assert.equal(r.stats().stories, 2);
    assert.equal(r.stats().indexed, 3);
    r.close();
  });
});
