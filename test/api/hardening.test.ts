/**
 * The API under abuse, on real servers on free ports: bodies nested 400 000 deep, `__proto__`
 * keys, bytes that are not UTF-8, over-long URLs, clients that stop half-way through their
 * headers, and more searches at once than the server can answer in time. The articles are
 * written for these tests.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { ErrorBodySchema, MAX_JSON_DEPTH, PostArticlesResultSchema, SearchResultSchema } from '../../src/api/schemas.js';
import { buildServer, type ServerOptions } from '../../src/api/server.js';
import { ArticleSchema } from '../../src/core/article.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { fetchAnswer, type Answer } from '../helpers/http.js';

const TOKEN = 'hardening-token-7d1e';

const RECORD = {
  title: 'افتتاح مكتبة عامة في الحي القديم',
  content: 'افتتحت البلدية مكتبة عامة في الحي القديم تضم عشرة آلاف كتاب وقاعة للمطالعة.\nوقال مدير المكتبة إنها ستفتح أبوابها طوال أيام الأسبوع.',
  source: 'صحيفة الساحل',
  date: '2024-05-06',
};

const tmp = mkdtempSync(join(tmpdir(), 'rasd-hardening-'));
const servers: FastifyInstance[] = [];
const stores: Store[] = [];

/** A writable server over a fresh store, listening on a free port; closed after the tests. */
async function start(options: ServerOptions = {}, wrap: (s: Store) => Store = (s) => s): Promise<{ base: string; store: Store; app: FastifyInstance }> {
  const store = openSqliteStore(join(tmp, `s${stores.length}.db`));
  stores.push(store);
  const app = buildServer(wrap(store), { token: TOKEN, web: false, ...options });
  servers.push(app);
  const base = (await app.listen({ port: 0, host: '127.0.0.1' })).replace(/\/$/, '');
  return { base, store, app };
}

after(async () => {
  for (const app of servers) await app.close();
  for (const s of stores) s.close();
});

async function call(url: string, init: RequestInit = {}): Promise<Answer> {
  const a = await fetchAnswer(url, init);
  assert.doesNotMatch(a.text, /"stack"|\n\s+at |node_modules|\.ts:\d+/, a.text.slice(0, 200));
  return a;
}

const post = (base: string, body: string | Uint8Array, type = 'application/json'): Promise<Answer> =>
  call(`${base}/api/articles`, { method: 'POST', headers: { 'content-type': type, authorization: `Bearer ${TOKEN}` }, body });

function failed(a: Answer, status: number, code: string): Record<string, unknown> & { message: string } {
  assert.equal(a.status, status, JSON.stringify(a.body).slice(0, 300));
  const { error } = ErrorBodySchema.parse(a.body);
  assert.equal(error.code, code);
  return error;
}

const utf8 = (s: string): Buffer => Buffer.from(s, 'utf8');

describe('JSON bodies: depth, __proto__, bytes that are not UTF-8', () => {
  let base = '';
  let store: Store;
  before(async () => ({ base, store } = await start()));

  it(`refuses objects 400 000 deep and arrays 2 000 000 deep with 400 too_deep, before parsing them`, async () => {
    const objects = '{"a":'.repeat(400_000) + '1' + '}'.repeat(400_000);
    const arrays = '['.repeat(2_000_000) + ']'.repeat(2_000_000);
    for (const body of [objects, arrays]) {
      const e = failed(await post(base, body), 400, 'too_deep');
      assert.match(e.message, new RegExp(`more than ${MAX_JSON_DEPTH} deep`));
      assert.equal(typeof e.position, 'number');
    }
    // The server is still whole.
    assert.equal((await call(`${base}/api/health`)).status, 200);
  });
  it(`takes records nested ${MAX_JSON_DEPTH} deep, brackets inside strings not counted`, async () => {
    const nested = (n: number): unknown => (n === 0 ? 'قاع' : { x: nested(n - 1) });
    const deepest = { ...RECORD, title: `${RECORD.title} [[[{{{`, extra: nested(MAX_JSON_DEPTH - 1) };
    const r = PostArticlesResultSchema.parse((await post(base, JSON.stringify(deepest))).body);
    assert.equal(r.ids.length, 1);
    failed(await post(base, JSON.stringify({ ...RECORD, extra: nested(MAX_JSON_DEPTH) })), 400, 'too_deep');
  });
  it('refuses more records than the limit before parsing them, 413 too_large', async () => {
    failed(await post(base, `[${'{},'.repeat(200_000)}{}]`), 413, 'too_large');
  });
  it('broken and empty JSON are 400 bad_request saying so', async () => {
    assert.match(failed(await post(base, '{"title": '), 400, 'bad_request').message, /not valid JSON/);
    assert.match(failed(await post(base, ''), 400, 'bad_request').message, /empty/);
  });
  it('ignores a "__proto__" key as a field it does not know, with a warning naming the record; nothing is polluted', async () => {
    const withProto = `{"__proto__": {"polluted": "yes", "paragraphs": ["مدسوس"]}, ${JSON.stringify(RECORD).slice(1)}`;
    const r = PostArticlesResultSchema.parse((await post(base, withProto)).body);
    assert.equal(r.ids.length, 1);
    assert.deepEqual(r.diagnostics.map((d) => [d.code, d.input, d.severity]), [['api/ignored-key', 'api', 'warning']]);
    const a = ArticleSchema.parse((await call(`${base}/api/articles/${r.ids[0]}`)).body);
    assert.equal(a.headline, RECORD.title);
    assert.ok(!a.paragraphs.includes('مدسوس'));
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    // In an array, escaped (\u005f), and nested: each record named.
    const other = { ...RECORD, title: 'افتتاح حديقة عامة في الحي الجديد' };
    const arr = `[${JSON.stringify(other)}, {"\\u005f_proto__": {"x": 1}, "meta": {"__proto__": null}, ${JSON.stringify(RECORD).slice(1)}]`;
    const r2 = PostArticlesResultSchema.parse((await post(base, arr)).body);
    assert.deepEqual(r2.diagnostics.map((d) => [d.code, d.input]), [['api/ignored-key', 'api[1]'], ['api/ignored-key', 'api']]);
    assert.equal(({} as Record<string, unknown>).x, undefined);
    // A body that is nothing but the key: no article, and the answer says why.
    const e = failed(await post(base, '{"__proto__": {"title": "x", "content": "y"}}'), 400, 'no_articles');
    assert.ok((e.diagnostics as Array<{ code: string }>).some((d) => d.code === 'api/ignored-key'));
  });
  it('stores the good records of a body with bytes that are not UTF-8, and names the byte offset of each bad run', async () => {
    const head = utf8(`[${JSON.stringify({ ...RECORD, title: 'تجديد واجهة السوق المركزي' })}, {"title": "ترميم المسجد الكبير", "content": "بدأت أعمال ترميم `);
    const body = Buffer.concat([head, Buffer.from([0xff, 0xfe]), utf8(' المسجد الكبير في وسط المدينة بتمويل من الأهالي."}]')]);
    const r = PostArticlesResultSchema.parse((await post(base, body)).body);
    assert.equal(r.ids.length, 2);
    const bad = r.diagnostics.filter((d) => d.code === 'decode/invalid-bytes');
    assert.deepEqual(bad.map((d) => [d.start, d.end, d.unit, d.input]), [[head.length, head.length + 2, 'byte', 'api']]);
    assert.match(bad[0]!.message, new RegExp(`byte ${head.length}`));
  });
  it('does the same for a text/plain dump, and decodes a declared charset; an unknown charset is 415', async () => {
    const head = utf8('افتتاح سوق شعبي للحرف اليدوية\n\nافتتحت البلدية سوقاً شعبياً ');
    const body = Buffer.concat([head, Buffer.from([0xc3]), utf8(' للحرف اليدوية يعرض منتجات الأسر في الحي.\n')]);
    const r = PostArticlesResultSchema.parse((await post(base, body, 'text/plain; charset=utf-8')).body);
    assert.equal(r.ids.length, 1);
    assert.deepEqual(r.diagnostics.filter((d) => d.code === 'decode/invalid-bytes').map((d) => [d.start, d.unit]), [[head.length, 'byte']]);
    // windows-1256: «سوق» is d3 e6 de.
    const cp1256 = Buffer.concat([Buffer.from([0xd3, 0xe6, 0xde, 0x20, 0xd3, 0xe6, 0xde, 0x0a, 0x0a]), Buffer.from([0xd3, 0xe6, 0xde, 0x20, 0xd3, 0xe6, 0xde, 0x20, 0xd3, 0xe6, 0xde, 0x2e, 0x0a])]);
    const w = await post(base, cp1256, 'text/plain; charset=windows-1256');
    assert.equal(w.status, 201, JSON.stringify(w.body));
    const stored = ArticleSchema.parse((await call(`${base}/api/articles/${w.body.ids[0]}`)).body);
    assert.equal(stored.headline, 'سوق سوق');
    failed(await post(base, 'نص', 'text/plain; charset=klingon'), 415, 'unsupported_media_type');
    assert.equal(store.countArticles() > 0, true);
  });
});

describe('over-long URLs', () => {
  let base = '';
  before(async () => ({ base } = await start()));

  it('a 10 000-character query is 400 bad_request naming q, as the limits say, not 431', async () => {
    for (const q of ['ب'.repeat(10_000), 'x'.repeat(10_000), 'ﻻ'.repeat(1001)]) {
      const e = failed(await call(`${base}/api/search?${new URLSearchParams({ q })}`), 400, 'bad_request');
      assert.match(e.message, /^q: /);
    }
    // The longest query the limits allow passes, in the widest characters (3 bytes, 9 when escaped).
    const widest = await call(`${base}/api/search?${new URLSearchParams({ q: 'ﻻ'.repeat(1000), limit: '100', offset: '10000', sort: 'relevance', all: 'false', facets: 'false' })}`);
    SearchResultSchema.parse(widest.body);
  });
  it('a URL past 64 KiB is 431 too_large in the error shape, saying what the limit is about', async () => {
    const e = failed(await call(`${base}/api/search?${new URLSearchParams({ q: 'ب'.repeat(12_000) })}`), 431, 'too_large');
    assert.match(e.message, /URL and headers/);
  });
});

/** What a raw client gets: the status lines it read, and when the server closed the connection (ms after `send` started), or null if it gave up first. */
async function rawClient(port: number, send: Array<[delayMs: number, bytes: string]>, giveUpMs: number): Promise<{ statuses: string[]; closedAfter: number | null }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let got = '';
    const t0 = performance.now();
    const timers: NodeJS.Timeout[] = [];
    const done = (closedAfter: number | null): void => {
      timers.forEach(clearTimeout);
      resolve({ statuses: [...got.matchAll(/HTTP\/1\.1 \d{3} [^\r]*/g)].map((m) => m[0]), closedAfter });
    };
    socket.on('connect', () => {
      for (const [delay, bytes] of send) timers.push(setTimeout(() => socket.writable && socket.write(bytes), delay));
      timers.push(setTimeout(() => {
        socket.destroy();
        done(null);
      }, giveUpMs));
    });
    socket.on('data', (c: Buffer) => (got += c.toString('utf8')));
    socket.on('close', () => done(performance.now() - t0));
    socket.on('error', (err: NodeJS.ErrnoException) => (err.code === 'ECONNRESET' ? undefined : reject(err)));
  });
}

describe('slow clients are cut at the request timeout', () => {
  const TIMEOUT = 600;
  let port = 0;
  before(async () => {
    const { base } = await start({ requestTimeout: TIMEOUT });
    port = Number(new URL(base).port);
  });

  it('partial headers, on a new connection or after a kept-alive request, a drip of header bytes, and silence: 408 within the timeout and 10%', async () => {
    const partial = 'GET /api/health HTTP/1.1\r\nHost: x\r\nX-Slow: ';
    const whole = 'GET /api/health HTTP/1.1\r\nHost: x\r\n\r\n';
    const drip: Array<[number, string]> = [...partial].map((ch, i) => [i * 50, ch]);
    const cases: Array<[string, Array<[number, string]>, string[]]> = [
      ['partial headers', [[0, partial]], ['HTTP/1.1 408 Request Timeout']],
      ['after a kept-alive request', [[0, whole], [50, partial]], ['HTTP/1.1 200 OK', 'HTTP/1.1 408 Request Timeout']],
      ['a drip', drip, ['HTTP/1.1 408 Request Timeout']],
      ['silence', [], ['HTTP/1.1 408 Request Timeout']],
    ];
    const runs = await Promise.all(cases.map(([, send]) => rawClient(port, send, 5 * TIMEOUT)));
    for (const [i, [label, , statuses]] of cases.entries()) {
      const { closedAfter, statuses: got } = runs[i]!;
      assert.ok(closedAfter !== null, `${label}: still open after ${5 * TIMEOUT} ms`);
      // «after a kept-alive request» starts its second request 50 ms in.
      assert.ok(closedAfter >= TIMEOUT - 50 && closedAfter <= TIMEOUT * 1.1 + 150, `${label}: closed after ${closedAfter.toFixed(0)} ms`);
      assert.deepEqual(got, statuses, label);
    }
  });
});

/** Spins for `ms`: the synchronous work a big store does, on the one event loop. */
function busy(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end);
}

/** `store` with searches that take `search` ms and stores that take `put` ms an article; the rest as it is. */
function slowed(o: { search?: number; put?: number }): (s: Store) => Store {
  return (s) =>
    new Proxy(s, {
      get(target, key) {
        if (key === 'search') return ((q, options) => (busy(o.search ?? 0), target.search(q, options))) satisfies Store['search'];
        if (key === 'putArticles') return ((articles) => (busy((o.put ?? 0) * articles.length), target.putArticles(articles))) satisfies Store['putArticles'];
        const value: unknown = Reflect.get(target, key, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
}

/** Asks for /api/health every 50 ms until `until` settles; the slowest answer, in ms. */
async function slowestHealth(base: string, until: Promise<unknown>): Promise<number> {
  let settled = false;
  void until.finally(() => (settled = true));
  let slowest = 0;
  while (!settled) {
    const t = performance.now();
    assert.equal((await call(`${base}/api/health`)).status, 200);
    slowest = Math.max(slowest, performance.now() - t);
    await new Promise((r) => setTimeout(r, 50));
  }
  return slowest;
}

interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: any;
  /** Milliseconds from sending to the first byte of the answer. */
  ms: number;
}

/**
 * Opens a connection for each request, then writes them all at once, so the server reads them in
 * one turn of its loop (a client in this process could not send while the server works).
 */
async function burst(port: number, requests: string[]): Promise<RawAnswer[]> {
  const sockets = await Promise.all(requests.map(() => new Promise<Socket>((resolve, reject) => {
    const s = connect(port, '127.0.0.1', () => resolve(s));
    s.on('error', reject);
  })));
  await new Promise((r) => setTimeout(r, 50)); // the server accepts them all
  let t0 = 0;
  const answers = sockets.map((s) => new Promise<RawAnswer>((resolve) => {
    const chunks: Buffer[] = [];
    let ms = -1;
    s.on('data', (c: Buffer) => {
      if (ms < 0) ms = performance.now() - t0;
      chunks.push(c);
    });
    s.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const [head = '', body = ''] = text.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
      assert.doesNotMatch(body, /"stack"|\n\s+at |node_modules/);
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: body ? JSON.parse(body) : null, ms });
    });
  }));
  t0 = performance.now();
  for (const [i, s] of sockets.entries()) s.write(requests[i]!);
  return Promise.all(answers);
}

const rawGet = (path: string): string => `GET ${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`;

describe('more searches than the server can answer in time', () => {
  // Longer than the 50 ms the server runs searches back to back: one search a turn of its loop.
  const SEARCH_MS = 100;
  let base = '';
  before(async () => ({ base } = await start({ queue: { reads: 4 } }, slowed({ search: SEARCH_MS }))));

  it('answers the first ones, refuses the rest at once with 503 overloaded and Retry-After, and health meanwhile', async () => {
    const search = `/api/search?q=${encodeURIComponent('مكتبة')}&facets=false`;
    await call(base + search); // the analyser's lexicon loads on the first search
    const answers = await burst(Number(new URL(base).port), [...Array.from({ length: 16 }, () => rawGet(search)), rawGet('/api/health')]);
    const health = answers.pop()!;
    const ok = answers.filter((a) => a.status === 200);
    const shed = answers.filter((a) => a.status === 503);
    assert.deepEqual([ok.length, shed.length], [4, 12], JSON.stringify(answers.map((a) => a.status)));
    for (const a of shed) {
      assert.equal(ErrorBodySchema.parse(a.body).error.code, 'overloaded');
      assert.equal(a.headers['retry-after'], '1');
      assert.equal(a.headers['x-content-type-options'], 'nosniff');
    }
    // The client shares this process's loop, so it reads any answer only once a search has run:
    // refusals and health arrive with the first search answered, not after the ones queued.
    const first = Math.min(...ok.map((a) => a.ms));
    for (const a of [...shed, health]) assert.ok(a.ms < first + SEARCH_MS / 2, `${a.status} after ${a.ms.toFixed(0)} ms, the first search after ${first.toFixed(0)} ms`);
    // The searches answered in the order they came, each waiting for the ones before it only.
    assert.ok(Math.max(...ok.map((a) => a.ms)) < 4 * SEARCH_MS + 200, ok.map((a) => a.ms.toFixed(0)).join(' '));
    assert.equal(health.status, 200);
    // The queue has emptied: the next search is answered.
    SearchResultSchema.parse((await call(base + search)).body);
  });
});

describe('places in the write queue', () => {
  let base = '';
  before(async () => ({ base } = await start({ queue: { writes: 1 } })));

  it('are taken before the body is read: while one body uploads, the next POST is refused without reading its own', async () => {
    const body = JSON.stringify(RECORD);
    const { port } = new URL(base);
    const socket = connect(Number(port), '127.0.0.1');
    const answer = new Promise<string>((resolve) => {
      let got = '';
      socket.on('data', (c: Buffer) => (got += c.toString('utf8')));
      socket.on('close', () => resolve(got));
    });
    socket.write(`POST /api/articles HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${TOKEN}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n`);
    socket.write(body.slice(0, 10));
    try {
      await new Promise((r) => setTimeout(r, 100));
      const refused = await post(base, JSON.stringify({ ...RECORD, title: 'عنوان آخر للخبر نفسه' }));
      failed(refused, 503, 'overloaded');
      assert.equal(refused.headers.get('retry-after'), '1');
      socket.end(body.slice(10));
      assert.match(await answer, /^HTTP\/1\.1 201 /);
    } finally {
      socket.destroy();
    }
  });
  it('are given back by bodies that fail to parse, and by clients that leave', async () => {
    failed(await post(base, '{"title": '), 400, 'bad_request');
    failed(await post(base, '['.repeat(100)), 400, 'too_deep');
    const socket = connect(Number(new URL(base).port), '127.0.0.1');
    socket.write(`POST /api/articles HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${TOKEN}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"title"`);
    await new Promise((r) => setTimeout(r, 100));
    socket.destroy();
    await new Promise((r) => setTimeout(r, 100));
    const r = PostArticlesResultSchema.parse((await post(base, JSON.stringify({ ...RECORD, title: 'عنوان ثالث للخبر' }))).body);
    assert.equal(r.ids.length, 1);
  });
});

describe('a POST while another process writes the store', () => {
  it('is 503 busy, naming neither the file nor the process, and stores nothing; it is taken once the other has finished', async () => {
    const { base, store } = await start();
    const path = join(tmp, `s${stores.length - 1}.db`);
    const ingest = openSqliteStore(path);
    try {
      await ingest.holdWriter();
      const e = failed(await post(base, JSON.stringify(RECORD)), 503, 'busy');
      assert.doesNotMatch(e.message, /\.db|process \d/);
      assert.equal(store.countArticles(), 0);
    } finally {
      ingest.close();
    }
    PostArticlesResultSchema.parse((await post(base, JSON.stringify(RECORD))).body);
    assert.equal(store.countArticles(), 1);
  });
});

describe('a POST larger than its time', () => {
  const TIMEOUT = 1500;
  let base = '';
  let store: Store;
  before(async () => ({ base, store } = await start({ requestTimeout: TIMEOUT }, slowed({ put: 5 }))));

  const records = Array.from({ length: 300 }, (_, n) => ({
    ...RECORD,
    title: `${RECORD.title}: اليوم ${n + 1}`,
    content: `${RECORD.content}\nوبلغ عدد الزوار في اليوم ${n + 1} نحو ${(n + 1) * 37} زائراً من سكان الحي.`,
  }));

  it('stores what fits in the request timeout, answering health meanwhile, and says what was left; sending again stores the rest', async () => {
    const t = performance.now();
    const first = post(base, JSON.stringify(records));
    const slowest = await slowestHealth(base, first);
    const a = await first;
    const took = performance.now() - t;
    assert.equal(a.status, 201, JSON.stringify(a.body).slice(0, 300));
    assert.ok(took < TIMEOUT + 700, `answered after ${took.toFixed(0)} ms`);
    assert.ok(slowest < 500, `a health check waited ${slowest.toFixed(0)} ms`);
    const r = PostArticlesResultSchema.parse(a.body);
    assert.ok(r.inserted > 0 && r.inserted < records.length, `${r.inserted} stored`);
    assert.equal(r.ids.length, r.inserted);
    const cut = r.diagnostics.filter((d) => d.code === 'api/out-of-time');
    assert.equal(cut.length, 1);
    assert.match(cut[0]!.message, /send the rest again, or the whole body/);
    assert.equal(store.countArticles(), r.inserted);
    // Each sending stores more; what is stored already counts as existing.
    let last = r;
    for (let round = 0; round < 10 && last.diagnostics.some((d) => d.code === 'api/out-of-time'); round++) {
      last = PostArticlesResultSchema.parse((await post(base, JSON.stringify(records))).body);
    }
    assert.deepEqual(last.diagnostics, []);
    assert.equal(store.countArticles(), records.length);
    assert.equal(last.inserted + last.existing, records.length);
  });
});
