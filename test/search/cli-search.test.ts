/** `rasd search` and the API over a store of our own articles: query errors quoted in a window, the --facets lines. */
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { buildServer } from '../../src/api/server.js';
import { analyseArticle } from '../../src/analysis/analyse-article.js';
import { extractText } from '../../src/ingest/extract-text.js';
import { parseQuery, QueryError, queryWindow } from '../../src/search/query/index.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { runCli } from '../helpers/run-cli.js';

const db = join(mkdtempSync(join(tmpdir(), 'rasd-cli-search-')), 'cli.db');
const corpus = readFileSync(new URL('../fixtures/search/corpus.jsonl', import.meta.url), 'utf8');

before(() => {
  const store = openSqliteStore(db);
  store.putArticles(extractText(corpus, { path: 'corpus.jsonl', format: 'json' }).articles.map(analyseArticle));
  store.flush();
  store.close();
});

describe('queryWindow', () => {
  // [query, position, end, window text, problem inside it]
  const table: Array<[string, number, number, string, string]> = [
    ['الرياض (جدة', 7, 8, 'الرياض (جدة', '('],
    ['أ'.repeat(100), 90, 100, '…' + 'أ'.repeat(80), 'أ'.repeat(10)],
    ['ب'.repeat(50) + '«' + 'ج'.repeat(200), 50, 51, '…' + 'ب'.repeat(20) + '«' + 'ج'.repeat(59) + '…', '«'],
    ['د'.repeat(14000), 1000, 14000, '…' + 'د'.repeat(80) + '…', 'د'.repeat(60)],
    ['هـ'.repeat(100), 200, 200, '…' + 'هـ'.repeat(40), ''],
  ];
  for (const [query, position, end, text, problem] of table) {
    it(`${query.length} characters, problem at ${position}`, () => {
      const w = queryWindow(query, position, end);
      assert.equal(w.text, text);
      assert.equal(w.text.slice(w.start, w.end), problem);
    });
  }
});

describe('error messages quote little of a long query', () => {
  it('from the parser: values and exclusions are clipped', () => {
    const long = 'ب'.repeat(900);
    for (const [q, limits] of [[`-${long}`, {}], [`date:${long}`, {}], [`foo${'x'.repeat(900)}:y`, {}], [`-"${long}"`, { maxLength: 5000 }]] as const) {
      try {
        parseQuery(q, limits);
        assert.fail(q);
      } catch (e) {
        assert.ok(e instanceof QueryError);
        assert.ok(e.message.length < 250, `${e.message.length} characters: ${e.message.slice(0, 100)}`);
      }
    }
  });
  it('from the command line: the ~80 characters around the problem and carets under it, not the whole query', async () => {
    const query = 'داعش '.repeat(2800);
    const r = await runCli(['search', query, '--db', db]);
    assert.equal(r.code, 2);
    const lines = r.stderr.trimEnd().split('\n');
    assert.equal(lines.length, 3, r.stderr.slice(0, 300));
    assert.match(lines[0]!, /^rasd search: bad query at character 1001: the query is too long: 14000 characters \(limit 1000\)$/);
    assert.ok(lines[1]!.length <= 90 && lines[2]!.length <= 90, `${lines[1]!.length}, ${lines[2]!.length}`);
    // The carets stand under the window's part beyond the limit.
    const carets = lines[2]!.indexOf('^');
    assert.equal(lines[1]!.slice(carets, lines[2]!.length), query.slice(1000, 1000 + lines[2]!.length - carets));
    const short = await runCli(['search', 'الزهراء (معرض', '--db', db]);
    assert.equal(short.stderr.split('\n')[1], '  الزهراء (معرض');
    assert.equal(short.stderr.split('\n')[2], `  ${' '.repeat(8)}^`);
  });
  it('from the API: a short message, whatever the query', async () => {
    const store = openSqliteStore(db, { readonly: true });
    const app = buildServer(store);
    try {
      for (const q of ['داعش '.repeat(2800), `-${'ب'.repeat(990)}`]) {
        const r = await app.inject({ method: 'GET', url: `/api/search?q=${encodeURIComponent(q)}` });
        assert.equal(r.statusCode, 400);
        const { error } = r.json() as { error: { message: string } };
        assert.ok(error.message.length < 250, `${error.message.length} characters`);
      }
    } finally {
      await app.close();
      store.close();
    }
  });
});

describe('rasd search --facets', () => {
  it('prints each facet as values with counts, entities and speakers by name, and nothing undefined', async () => {
    const r = await runCli(['search', 'التعليم OR الزهراء', '--facets', '--all', '--db', db]);
    assert.equal(r.code, 0, r.stderr);
    assert.doesNotMatch(r.stdout, /undefined/);
    const json = JSON.parse((await runCli(['search', 'التعليم OR الزهراء', '--json', '--all', '--db', db])).stdout) as { facets: Record<string, Array<{ value: string; name?: string; count: number }>> };
    const facetLines = r.stdout.split('\n').filter((l) => /^[a-z]+: /.test(l));
    assert.deepEqual(facetLines.map((l) => l.split(':')[0]), ['outlet', 'month', 'day', 'entity', 'speaker', 'event', 'actor'].filter((n) => json.facets[n]!.length));
    for (const line of facetLines) {
      const name = line.split(':')[0]!;
      const shown = json.facets[name]!.map((v) => `${v.name ?? v.value} (${v.count})`).join(', ');
      assert.equal(line, `${name}: ${shown}`);
    }
    assert.ok(facetLines.some((l) => l.startsWith('entity: ') && l.includes('سالم القحطاني (')), r.stdout);
  });
});
