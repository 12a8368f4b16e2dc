/**
 * Events in the store, over invented articles of our own: event: and actor: in search, the event
 * and actor facets, the stored events (filters, linked tellings, pages), GET /api/events,
 * GET /api/export and `rasd export --events`.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { analyseArticle } from '../../src/analysis/analyse-article.js';
import { buildServer } from '../../src/api/server.js';
import { EventPageSchema } from '../../src/api/schemas.js';
import type { Article } from '../../src/core/article.js';
import { EVENT_COLUMNS } from '../../src/export/event-table.js';
import { extractText } from '../../src/ingest/extract-text.js';
import { actorKey, countsAsEvent, eventKeys } from '../../src/search/index/doc-facts.js';
import { QueryError } from '../../src/search/query/errors.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { runCli } from '../helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'rasd-events-'));
const corpus = readFileSync(new URL('../fixtures/events/store-corpus.jsonl', import.meta.url), 'utf8');
const articles = extractText(corpus, { path: 'store-corpus.jsonl', format: 'json' }).articles.map(analyseArticle);
const byHeadline = (start: string): Article => articles.find((a) => a.headline!.startsWith(start))!;
const attack = byHeadline('مسلحون يهاجمون');
const retold = byHeadline('مقتل ثلاثة شرطيين');
const protest = byHeadline('مئات يتظاهرون');
const denial = byHeadline('الوزارة تنفي');
const dbPath = join(dir, 'events.db');

let store: Store;
let app: FastifyInstance;
let base = '';
before(async () => {
  store = openSqliteStore(dbPath);
  store.putArticles(articles);
  store.flush();
  app = buildServer(store);
  base = (await app.listen({ port: 0, host: '127.0.0.1' })).replace(/\/$/, '');
});
after(async () => {
  await app.close();
  store.close();
});

const ids = (q: string): string[] => store.search(q, { all: true, limit: 100 }).hits.map((h) => h.id).sort();
/** The articles with an event that happened and has `key` (`ASSAULT`, `PROTEST/demo`), from the analysis itself. */
const telling = (key: string): string[] => articles.filter((a) => (a.events ?? []).some((e) => countsAsEvent(e) && eventKeys(e).includes(key))).map((a) => a.id).sort();

describe('search: event: and actor:', () => {
  it('event:TYPE finds the articles telling such an event as done, and not a denied one', () => {
    assert.deepEqual(ids('event:ASSAULT'), telling('ASSAULT'));
    assert.ok(ids('event:assault').includes(attack.id) && ids('event:ASSAULT').includes(retold.id));
    // «نفت وزارة الدفاع أن تكون طائراتها قد قصفت …»: a strike denied is no strike.
    assert.ok(denial.events!.some((e) => e.type === 'ASSAULT' && e.status === 'negated'));
    assert.ok(!ids('event:ASSAULT').includes(denial.id));
  });
  it('event:TYPE/mode narrows to a mode, in any case', () => {
    assert.deepEqual(ids('event:PROTEST/demo'), [protest.id]);
    assert.deepEqual(ids('event:protest/DEMO'), [protest.id]);
    assert.deepEqual(ids('event:PROTEST/riot'), []);
    assert.deepEqual(ids('event:ASSAULT المعلمين'), []);
  });
  it('a bad event: value is a query error at its place', () => {
    for (const [q, at] of [['event:ATTACK', 6], ['الريحان event:PROTEST/', 8], ['event:PROTEST/٣', 6]] as const) {
      assert.throws(() => store.search(q), (e: unknown) => e instanceof QueryError && e.reason === 'bad-event' && e.position >= at, q);
    }
  });
  it('actor: finds the articles where a participant acts or is acted on', () => {
    const stored = articles.flatMap((a) => (a.events ?? []).filter(countsAsEvent).flatMap((e) => [e.actor, e.recipient]).filter((p) => p !== null).map((p) => ({ a: a.id, p: p! })));
    assert.ok(stored.length > 0);
    for (const { p } of stored) {
      const want = [...new Set(stored.filter((s) => actorKey(s.p) === actorKey(p)).map((s) => s.a))].sort();
      const name = p.name ?? p.text;
      assert.deepEqual(ids(`actor:${JSON.stringify(name)}`).filter((id) => want.includes(id)), want, name);
    }
    assert.deepEqual(ids('actor:"لا أحد بهذا الاسم"'), []);
  });
  it('counts event types and actors as facets over the matches', () => {
    const f = store.search('event:ASSAULT OR event:PROTEST OR event:COERCE', { all: true }).facets!;
    for (const v of f.event) assert.deepEqual(ids(`event:${v.value}`).length, v.count, v.value);
    assert.ok(f.event.some((v) => v.value === 'PROTEST/demo'));
    for (const v of f.actor) assert.ok(ids(`actor:${JSON.stringify(v.name)}`).length >= v.count, v.name);
  });
});

describe('stored events', () => {
  it('lists the events that happened, newest first, each row from its article', () => {
    const page = store.events({ linked: false }, { limit: 500 });
    const happened = articles.flatMap((a) => (a.events ?? []).filter(countsAsEvent));
    assert.equal(page.total, happened.length);
    const dates = page.events.map((e) => e.date ?? '');
    assert.deepEqual(dates, [...dates].sort().reverse());
    // The timeline counts the same events by type and day.
    const counted = new Map<string, number>();
    for (const e of page.events) if (e.date) counted.set(`${e.date} ${e.type}`, (counted.get(`${e.date} ${e.type}`) ?? 0) + 1);
    assert.deepEqual(page.timeline.map((t) => [`${t.date} ${t.type}`, t.count]), [...counted].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
    for (const e of page.events) {
      const a = articles.find((x) => x.id === e.article.id)!;
      const n = Number(e.id.slice(a.id.length + 1));
      assert.equal(e.type, a.events![n]!.type);
      assert.equal(e.trigger, a.events![n]!.trigger.text);
      assert.ok(e.sentence.includes(e.trigger), e.id);
    }
  });
  it('links the tellings of one event across outlets and counts it once', () => {
    const tellings = store.events({ type: 'ASSAULT', linked: false }, { limit: 500 });
    const linked = store.events({ type: 'ASSAULT' }, { limit: 500 });
    const stories = new Set(tellings.events.map((e) => e.story));
    assert.equal(linked.total, stories.size);
    // The attack on the checkpoint: the second outlet's body names the town and the three killed the first named.
    const second = tellings.events.find((e) => e.article.id === retold.id && e.story !== e.id);
    assert.ok(second, JSON.stringify(tellings.events.map((e) => [e.id, e.story])));
    assert.ok(second.story.startsWith(attack.id));
    const one = linked.events.find((e) => e.id === second.story)!;
    assert.ok(one.mentions >= 2);
    assert.deepEqual(one.sources, [attack.outlet, retold.outlet]);
  });
  it('filters by type, mode, place, days, status and query, with pages', () => {
    const all = store.events({ linked: false }, { limit: 500 }).events;
    const only = (f: Parameters<Store['events']>[0]): string[] => store.events({ linked: false, ...f }, { limit: 500 }).events.map((e) => e.id);
    assert.deepEqual(only({ type: 'PROTEST', mode: 'demo' }), all.filter((e) => e.type === 'PROTEST' && e.mode.includes('demo')).map((e) => e.id));
    assert.deepEqual(only({ from: '2024-03-11', to: '2024-03-11' }), all.filter((e) => e.date === '2024-03-11').map((e) => e.id));
    const placed = all.find((e) => e.place)!;
    assert.ok(only({ place: placed.place! }).includes(placed.id));
    assert.deepEqual(only({ place: 'مكان لا وجود له' }), []);
    assert.ok(only({ status: 'negated' }).some((id) => id.startsWith(denial.id)));
    assert.ok(!only({}).some((id) => id.startsWith(denial.id)));
    assert.deepEqual(only({ q: 'المعلمين' }), all.filter((e) => e.article.id === protest.id).map((e) => e.id));
    const pages = [0, 2, 4].flatMap((offset) => store.events({ linked: false }, { limit: 2, offset }).events.map((e) => e.id));
    assert.deepEqual(pages, all.slice(0, 6).map((e) => e.id));
    assert.throws(() => store.events({ q: 'event:NOPE' }), QueryError);
  });
});

describe('GET /api/events and GET /api/export', () => {
  const get = async (path: string): Promise<{ status: number; type: string; text: string; headers: Headers }> => {
    const r = await fetch(base + path);
    return { status: r.status, type: r.headers.get('content-type') ?? '', text: await r.text(), headers: r.headers };
  };
  it('answers a page of events with the store\'s filters', async () => {
    const r = await get(`/api/events?type=PROTEST&mode=demo&limit=5`);
    assert.equal(r.status, 200, r.text);
    const page = EventPageSchema.parse(JSON.parse(r.text));
    assert.deepEqual(page, store.events({ type: 'PROTEST', mode: 'demo' }, { limit: 5 }));
    assert.ok(page.events.length > 0);
  });
  it('refuses a bad parameter or query with 400', async () => {
    for (const [q, code] of [['type=ATTACK', 'bad_request'], ['limit=0', 'bad_request'], ['from=2024-02-30', 'bad_request'], ['colour=red', 'bad_request'], ['q=event:NOPE', 'bad_query']] as const) {
      const r = await get(`/api/events?${q}`);
      assert.equal(r.status, 400, q);
      assert.equal((JSON.parse(r.text) as { error: { code: string } }).error.code, code, q);
    }
  });
  it('exports CSV with ACLED-like columns, and JSON lines, one row per event', async () => {
    const csv = await get('/api/export?format=csv&type=ASSAULT');
    assert.equal(csv.status, 200, csv.text);
    assert.match(csv.type, /^text\/csv/);
    const lines = csv.text.trimEnd().split('\r\n');
    assert.equal(lines[0], EVENT_COLUMNS.join(','));
    const events = store.events({ type: 'ASSAULT' }, { limit: 500 });
    assert.equal(lines.length - 1, events.total);
    assert.equal(csv.headers.get('x-rasd-events'), String(events.total));
    const jsonl = await get('/api/export?format=jsonl&type=ASSAULT&limit=1');
    assert.match(jsonl.type, /^application\/x-ndjson/);
    const rows = jsonl.text.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    assert.equal(rows.length, 1);
    assert.deepEqual(Object.keys(rows[0]!), [...EVENT_COLUMNS]);
    assert.equal(rows[0]!.event_id, events.events[0]!.id);
    assert.equal(rows[0]!.notes, events.events[0]!.sentence);
    assert.equal(rows[0]!.fatalities, events.events[0]!.counts.killed);
    const bad = await get('/api/export?format=xml');
    assert.equal(bad.status, 400);
  });
});

describe('rasd export --events', () => {
  it('writes the same rows as the API, CSV by default', async () => {
    const r = await runCli(['export', '--events', '--db', dbPath, '--type', 'assault']);
    assert.equal(r.code, 0, r.stderr);
    const api = await (await fetch(`${base}/api/export?type=ASSAULT`)).text();
    assert.equal(r.stdout, api);
    const jsonl = await runCli(['export', '--events', '--db', dbPath, '--format', 'jsonl', '--tellings']);
    assert.equal(jsonl.stdout.trim().split('\n').length, store.events({ linked: false }).total);
  });
  it('says what is wrong with its options, before writing anything', async () => {
    for (const [args, message] of [
      [['export', '--db', dbPath], /--events/],
      [['export', '--events', '--db', dbPath, '--format', 'xml'], /--format must be csv or jsonl/],
      [['export', '--events', '--db', dbPath, '--type', 'ATTACK'], /--type must be a PLOVER event type/],
      [['export', '--events', '--db', dbPath, '--from', '2024-13-01'], /--from must be a real day/],
      [['export', '--events', '--db', dbPath, '--query', 'event:NOPE'], /bad --query at character 7/],
      [['export', '--events', '--db', join(dir, 'none.db')], /no database/],
    ] as const) {
      const r = await runCli([...args]);
      assert.equal(r.code, 2, args.join(' '));
      assert.equal(r.stdout, '');
      assert.match(r.stderr, message);
    }
  });
});
