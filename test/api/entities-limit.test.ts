/** `GET /api/entities` takes `limit` like the other endpoints, and still `top`; the OpenAPI document lists both. */
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { buildServer } from '../../src/api/server.js';
import { analyseArticle } from '../../src/analysis/analyse-article.js';
import { extractText } from '../../src/ingest/extract-text.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { Store } from '../../src/store/store.js';

// Our own articles (test/fixtures/search), with entities found at ingest.
const corpus = readFileSync(new URL('../fixtures/search/corpus.jsonl', import.meta.url), 'utf8');
let store: Store;
let app: ReturnType<typeof buildServer>;

before(() => {
  store = openSqliteStore(join(mkdtempSync(join(tmpdir(), 'rasd-entities-')), 'e.db'));
  store.putArticles(extractText(corpus, { path: 'corpus.jsonl', format: 'json' }).articles.map(analyseArticle));
  store.flush();
  app = buildServer(store);
});
after(async () => {
  await app.close();
  store.close();
});

const get = async (url: string): Promise<{ status: number; body: any }> => {
  const r = await app.inject({ method: 'GET', url });
  return { status: r.statusCode, body: r.json() };
};

describe('GET /api/entities: limit', () => {
  it('limit cuts the list as top does, and the default stays 20', async () => {
    const all = await get('/api/entities?limit=1000');
    assert.equal(all.status, 200);
    assert.ok(all.body.length >= 3, JSON.stringify(all.body));
    for (const n of [1, 2]) {
      const byLimit = await get(`/api/entities?limit=${n}`);
      assert.equal(byLimit.status, 200, JSON.stringify(byLimit.body));
      assert.deepEqual(byLimit.body, all.body.slice(0, n));
      assert.deepEqual((await get(`/api/entities?top=${n}`)).body, byLimit.body);
      assert.deepEqual((await get(`/api/entities?limit=${n}&top=${n}`)).body, byLimit.body);
    }
    assert.deepEqual((await get('/api/entities')).body, all.body.slice(0, 20));
  });
  it('refuses a bad limit, and a limit and top that differ, naming them', async () => {
    for (const url of ['/api/entities?limit=0', '/api/entities?limit=1001', '/api/entities?limit=x', '/api/entities?limit=2&top=3']) {
      const r = await get(url);
      assert.equal(r.status, 400, url);
      assert.equal(r.body.error.code, 'bad_request');
      assert.match(r.body.error.message, /limit/);
    }
  });
  it('the OpenAPI document lists limit and top', async () => {
    const doc = (await get('/api/openapi.json')).body;
    const names = doc.paths['/api/entities'].get.parameters.map((p: { name: string }) => p.name);
    assert.ok(names.includes('limit') && names.includes('top'), JSON.stringify(names));
  });
});
