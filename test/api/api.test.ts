/**
 * The HTTP API on a real server: a temp SQLite store with four articles of our own writing (two
 * near-identical copies of one story and two other stories), a writable server with a token and
 * a read-only one beside it, both on free ports, talked to with fetch.
 */
import { strict as assert } from 'node:assert';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { openApiPath } from '../../src/api/openapi.js';
import { registeredRoutes } from '../../src/api/route-list.js';
import { ErrorBodySchema, HealthSchema, PostArticlesResultSchema, SearchResultSchema, StoreStatsSchema } from '../../src/api/schemas.js';
import { buildServer } from '../../src/api/server.js';
import { ArticleSchema, type Article } from '../../src/core/article.js';
import { extractText } from '../../src/ingest/extract-text.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { runCli } from '../helpers/run-cli.js';
import { fetchAnswer, type Answer } from '../helpers/http.js';

// ── Articles (written for these tests) ────────────────────────────────────────────────────────

/** One school story; `when` and `credit` make the near-identical second copy. */
const school = (when: string, credit: string): string => `أحمد السالم يفتتح المدرسة الجديدة في حي النخيل

الطلاب يصطفون أمام مبنى المدرسة الجديدة (${credit})
TT

الطلاب يصطفون أمام مبنى المدرسة الجديدة (${credit})

افتتح وزير التعليم أحمد السالم ${when} المدرسة الجديدة في حي النخيل، وهي أول منشأة تعليمية تعمل بالطاقة الشمسية في المدينة.
وقال الوزير إن المشروع «خطوة أولى نحو مبانٍ صديقة للبيئة» في جميع المحافظات.
وتستوعب المدرسة ثمانمائة طالب وطالبة، وتضم مختبرات حديثة ومكتبة رقمية وملاعب مظللة.
`;

/** «مَدْرَسَةِ» is diacritised on purpose: the highlight must give it back as written. */
const SPORT = `منتخب الناشئين يتوج ببطولة الكرة الطائرة

اللاعبون يرفعون الكأس بعد المباراة النهائية (أ.ب)
TT

اللاعبون يرفعون الكأس بعد المباراة النهائية (أ.ب)

توج منتخب الناشئين ببطولة الكرة الطائرة الإقليمية بعد فوزه في المباراة النهائية بثلاثة أشواط نظيفة.
وأوضح المدرب أن أغلب اللاعبين تخرجوا في مَدْرَسَةِ النادي للمواهب الصاعدة خلال السنوات الخمس الماضية.
`;

/** An export-style record, as news exports write them. */
const GOLD_RECORD = {
  title: 'ارتفاع أسعار الذهب في الأسواق المحلية',
  content:
    'سجلت أسعار الذهب ارتفاعاً جديداً في الأسواق المحلية خلال تعاملات الأسبوع، مدفوعة بزيادة الطلب على المشغولات قبل موسم الأعراس.\nوتوقع تجار أن تواصل الأسعار صعودها مع تراجع قيمة العملة، فيما دعا آخرون إلى التريث قبل الشراء.',
  author: 'سارة المنصور',
  source: 'صحيفة الأفق',
  url: 'https://example.invalid/gold',
  date: '2024-01-15',
};

const FESTIVAL_RECORD = {
  title: 'انطلاق مهرجان التمور في الواحة',
  content: 'انطلقت أمس فعاليات مهرجان التمور السنوي في الواحة بمشاركة أكثر من مئتي مزارع.\nويعرض المهرجان أصنافاً نادرة من النخيل، إلى جانب ورش لتعليم الأطفال طرق الزراعة.',
  source: 'وكالة الشرق',
  date: '2024-04-02',
};

/** A page-text dump with two articles, separated by blank lines. */
const DUMP = `افتتاح خط القطار الجديد بين المدينتين

افتتحت هيئة النقل خط القطار الجديد الذي يختصر زمن الرحلة بين المدينتين إلى ساعة واحدة.
وقالت الهيئة إن القطارات ستعمل كل نصف ساعة في أوقات الذروة.



توسعة قسم الطوارئ في المستشفى المركزي

أعلنت إدارة المستشفى المركزي اكتمال توسعة قسم الطوارئ بإضافة أربعين سريراً.
وأوضح المدير أن التوسعة ستخفض وقت الانتظار إلى النصف.
`;

const TOKEN = 'test-token-4f9c2a';

/** The one article of a dump, with what dumps cannot say set by hand. */
function dumpArticle(text: string, extra: Partial<Article>): Article {
  const { articles } = extractText(text, { path: 'fixture', format: 'dump' });
  assert.equal(articles.length, 1);
  return { ...articles[0]!, ...extra };
}

const day = (value: string): Article['published'] => ({ value, precision: 'day' });
const A1 = dumpArticle(school('صباح أمس', 'أ.ف.ب'), { outlet: 'صحيفة الأفق', published: day('2024-03-10') });
/** Posted as a full article without an outlet: `?outlet=` supplies it. */
const A2 = dumpArticle(school('صباح الأحد', 'رويترز'), { published: day('2024-03-11') });
const A3 = dumpArticle(SPORT, { outlet: 'مجلة المدار', published: day('2023-12-20') });

// ── Two servers over one database ─────────────────────────────────────────────────────────────

let store: Store;
let roStore: Store;
let app: FastifyInstance;
let roApp: FastifyInstance;
let base = '';
let roBase = '';
let goldId = '';
const tmp = mkdtempSync(join(tmpdir(), 'rasd-api-'));

/** Every body the servers answered with, for the check that none holds a stack trace. */
const bodies: string[] = [];

async function call(url: string, init: RequestInit = {}): Promise<Answer> {
  const a = await fetchAnswer(url, init);
  bodies.push(a.text);
  return a;
}

const get = (path: string): Promise<Answer> => call(base + path);
const search = (params: Record<string, string>): Promise<Answer> => get(`/api/search?${new URLSearchParams(params)}`);
const post = (body: unknown, o: { token?: string | null; type?: string; query?: string; server?: string } = {}): Promise<Answer> =>
  call(`${o.server ?? base}/api/articles${o.query ?? ''}`, {
    method: 'POST',
    headers: { 'content-type': o.type ?? 'application/json', ...(o.token === null ? {} : { authorization: `Bearer ${o.token ?? TOKEN}` }) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

/** The parsed body, failing with the schema's complaint when it does not fit. */
function shaped<S extends z.ZodType>(schema: S, a: Answer, status = 200): z.output<S> {
  assert.equal(a.status, status, JSON.stringify(a.body));
  return schema.parse(a.body);
}

/** Asserts an error answer: status, code, and the shape every error has. */
function failed(a: Answer, status: number, code: string): z.output<typeof ErrorBodySchema>['error'] {
  assert.equal(a.status, status, JSON.stringify(a.body));
  const { error } = ErrorBodySchema.parse(a.body);
  assert.equal(error.code, code);
  assert.ok(error.message.length > 0);
  return error;
}

/** The text of a `[start, end)` highlight. */
const marked = (h: { text: string; highlights: Array<[number, number]> }): string[] => h.highlights.map(([s, e]) => h.text.slice(s, e));

before(async () => {
  const path = join(tmp, 'news.db');
  store = openSqliteStore(path);
  store.putArticles([A1, A3]);
  store.flush();
  app = buildServer(store, { token: TOKEN });
  base = (await app.listen({ port: 0, host: '127.0.0.1' })).replace(/\/$/, '');
  roStore = openSqliteStore(path, { readonly: true });
  roApp = buildServer(roStore);
  roBase = (await roApp.listen({ port: 0, host: '127.0.0.1' })).replace(/\/$/, '');
  // The other two arrive through the API: a full article record and an export-style record.
  const full = shaped(PostArticlesResultSchema, await post(A2, { query: `?outlet=${encodeURIComponent('وكالة الشرق')}` }), 201);
  assert.deepEqual(full.ids, [A2.id]);
  const record = shaped(PostArticlesResultSchema, await post(GOLD_RECORD), 201);
  goldId = record.ids[0]!;
});

after(async () => {
  await app?.close();
  await roApp?.close();
  roStore?.close();
  store?.close();
});

describe('the web UI beside the API', () => {
  it('serves the page shell at its routes with a CSP that allows only this origin, and its files', async () => {
    for (const path of ['/', '/entities', '/article/abc']) {
      const res = await fetch(base + path);
      assert.equal(res.status, 200, path);
      assert.match(res.headers.get('content-type') ?? '', /^text\/html/);
      const csp = res.headers.get('content-security-policy') ?? '';
      assert.match(csp, /script-src 'self'/);
      assert.match(csp, /default-src 'none'/);
      assert.match(await res.text(), /<html lang="ar" dir="rtl"/);
    }
    for (const path of ['/assets/styles.css', '/assets/vendor/uPlot.esm.js', '/assets/fonts/noto-naskh-arabic-arabic-400-normal.woff2']) {
      const res = await fetch(base + path);
      assert.equal(res.status, 200, path);
      await res.arrayBuffer();
    }
  });
  it('serves nothing outside its table of files', async () => {
    for (const path of ['/assets/../package.json', '/assets/%2e%2e/package.json', '/assets/app/../../package.json', '/assets/app/nope.js', '/web/index.html', '/package.json']) {
      const res = await fetch(base + path);
      assert.equal(res.status, 404, path);
      await res.arrayBuffer();
    }
  });
});

describe('GET /api/health and /api/stats', () => {
  it('health counts the articles, on the writable and the read-only server', async () => {
    assert.deepEqual(shaped(HealthSchema, await get('/api/health')), { status: 'ok', articles: 4, indexed: 4 });
    const ro = shaped(HealthSchema, await call(`${roBase}/api/health`));
    assert.equal(ro.articles, 4);
  });
  it('stats gives the store figures: stories count near-duplicates once', async () => {
    const s = shaped(StoreStatsSchema, await get('/api/stats'));
    assert.equal(s.articles, 4);
    assert.equal(s.stories, 3);
    assert.deepEqual(s.outlets.find((o) => o.value === 'صحيفة الأفق'), { value: 'صحيفة الأفق', count: 2 });
    assert.deepEqual(s.dates, { first: '2023-12-20', last: '2024-03-11' });
  });
});

describe('GET /api/entities', () => {
  it('lists entities by articles, filtered by type and dates, and refuses bad parameters', async () => {
    const all = await get('/api/entities?top=50');
    assert.equal(all.status, 200);
    const list = all.body as Array<{ canonical: string; type: string; name: string; articles: number; mentions: number }>;
    assert.ok(Array.isArray(list));
    for (const e of list) assert.ok(e.articles >= 1 && e.mentions >= e.articles && e.canonical && e.name);
    const places = (await get('/api/entities?type=LOC')).body as typeof list;
    assert.ok(places.every((e) => e.type === 'LOC'));
    assert.deepEqual((await get('/api/entities?from=2030-01-01')).body, []);
    failed(await get('/api/entities?type=CITY'), 400, 'bad_request');
    failed(await get('/api/entities?from=2024-02-30'), 400, 'bad_request');
    failed(await get('/api/entities?top=0'), 400, 'bad_request');
  });
});

describe('GET /api/search', () => {
  it('finds أحمد by احمد and by أَحْمَد, highlighting the word as written', async () => {
    const plain = shaped(SearchResultSchema, await search({ q: 'احمد' }));
    const marked2 = shaped(SearchResultSchema, await search({ q: 'أَحْمَد' }));
    assert.equal(plain.total, 2);
    assert.deepEqual(marked2.hits.map((h) => h.id), plain.hits.map((h) => h.id));
    const hit = plain.hits[0]!;
    assert.deepEqual(marked(hit.headline!), ['أحمد']);
    assert.deepEqual(marked(hit.snippet), ['أحمد']);
  });
  it('مدرسة, المدرسة and بالمدرسة find the same articles; the highlight keeps clitics and diacritics', async () => {
    const runs = await Promise.all(['مدرسة', 'المدرسة', 'بالمدرسة'].map(async (q) => shaped(SearchResultSchema, await search({ q, all: 'true' }))));
    const ids = runs.map((r) => r.hits.map((h) => h.id).sort());
    assert.deepEqual(ids[0], [A1.id, A2.id, A3.id].sort());
    assert.deepEqual(ids[1], ids[0]);
    assert.deepEqual(ids[2], ids[0]);
    const sport = runs[0]!.hits.find((h) => h.id === A3.id)!;
    assert.deepEqual(marked(sport.snippet), ['مَدْرَسَةِ']);
    const school1 = runs[0]!.hits.find((h) => h.id === A1.id)!;
    assert.deepEqual(marked(school1.headline!), ['المدرسة']);
    for (const h of runs[0]!.hits) for (const [s, e] of h.snippet.highlights) assert.ok(0 <= s && s < e && e <= h.snippet.text.length);
  });
  it('matches a phrase in order only', async () => {
    const inOrder = shaped(SearchResultSchema, await search({ q: '"الطاقة الشمسية"' }));
    assert.equal(inOrder.stories, 1);
    assert.deepEqual(marked(inOrder.hits[0]!.snippet), ['بالطاقة', 'الشمسية']);
    assert.equal(shaped(SearchResultSchema, await search({ q: '"الشمسية الطاقة"' })).total, 0);
  });
  it('filters by outlet:', async () => {
    const r = shaped(SearchResultSchema, await search({ q: 'مدرسة outlet:"وكالة الشرق"' }));
    assert.deepEqual(r.hits.map((h) => [h.id, h.outlet, h.similar]), [[A2.id, 'وكالة الشرق', 0]]);
    assert.deepEqual(r.hits[0]!.credits, ['REUTERS']);
  });
  it('counts facets over every match, and leaves them out with facets=false', async () => {
    const r = shaped(SearchResultSchema, await search({ q: 'مدرسة' }));
    const asMap = (list: Array<{ value: string; count: number }>): Record<string, number> => Object.fromEntries(list.map((f) => [f.value, f.count]));
    assert.deepEqual(asMap(r.facets!.outlet), { 'صحيفة الأفق': 1, 'وكالة الشرق': 1, 'مجلة المدار': 1 });
    assert.deepEqual(asMap(r.facets!.credit), { AFP: 1, REUTERS: 1, AP: 1 });
    assert.deepEqual(r.facets!.month, [{ value: '2023-12', count: 1 }, { value: '2024-03', count: 2 }]);
    assert.equal(shaped(SearchResultSchema, await search({ q: 'مدرسة', facets: 'false' })).facets, null);
    assert.equal(shaped(SearchResultSchema, await search({ q: 'مدرسة', facets: '0' })).facets, null);
  });
  it('collapses the two copies of one story into one hit with similar: 1; all=true shows both', async () => {
    const one = shaped(SearchResultSchema, await search({ q: 'النخيل' }));
    assert.equal(one.total, 2);
    assert.equal(one.stories, 1);
    assert.equal(one.hits.length, 1);
    assert.equal(one.hits[0]!.similar, 1);
    const both = shaped(SearchResultSchema, await search({ q: 'النخيل', all: 'true' }));
    assert.deepEqual(both.hits.map((h) => h.id).sort(), [A1.id, A2.id].sort());
    assert.ok(both.hits.every((h) => h.similar === 0 && h.story === one.hits[0]!.story));
  });
  it('pages through the stories with limit and offset', async () => {
    const q = 'مدرسة OR أسعار';
    const whole = shaped(SearchResultSchema, await search({ q }));
    assert.equal(whole.stories, 3);
    const pages = [];
    for (let offset = 0; offset < 4; offset++) pages.push(shaped(SearchResultSchema, await search({ q, limit: '1', offset: String(offset) })));
    assert.deepEqual(pages.slice(0, 3).map((p) => p.hits.length), [1, 1, 1]);
    assert.deepEqual(pages.flatMap((p) => p.hits.map((h) => h.id)), whole.hits.map((h) => h.id));
    assert.deepEqual([pages[3]!.hits, pages[3]!.offset, pages[3]!.limit, pages[3]!.total], [[], 3, 1, 4]);
  });
  it('sorts by date, newest first', async () => {
    const dates = async (all: string): Promise<Array<string | undefined>> =>
      shaped(SearchResultSchema, await search({ q: 'مدرسة OR أسعار', sort: 'date', all })).hits.map((h) => h.published?.value);
    assert.deepEqual(await dates('false'), ['2024-03-11', '2024-01-15', '2023-12-20']);
    assert.deepEqual(await dates('1'), ['2024-03-11', '2024-03-10', '2024-01-15', '2023-12-20']);
  });
  it('answers a malformed query with 400 bad_query and the place of the problem', async () => {
    const cases: Array<[string, string]> = [
      ['«مجلس الوزراء', 'unclosed-quote'],
      ['"مجلس الوزراء', 'unclosed-quote'],
      ['الرياض OR', 'dangling-operator'],
      ['(الرياض', 'unclosed-paren'],
      ['foo:bar', 'unknown-field'],
      ['   ', 'empty'],
    ];
    for (const [q, reason] of cases) {
      const e = failed(await search({ q }), 400, 'bad_query');
      assert.equal(e.reason, reason, q);
      assert.ok(typeof e.position === 'number' && typeof e.end === 'number' && e.position <= e.end && e.end <= q.length, `${q}: ${e.position}..${e.end}`);
    }
  });
  it('rejects bad parameters with 400 bad_request, naming the parameter', async () => {
    const cases: Array<[string, string]> = [
      ['', 'q'],
      ['q=', 'q'],
      [`q=${'ب'.repeat(1001)}`, 'q'],
      ['q=a&limit=1000', 'limit'],
      ['q=a&limit=0', 'limit'],
      ['q=a&limit=1e2', 'limit'],
      ['q=a&offset=-1', 'offset'],
      ['q=a&offset=10001', 'offset'],
      ['q=a&sort=newest', 'sort'],
      ['q=a&all=yes', 'all'],
      ['q=a&facets=', 'facets'],
      ['q=a&page=2', 'page'],
      ['q=a&q=b', 'q'],
    ];
    for (const [qs, name] of cases) {
      const e = failed(await get(`/api/search?${qs}`), 400, 'bad_request');
      assert.match(e.message, new RegExp(name), qs);
    }
  });
});

describe('GET /api/articles/:id', () => {
  it('gives the stored record, whatever the case of the id', async () => {
    assert.deepEqual(shaped(ArticleSchema, await get(`/api/articles/${A1.id}`)), A1);
    assert.deepEqual(shaped(ArticleSchema, await get(`/api/articles/${A1.id.toUpperCase()}`)), A1);
  });
  it('maps an export-style record as rasd extract does', async () => {
    const a = shaped(ArticleSchema, await get(`/api/articles/${goldId}`));
    assert.deepEqual([a.headline, a.byline, a.outlet, a.url, a.published, a.paragraphs.length], [GOLD_RECORD.title, GOLD_RECORD.author, GOLD_RECORD.source, GOLD_RECORD.url, day('2024-01-15'), 2]);
  });
  it('fills a posted article\'s missing outlet from ?outlet=', async () => {
    assert.equal(shaped(ArticleSchema, await get(`/api/articles/${A2.id}`)).outlet, 'وكالة الشرق');
  });
  it('404 not_found for an unknown id, 400 bad_request for one that cannot be an id', async () => {
    failed(await get('/api/articles/ffffffffffffffff'), 404, 'not_found');
    // Past 100 characters, and for a broken percent-escape, Fastify's router answers before the route: still 400 in our shape.
    for (const id of ['xyz', 'a'.repeat(65), 'a'.repeat(150), '12-34', encodeURIComponent('../etc'), '%E0%A4%A']) {
      const a = await get(`/api/articles/${id}`);
      failed(a, 400, 'bad_request');
      assert.equal(a.headers.get('x-content-type-options'), 'nosniff');
    }
  });
});

describe('POST /api/articles', () => {
  const festivalQuery = { q: 'مهرجان التمور' };

  it('401 without a token or with the wrong one, with WWW-Authenticate: Bearer; nothing is stored', async () => {
    const before = store.countArticles();
    for (const token of [null, 'wrong-token', `${TOKEN}x`, TOKEN.slice(0, -1)]) {
      const a = await post(FESTIVAL_RECORD, { token });
      failed(a, 401, 'unauthorized');
      assert.match(a.headers.get('www-authenticate') ?? '', /^Bearer/);
    }
    const basic = await call(`${base}/api/articles`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Basic ${Buffer.from(`x:${TOKEN}`).toString('base64')}` }, body: '{}' });
    failed(basic, 401, 'unauthorized');
    assert.equal(store.countArticles(), before);
  });
  it('403 read_only on a server started without a token, even with one', async () => {
    failed(await post(FESTIVAL_RECORD, { server: roBase }), 403, 'read_only');
    failed(await post(FESTIVAL_RECORD, { server: roBase, token: null }), 403, 'read_only');
  });
  it('201 with the right token, and the article is searchable at once; sending it again stores nothing', async () => {
    assert.equal(shaped(SearchResultSchema, await search(festivalQuery)).total, 0);
    const r = shaped(PostArticlesResultSchema, await post(FESTIVAL_RECORD), 201);
    assert.deepEqual([r.inserted, r.existing, r.ids.length, r.diagnostics], [1, 0, 1, []]);
    const found = shaped(SearchResultSchema, await search(festivalQuery));
    assert.deepEqual(found.hits.map((h) => h.id), r.ids);
    assert.deepEqual(shaped(PostArticlesResultSchema, await post(FESTIVAL_RECORD), 201), { inserted: 0, existing: 1, ids: r.ids, diagnostics: [] });
  });
  it('reads a text/plain page-text dump, with ?outlet=', async () => {
    const r = shaped(PostArticlesResultSchema, await post(DUMP, { type: 'text/plain; charset=utf-8', query: `?outlet=${encodeURIComponent('صحيفة الأفق')}` }), 201);
    assert.deepEqual([r.inserted, r.existing], [2, 0]);
    const train = shaped(SearchResultSchema, await search({ q: 'القطار outlet:"صحيفة الأفق"' }));
    assert.equal(train.total, 1);
    assert.equal(train.hits[0]!.headline!.text, 'افتتاح خط القطار الجديد بين المدينتين');
  });
  it('stores the good records of an array and reports the others as diagnostics naming them', async () => {
    const good = { title: 'حملة لتشجير الأحياء السكنية', content: 'أطلقت البلدية حملة لزراعة ألف شجرة في الأحياء السكنية قبل نهاية العام.' };
    const r = shaped(PostArticlesResultSchema, await post([good, 'not a record', { title: 'عنوان بلا نص' }, { ...A1, paragraphs: 'x' }]), 201);
    assert.equal(r.inserted, 1);
    assert.deepEqual(r.diagnostics.map((d) => [d.input, d.code]), [['api[1]', 'api/not-an-object'], ['api[2]', 'records/no-body'], ['api[3]', 'api/bad-article']]);
  });
  it('maps record fields by ?map=, as rasd extract --map does; a bad map is 400 naming the pair', async () => {
    const record = { 'عنوان_الخبر': 'افتتاح جسر المشاة فوق الطريق السريع', 'متن': 'افتتحت البلدية جسر المشاة الجديد فوق الطريق السريع لتأمين عبور طلاب الحي.' };
    failed(await post(record), 400, 'no_articles');
    const r = shaped(PostArticlesResultSchema, await post(record, { query: `?map=${encodeURIComponent('headline=عنوان_الخبر,body=متن')}` }), 201);
    assert.equal(shaped(ArticleSchema, await get(`/api/articles/${r.ids[0]}`)).headline, record['عنوان_الخبر']);
    const e = failed(await post(record, { query: '?map=colour=red' }), 400, 'bad_request');
    assert.match(e.message, /map: bad pair "colour=red"/);
  });
  it('400 no_articles, with diagnostics, when nothing can be extracted', async () => {
    const e = failed(await post({ title: 'عنوان بلا نص' }), 400, 'no_articles');
    assert.equal(e.diagnostics!.length, 1);
    failed(await post('TT\n', { type: 'text/plain' }), 400, 'no_articles');
    failed(await post([]), 400, 'no_articles');
    failed(await post({ ...A1, id: 'not-hex' }), 400, 'no_articles');
  });
  it('rejects bodies it cannot read: broken JSON 400, other media types 415, too many records or bytes 413', async () => {
    failed(await post('{"title": ', {}), 400, 'bad_request');
    failed(await post('', {}), 400, 'bad_request');
    failed(await post('<article/>', { type: 'application/xml' }), 415, 'unsupported_media_type');
    failed(await post('{"__proto__": {"x": 1}}', {}), 400, 'no_articles');
    failed(await post(Array.from({ length: 1001 }, () => ({})), {}), 413, 'too_large');
    failed(await post('ا'.repeat(3 * 1024 * 1024), { type: 'text/plain' }), 413, 'too_large');
    failed(await post({ title: 'x', content: 'y' }, { query: '?source=z' }), 400, 'bad_request');
  });
});

describe('every answer', () => {
  it('unknown routes and methods are 404 not_found in the error shape', async () => {
    failed(await get('/api/nothing'), 404, 'not_found');
    failed(await get('/nothing-here'), 404, 'not_found');
    failed(await call(`${base}/api/health`, { method: 'DELETE' }), 404, 'not_found');
  });
  it('a malformed HTTP request gets the error shape too', async () => {
    const { port } = new URL(base);
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), '127.0.0.1', () => socket.end('NOT HTTP AT ALL\r\n\r\n'));
      let got = '';
      socket.on('data', (c: Buffer) => (got += c.toString('utf8')));
      socket.on('close', () => resolve(got));
      socket.on('error', reject);
    });
    assert.match(raw, /^HTTP\/1\.1 400 /);
    const body = raw.slice(raw.indexOf('\r\n\r\n') + 4);
    bodies.push(body);
    assert.equal(ErrorBodySchema.parse(JSON.parse(body)).error.code, 'bad_request');
  });
  it('carries nosniff and a CSP, and no CORS headers even when asked', async () => {
    const a = await call(`${base}/api/health`, { headers: { origin: 'https://elsewhere.invalid' } });
    assert.equal(a.headers.get('x-content-type-options'), 'nosniff');
    assert.match(a.headers.get('content-security-policy') ?? '', /default-src 'none'/);
    assert.equal(a.headers.get('access-control-allow-origin'), null);
    const preflight = await call(`${base}/api/articles`, { method: 'OPTIONS', headers: { origin: 'https://elsewhere.invalid', 'access-control-request-method': 'POST' } });
    assert.equal(preflight.headers.get('access-control-allow-origin'), null);
    for (const path of ['/api/articles/xyz', '/api/nothing']) {
      const e = await get(path);
      assert.equal(e.headers.get('x-content-type-options'), 'nosniff', path);
      assert.match(e.headers.get('content-security-policy') ?? '', /default-src 'none'/, path);
    }
  });
  it('an internal failure is 500 internal, without its message or stack', async () => {
    const boom = (): never => {
      throw new Error('boom at /secret/place.ts:12:3');
    };
    const broken: Store = { putArticles: boom, flush: boom, holdWriter: boom, getArticle: boom, hasArticle: boom, sourceId: boom, rememberSource: boom, countArticles: boom, search: boom, stats: boom, topEntities: boom, events: boom, eachEvent: boom, chromeProfile: boom, saveChromeProfiles: boom, nerModel: boom, saveNerModel: boom, eachArticle: boom, close: () => {} };
    const bad = buildServer(broken);
    try {
      const url = (await bad.listen({ port: 0, host: '127.0.0.1' })).replace(/\/$/, '');
      for (const path of ['/api/health', '/api/search?q=a', '/api/articles/abc', '/api/stats', '/api/events', '/api/export?format=csv']) {
        const a = await call(url + path);
        failed(a, 500, 'internal');
        assert.doesNotMatch(JSON.stringify(a.body), /boom|secret/);
      }
    } finally {
      await bad.close();
    }
  });
});

describe('GET /api/openapi.json', () => {
  it('describes exactly the routes Fastify registered, with resolvable schemas and the bearer scheme', async () => {
    const a = await get('/api/openapi.json');
    assert.equal(a.status, 200);
    const doc = a.body as { openapi: string; paths: Record<string, Record<string, { security?: unknown; parameters?: Array<{ name: string; schema: Record<string, unknown> }> }>>; components: { schemas: Record<string, unknown>; securitySchemes: Record<string, unknown> } };
    assert.equal(doc.openapi, '3.1.0');
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`)).sort();
    // The web UI's pages and files are served beside the API, not part of it.
    const registered = registeredRoutes(app).filter((r) => r.method !== 'HEAD' && r.url.startsWith('/api/')).map((r) => `${r.method} ${openApiPath(r.url)}`).sort();
    assert.ok(registeredRoutes(app).some((r) => r.url === '/assets/styles.css'));
    assert.ok(registered.length >= 6);
    assert.deepEqual(documented, registered);
    for (const r of registeredRoutes(app)) assert.ok(app.hasRoute({ method: r.method as 'GET', url: r.url }));
    // Every $ref points at a component.
    for (const [, name] of JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)) assert.ok(name! in doc.components.schemas, name);
    assert.deepEqual(doc.components.securitySchemes.bearer, { type: 'http', scheme: 'bearer', description: (doc.components.securitySchemes.bearer as { description: string }).description });
    assert.deepEqual(doc.paths['/api/articles']!.post!.security, [{ bearer: [] }]);
    assert.equal(doc.paths['/api/search']!.get!.security, undefined);
    const limit = doc.paths['/api/search']!.get!.parameters!.find((p) => p.name === 'limit')!;
    assert.deepEqual([limit.schema.type, limit.schema.minimum, limit.schema.maximum], ['integer', 1, 100]);
    assert.ok('Article' in doc.components.schemas && 'SearchResult' in doc.components.schemas);
  });
});

describe('no answer leaks a stack trace', () => {
  it('in any body seen above', () => {
    assert.ok(bodies.length > 50);
    for (const b of bodies) {
      assert.doesNotMatch(b, /"stack"|\n\s+at |node_modules|\.ts:\d+/, b.slice(0, 200));
    }
  });
});

describe('rasd serve', () => {
  let child: ChildProcess | undefined;
  after(() => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
  });

  it('exits 2 without --db, or when the database is missing and there is no token', async () => {
    const none = await runCli(['serve']);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /--db FILE is required/);
    const missing = await runCli(['serve', '--db', join(tmp, 'nowhere.db')], '');
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /nowhere\.db" does not exist/);
    const port = await runCli(['serve', '--db', join(tmp, 'news.db'), '--port', '70000']);
    assert.equal(port.code, 2);
    assert.match(port.stderr, /--port/);
  });
  it('creates the database when given a token, prints its URL, serves, and stops cleanly on SIGTERM', async () => {
    const main = new URL('../../src/cli/main.ts', import.meta.url).href;
    const code = `import { main } from ${JSON.stringify(main)}; process.exitCode = await main(process.argv.slice(1));`;
    const proc = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code, 'serve', '--db', join(tmp, 'fresh.db'), '--port', '0'], {
      env: { ...process.env, RASD_TOKEN: TOKEN },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    child = proc;
    let stderr = '';
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL printed: ${stderr}`)), 20_000);
      proc.stderr!.on('data', (c: Buffer) => {
        stderr += c.toString('utf8');
        const m = /listening on (http:\/\/127\.0\.0\.1:\d+\/)/.exec(stderr);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]!);
        }
      });
      proc.on('exit', () => reject(new Error(`exited early: ${stderr}`)));
    });
    assert.deepEqual(shaped(HealthSchema, await call(`${url}api/health`)), { status: 'ok', articles: 0, indexed: 0 });
    shaped(PostArticlesResultSchema, await post(FESTIVAL_RECORD, { server: url.replace(/\/$/, '') }), 201);
    assert.equal(shaped(SearchResultSchema, await call(`${url}api/search?q=${encodeURIComponent('التمور')}`)).total, 1);
    const exited = new Promise<number | null>((resolve) => proc.on('exit', (c) => resolve(c)));
    proc.kill('SIGTERM');
    assert.equal(await exited, 0);
    assert.match(stderr, /SIGTERM: stopped/);
  });
});
