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
import { annotateArticle } from '../src/entities/annotate.js';
import { extractText } from '../src/ingest/extract-text.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import type { Store } from '../src/store/store.js';

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
const articles = extractText(`${corpus.trim()}\n${hostile}\n`, { path: 'corpus.jsonl', format: 'json' }).articles.map(annotateArticle);

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

async function open(path: string, width = 1280): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 }, locale: 'ar' });
  page.on('request', (r) => {
    if (!r.url().startsWith(base) && !r.url().startsWith('data:')) external.push(r.url());
  });
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(`${path}: ${m.text()}`);
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

  it('asked nothing of any other host and logged no error', () => {
    assert.deepEqual(external, []);
    assert.deepEqual(consoleErrors, []);
  });
});
