/**
 * The web UI in a real browser (Debian's Chromium through playwright-core): search, facets, the
 * chart, an article with its entities, quotes and times, the entities page, keyboard use, escaping,
 * and no request to any other host. Screenshots go to artifacts/. Run with `npm run test:browser`.
 *   CHROMIUM_PATH   the browser (default /usr/bin/chromium)
 */
import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildServer } from '../src/api/server.js';
import { analyseArticle } from '../src/analysis/analyse-article.js';
import { extractText } from '../src/ingest/extract-text.js';
import { parseQuery, QueryError } from '../src/search/query/index.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import type { Store } from '../src/store/store.js';
import { parseDay } from '../web/src/dates.js';
import { hasApiErrorText, queryErrorText } from '../web/src/error-text.js';
import { API_ERRORS } from '../src/api/errors.js';
import { effectiveQuery, EMPTY_STATE } from '../web/src/url-state.js';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const ARTIFACTS = new URL('../artifacts/', import.meta.url);

// Our own articles (test/fixtures/search), plus one whose text is markup, which must show as text.
const corpus = readFileSync(new URL('../test/fixtures/search/corpus.jsonl', import.meta.url), 'utf8');
const hostile = JSON.stringify({
  title: '<img src=x onerror="window.__pwned=1"> عنوان فيه وسوم',
  date: '2025-04-20',
  source: 'صحيفة الوادي',
  content: 'قال المدير <b>سالم</b> إن «<script>window.__pwned=1</script> التعليم أولوية».\nفقرة ثانية عن التعليم.',
});
// And our invented event reports (test/fixtures/events), for the events page.
const eventReports = readFileSync(new URL('../test/fixtures/events/store-corpus.jsonl', import.meta.url), 'utf8');
const articles = extractText(`${corpus.trim()}\n${hostile}\n${eventReports.trim()}\n`, { path: 'corpus.jsonl', format: 'json' }).articles.map(analyseArticle);

let store: Store;
let browser: Browser;
let base: string;
let app: ReturnType<typeof buildServer>;
const external: string[] = [];
const consoleErrors: string[] = [];

before(async () => {
  assert.ok(existsSync(CHROMIUM), `no browser at ${CHROMIUM}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH`);
  mkdirSync(ARTIFACTS, { recursive: true });
  store = openSqliteStore(join(mkdtempSync(join(tmpdir(), 'rasd-ui-')), 'ui.db'));
  store.putArticles(articles);
  store.flush();
  app = buildServer(store);
  await app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
});
after(async () => {
  await browser?.close();
  await app?.close();
  store?.close();
});

/** The page's `document`, for functions run in the page (this file has no DOM types). */
interface PageDocument {
  querySelector(selector: string): { textContent: string | null } | null;
  querySelectorAll(selector: string): ArrayLike<{ getAttribute(name: string): string | null }>;
}
declare const document: PageDocument;
declare const location: { search: string };

// The browser logs each 4xx answer; pages that ask for one on purpose pass `httpErrors`.
const HTTP_ERROR_LOG = /^Failed to load resource: the server responded with a status of 4\d\d/;

async function open(path: string, width = 1280, o: { locale?: string; httpErrors?: boolean } = {}): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 }, locale: o.locale ?? 'ar' });
  page.on('request', (r) => {
    if (!r.url().startsWith(base) && !r.url().startsWith('data:')) external.push(r.url());
  });
  page.on('console', (m) => {
    if (m.type() === 'error' && !(o.httpErrors && HTTP_ERROR_LOG.test(m.text()))) consoleErrors.push(`${path}: ${m.text()}`);
  });
  page.on('pageerror', (e) => consoleErrors.push(`${path}: ${e.message}`));
  await page.goto(base + path);
  return page;
}

describe('the web UI', () => {
  it('searches: results with highlights, facets, the chart, the query in the URL', async () => {
    const page = await open('/');
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    await page.fill('#q', 'التعليم');
    await page.press('#q', 'Enter');
    await page.waitForSelector('#results li.hit');
    const hits = await page.locator('#results li.hit').count();
    const api = (await (await fetch(`${base}/api/search?q=${encodeURIComponent('التعليم')}`)).json()) as { stories: number; hits: unknown[] };
    assert.equal(hits, api.hits.length);
    assert.ok((await page.locator('#results .snippet mark, #results .headline mark').count()) > 0, 'highlights');
    assert.match(decodeURIComponent(page.url()), /q=التعليم/);
    // The chart draws the matches over time.
    await page.waitForSelector('#chart canvas');
    // A facet narrows the query.
    const outlet = page.locator('#facets [data-facet="outlet"] button').first();
    await outlet.click();
    await page.waitForFunction("document.querySelector('#q').value.includes('outlet:')");
    await page.waitForSelector('#results li.hit');
    await page.screenshot({ path: new URL('search.png', ARTIFACTS).pathname, fullPage: true });
    // Shared URLs restore the search.
    const shared = await open(new URL(page.url()).pathname + new URL(page.url()).search);
    await shared.waitForSelector('#results li.hit');
    assert.match(await shared.inputValue('#q'), /outlet:/);
    await page.close();
    await shared.close();
  });

  it('opens an article with its entities, quotes and time expressions marked', async () => {
    const withQuotes = articles.find((a) => a.quotes!.length > 0 && a.entities!.length > 0 && a.times!.length > 0) ?? articles.find((a) => a.quotes!.length > 0)!;
    const page = await open('/');
    await page.fill('#q', `"${withQuotes.headline!.split(' ').slice(0, 3).join(' ')}"`);
    await page.press('#q', 'Enter');
    await page.waitForSelector('#results li.hit a.headline');
    await page.locator('#results li.hit a.headline').first().click();
    await page.waitForSelector('#article h1');
    assert.match(page.url(), /\/article\//);
    const id = decodeURIComponent(page.url().split('/article/')[1]!.split(/[?#]/)[0]!);
    const article = articles.find((a) => a.id === id)!;
    assert.equal((await page.textContent('#article h1'))?.trim(), article.headline);
    assert.ok((await page.locator('#article .ent[data-type]').count()) > 0, 'entities marked');
    const href = await page.locator('#article .ent').first().getAttribute('href');
    assert.match(decodeURIComponent(href ?? ''), /entity:/);
    assert.ok((await page.locator('#article .quote').count()) > 0, 'quotes marked');
    assert.equal(await page.locator('#quotes-panel li').count(), article.quotes!.length);
    if (article.times!.length) assert.ok((await page.locator('#article .time[title]').count()) > 0, 'times marked');
    assert.ok((await page.textContent('#source-panel'))?.includes(article.source.path));
    await page.screenshot({ path: new URL('article.png', ARTIFACTS).pathname, fullPage: true });
    await page.close();
  });

  it('lists the top entities of a query with sparklines', async () => {
    const page = await open(`/entities?q=${encodeURIComponent('التعليم OR الزهراء')}`);
    await page.waitForSelector('svg');
    assert.ok((await page.locator('main a[href*="entity"]').count()) > 0);
    await page.screenshot({ path: new URL('entities.png', ARTIFACTS).pathname, fullPage: true });
    await page.close();
  });

  it('lists events with a timeline by type, filters them, and links each to its sentence', async () => {
    const page = await open('/events');
    await page.waitForSelector('table.events-table tbody tr');
    const listed = store.events({}, { limit: 50 });
    assert.deepEqual(await page.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id'))), listed.events.map((e) => e.id));
    const types = [...new Set(listed.timeline.map((t) => t.type))].sort();
    assert.deepEqual((await page.locator('#event-timeline li').evaluateAll((li) => li.map((l) => l.getAttribute('data-type')))).sort(), types);
    assert.equal(await page.locator('#event-timeline li svg').count(), types.length);
    await page.selectOption('select[name=type]', 'PROTEST');
    await Promise.all([page.waitForURL(/type=PROTEST/), page.click('#event-filters button[type=submit]')]);
    await page.waitForSelector('tbody tr');
    const protests = store.events({ type: 'PROTEST' }, { limit: 50 });
    assert.deepEqual(await page.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-type'))), protests.events.map(() => 'PROTEST'));
    assert.match((await page.getAttribute('#export-csv', 'href'))!, /^\/api\/export\?type=PROTEST&format=csv$/);
    await page.screenshot({ path: new URL('events.png', ARTIFACTS).pathname, fullPage: true });
    const first = protests.events[0]!;
    await Promise.all([page.waitForURL(/\/article\//), page.click('tbody tr:first-child a.sentence')]);
    await page.waitForSelector('mark.event-sentence');
    assert.equal((await page.textContent('mark.event-sentence strong.event-trigger'))?.trim(), first.trigger);
    assert.equal(await page.evaluate(() => (globalThis as unknown as { document: { activeElement: { id: string } | null } }).document.activeElement?.id), first.id.slice(first.article.id.length + 1).replace(/^/, 'event-'));
    await page.close();
  });

  it('renders markup in articles as text, never as elements', async () => {
    const page = await open('/');
    await page.fill('#q', 'وسوم');
    await page.press('#q', 'Enter');
    await page.waitForSelector('#results li.hit');
    assert.equal(await page.locator('#results img').count(), 0);
    assert.match((await page.textContent('#results')) ?? '', /<img src=x/);
    await page.locator('#results li.hit a.headline').first().click();
    await page.waitForSelector('#article h1');
    assert.equal(await page.locator('#article img, #article script, #article b').count(), 0);
    assert.equal(await page.evaluate('window.__pwned'), undefined);
    await page.close();
  });

  it('is usable from the keyboard and on a narrow screen', async () => {
    const page = await open(`/?q=${encodeURIComponent('التعليم')}`, 400);
    await page.waitForSelector('#results li.hit');
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('/');
    assert.equal(await page.evaluate('document.activeElement && document.activeElement.id'), 'q');
    const width = (await page.evaluate('document.documentElement.scrollWidth')) as number;
    assert.ok(width <= 420, `no sideways scrolling at 400 px (page is ${width} px wide)`);
    await page.screenshot({ path: new URL('narrow.png', ARTIFACTS).pathname, fullPage: true });
    await page.close();
  });

  it('says what is wrong with a query in Arabic, at its place, the API code beside it', async () => {
    // [query, reason, position counted from 1]
    const table: Array<[string, string, number]> = [
      ['الرياض OR', 'dangling-operator', 8],
      ['داعش NOT', 'dangling-operator', 6],
      ['«مجلس الوزراء', 'unclosed-quote', 1],
      ['التعليم (الزهراء', 'unclosed-paren', 9],
      ['foo:bar', 'unknown-field', 1],
      ['date:2025-02-30', 'bad-date', 6],
      ['-الزهراء', 'no-positive', 1],
      ['ا*', 'short-prefix', 1],
    ];
    const page = await open('/', 1280, { httpErrors: true });
    for (const [query, reason, at] of table) {
      await page.fill('#q', query);
      await page.press('#q', 'Enter');
      const message = page.locator('#error .error-message');
      // This query's error, not the one before: the query line shows it.
      await page.waitForFunction(
        ([q, r]) => document.querySelector('#error .error-query')?.textContent === q && !!document.querySelector('#error .error-code')?.textContent?.includes(r!),
        [query, reason],
      );
      const text = (await message.evaluate((p) => [...p.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join(''))).trim();
      assert.ok(text.startsWith(`خطأ في الاستعلام عند الحرف ${at}: `), `${query}: ${text}`);
      // Arabic words, not the API's English: Latin letters only in operators, field names and examples.
      const english = (await (await fetch(`${base}/api/search?q=${encodeURIComponent(query)}`)).json()) as { error: { message: string } };
      assert.ok(!text.includes(english.error.message), text);
      assert.ok(!/\b(the|needs|is|not a date|unknown)\b/.test(text), text);
      assert.equal(await message.getAttribute('title'), english.error.message);
      assert.equal(await page.textContent('#error .error-code'), `bad_query · ${reason}`);
      assert.ok((await page.locator('#error .error-query .caret').count()) === 1);
    }
    await page.screenshot({ path: new URL('query-error.png', ARTIFACTS).pathname, fullPage: true });
    // A query over the limit is stopped before it is sent, with the same kind of message.
    await page.goto(`${base}/?q=${encodeURIComponent('التعليم '.repeat(200))}`);
    await page.waitForSelector('#error .error-message');
    assert.match((await page.textContent('#error .error-message'))!, /^خطأ في الاستعلام عند الحرف 1001: الاستعلام أطول من 1000 حرف/);
    assert.ok(((await page.textContent('#error .error-query')) ?? '').length < 100, 'the query is shown around the problem only');
    await page.close();
    const missing = await open('/article/ffffffffffffffff', 1280, { httpErrors: true });
    await missing.waitForSelector('#error .error-message');
    assert.match((await missing.textContent('#error .error-message'))!, /^لم يُعثر على المطلوب\. not_found$/);
    await missing.close();
  });

  it('has an Arabic message for every kind of query error', () => {
    const samples = ['أ'.repeat(1001), ' ', '('.repeat(40) + 'أ', Array.from({ length: 70 }, (_, i) => `ك${i}`).join(' '), '«أ', '""', '(أ', 'أ)', '()', 'أ OR', 'أ - ب', '--أ', 'أ*ب', 'ا*', 'foo:x', 'outlet:', 'outlet:(أ)', 'headline:(said:أ)', 'date:2025-13', 'date:2025..2024', '-أ'];
    const reasons = new Set<string>();
    for (const q of samples) {
      try {
        parseQuery(q);
        assert.fail(q);
      } catch (e) {
        assert.ok(e instanceof QueryError, String(e));
        reasons.add(e.reason);
        assert.doesNotMatch(queryErrorText(e.reason, q, e.position, e.end), /تعذّرت قراءة الاستعلام/, e.reason);
      }
    }
    assert.equal(reasons.size, 21, [...reasons].join(' '));
    // Every other code the API answers with has its Arabic sentence too (bad_query is the one above).
    assert.deepEqual(Object.keys(API_ERRORS).filter((c) => c !== 'bad_query' && !hasApiErrorText(c)), []);
  });

  it('takes dates as Arabic readers write them, whatever the browser locale, and shows them in Arabic', async () => {
    // [typed, day]: day first or year first, any digits; null for what is no day.
    const table: Array<[string, string | null]> = [
      ['1/4/2025', '2025-04-01'], ['01/04/2025', '2025-04-01'], ['2025-04-01', '2025-04-01'], ['2025/4/1', '2025-04-01'],
      ['١/٤/٢٠٢٥', '2025-04-01'], ['۱۵-۰۴-۲۰۲۵', '2025-04-15'], [' 1.4.2025 ', '2025-04-01'], ['', ''],
      ['31/2/2025', null], ['2025-13-01', null], ['4/1', null], ['أمس', null], ['2025-04-01..2025-04-02', null],
    ];
    for (const [typed, day] of table) assert.equal(parseDay(typed), day, typed);
    // The range joins the typed query as a whole: an OR is grouped first, since AND binds tighter.
    const dated = (q: string): string => effectiveQuery({ ...EMPTY_STATE, q, from: '2025-04-01' });
    assert.equal(dated('التعليم OR الزهراء'), '(التعليم OR الزهراء) date:2025-04-01..');
    assert.equal(dated('التعليم or الزهراء'), '(التعليم or الزهراء) date:2025-04-01..');
    assert.equal(dated('التعليم|الزهراء'), '(التعليم|الزهراء) date:2025-04-01..');
    assert.equal(dated('التعليم الزهراء'), 'التعليم الزهراء date:2025-04-01..');
    assert.equal(dated('"التعليم OR الزهراء"'), '"التعليم OR الزهراء" date:2025-04-01..');
    assert.equal(dated('oregano'), 'oregano date:2025-04-01..');

    const page = await open(`/?q=${encodeURIComponent('التعليم OR الزهراء')}`, 1280, { locale: 'en-US' });
    await page.waitForSelector('#results li.hit');
    assert.equal(await page.getAttribute('#from', 'type'), 'text', 'not the browser-locale date picker');
    assert.match((await page.textContent('#date-hint'))!, /اليوم\/الشهر\/السنة/);
    // Hit dates in Arabic words, Latin digits; the machine value kept.
    const shown = await page.locator('#results time.date').first();
    assert.match((await shown.textContent())!, /^\d{1,2} \p{Script=Arabic}+ \d{4}$/u);
    assert.match((await shown.getAttribute('datetime'))!, /^\d{4}-\d{2}-\d{2}/);
    // A day typed in Arabic-Indic digits, day first: the URL keeps YYYY-MM-DD.
    await page.fill('#from', '١/٤/٢٠٢٥');
    assert.equal(await page.textContent('#from-day'), '1 أبريل 2025');
    await page.press('#from', 'Enter');
    await page.waitForFunction(() => location.search.includes('from=2025-04-01'));
    // The new results: every hit from that day on (the old ones go when the search answers).
    await page.waitForFunction(() => {
      const days = Array.from(document.querySelectorAll('#results time.date'), (t) => t.getAttribute('datetime') ?? '');
      return days.length > 0 && days.every((d) => d >= '2025-04-01');
    });
    assert.equal(await page.inputValue('#from'), '01/04/2025');
    // No such day: an Arabic message, no search.
    const url = page.url();
    await page.fill('#to', '31/2/2025');
    await page.press('#to', 'Enter');
    await page.waitForSelector('#to-error:not([hidden])');
    assert.match((await page.textContent('#to-error'))!, /^تاريخ غير صحيح/);
    assert.equal(await page.getAttribute('#to', 'aria-invalid'), '');
    assert.equal(page.url(), url);
    await page.fill('#to', '2025-04-30');
    await page.locator('#from').focus(); // leaving the box commits the day too
    await page.waitForFunction(() => location.search.includes('to=2025-04-30'));
    assert.equal(await page.getAttribute('#to', 'aria-invalid'), null);
    await page.screenshot({ path: new URL('dates.png', ARTIFACTS).pathname, fullPage: true });
    await page.close();
  });

  it('shows the mention in the snippets of entity: and said: searches, marked', async () => {
    for (const q of ['entity:"سالم القحطاني"', 'said:القحطاني']) {
      const page = await open(`/?q=${encodeURIComponent(q)}`);
      await page.waitForSelector('#results li.hit');
      const snippets = await page.locator('#results li.hit .snippet').evaluateAll((ps) => ps.map((p) => [...p.querySelectorAll('mark')].map((m) => m.textContent)));
      assert.ok(snippets.length >= 1);
      for (const marks of snippets) assert.ok(marks.some((m) => m?.includes('القحطاني')), `${q}: ${JSON.stringify(marks)}`);
      await page.close();
    }
  });

  it('asked nothing of any other host and logged no error', () => {
    assert.deepEqual(external, []);
    assert.deepEqual(consoleErrors, []);
  });
});
