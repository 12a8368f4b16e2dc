import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ArticleSchema, type Article } from '../../src/core/article.js';
import { extractHtml } from '../../src/ingest/html/extract-html.js';
import { cleanByline, repeatsBody, stripSiteSuffix } from '../../src/ingest/html/html-fields.js';
import { readJsonLd } from '../../src/ingest/html/json-ld.js';
import { locate, mapSource } from '../../src/ingest/html/source-map.js';
import { normalizeText } from '../../src/text/normalize.js';
import { anyText } from '../helpers/arbitraries.js';

/** The page fixtures; their golden output is checked in test/golden.test.ts (stage html). */
const HTML_FIXTURES = new URL('../fixtures/html/', import.meta.url);
const FIXTURES = readdirSync(HTML_FIXTURES)
  .filter((f) => f.endsWith('.html'))
  .sort()
  .map((f) => [f.replace(/\.html$/u, ''), readFileSync(new URL(f, HTML_FIXTURES), 'utf8')] as const);

/** Every span of an article, with the text it stands for. */
function spannedFields(a: Article): Array<[string, string, { start: number; end: number }]> {
  const out: Array<[string, string, { start: number; end: number }]> = [];
  for (const f of ['headline', 'subtitle', 'byline', 'dateline'] as const) {
    const s = a.spans[f];
    if (s) out.push([f, a[f]!, s]);
  }
  a.spans.paragraphs.forEach((s, i) => out.push([`paragraph ${i + 1}`, a.paragraphs[i]!, s]));
  return out;
}

describe('extractHtml: spans point back into the page', () => {
  for (const [name, html] of FIXTURES) {
    it(name, () => {
      for (const a of extractHtml(html, { path: name }).articles) {
        ArticleSchema.parse(a);
        assert.deepEqual(a.source, { path: name, start: 0, end: html.length });
        // A span either slices to the field, or covers its markup: its visible text is the field.
        for (const [field, text, s] of spannedFields(a)) assert.equal(mapSource(html.slice(s.start, s.end)).text, text, field);
        for (const c of a.captions) assert.ok(mapSource(html.slice(c.start, c.end)).text.startsWith(c.text), c.text);
        for (const r of a.removed) assert.equal(mapSource(html.slice(r.start, r.end)).text, r.text);
        const inexact = spannedFields(a).some(([, text, s]) => html.slice(s.start, s.end) !== text);
        if (inexact) assert.ok(a.diagnostics.some((d) => d.code === 'html/span-approximate'));
      }
    });
  }
  it('a repeated paragraph is removed at its second place, not its first', () => {
    const html = FIXTURES.find(([n]) => n === 'chrome')![1];
    const a = extractHtml(html, { path: 'chrome' }).articles[0]!;
    const dup = a.removed.find((r) => r.reason === 'duplicate')!;
    const kept = a.spans.paragraphs[1]!;
    assert.equal(html.slice(dup.start, dup.end), html.slice(kept.start, kept.end));
    assert.ok(dup.start > kept.end);
  });
});

describe('extractHtml: what the page does not say', () => {
  const body = '<p>أعلنت البلدية أمس عن افتتاح حديقة عامة جديدة في الحي الشرقي تضم ملاعب للأطفال ومسارات للمشي.</p><p>وقال رئيس البلدية إن الحديقة ستفتح أبوابها يومياً من السابعة صباحاً.</p>';
  it('takes the outlet and address from the caller when the page gives none', () => {
    const a = extractHtml(`<html><body><h1>حديقة جديدة</h1>${body}</body></html>`, { path: 'p', outlet: 'رصد', url: 'https://example.org/a' }).articles[0]!;
    assert.equal(a.outlet, 'رصد');
    assert.equal(a.url, 'https://example.org/a');
    assert.equal(a.headline, 'حديقة جديدة');
  });
  it('resolves a relative canonical link against the caller’s address', () => {
    const a = extractHtml(`<html><head><link rel="canonical" href="/news/park"></head><body><h1>حديقة</h1>${body}</body></html>`, { path: 'p', url: 'https://example.org/x?y=1' }).articles[0]!;
    assert.equal(a.url, 'https://example.org/news/park');
  });
  it('reads a page written without <html>, <head> or <body>', () => {
    const { articles } = extractHtml(`<!doctype html><title>حديقة جديدة | البلدية</title><h1>حديقة جديدة</h1>${body}`, { path: 'p' });
    assert.equal(articles[0]?.headline, 'حديقة جديدة');
    assert.equal(articles[0]?.paragraphs.length, 2);
  });
  it('reads a caption printed in a classed element, not as a paragraph', () => {
    const html = `<html><body><article><h1>حديقة</h1><div class="wp-caption"><img src="a.jpg"><p class="wp-caption-text">أطفال يلعبون في الحديقة الجديدة - رويترز</p></div>${body}</article></body></html>`;
    const a = extractHtml(html, { path: 'p' }).articles[0]!;
    assert.deepEqual(a.captions.map((c) => [c.text, c.credit?.code]), [['أطفال يلعبون في الحديقة الجديدة', 'REUTERS']]);
    assert.equal(a.paragraphs.length, 2);
  });
  it('reports a JSON-LD script that is not JSON and a date that is not a date, and still reads the page', () => {
    const html = `<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": </script><meta property="article:published_time" content="قبل ساعتين"><meta property="og:title" content="حديقة"></head><body>${body}</body></html>`;
    const { articles, diagnostics } = extractHtml(html, { path: 'p' });
    assert.deepEqual(diagnostics.map((d) => d.code).sort(), ['html/bad-date', 'html/bad-json-ld']);
    assert.equal(articles[0]?.headline, 'حديقة');
    assert.equal(articles[0]?.published, null);
    const date = diagnostics.find((d) => d.code === 'html/bad-date')!;
    assert.equal(html.slice(date.start, date.end), 'قبل ساعتين');
  });
});

describe('extractHtml: bad input is a diagnostic, never a crash', () => {
  const table: Array<[string, string]> = [
    ['empty', ''],
    ['blank', ' \n\t '],
    ['plain text', 'هذا نص عادي وليس صفحة ويب.'],
    ['JSON', '{"title": "خبر", "content": "نص"}'],
    ['a lone bracket', '<'],
    ['an open tag', '<html'],
    ['an open comment', '<!-- لا شيء'],
    ['control bytes', '\u0000\u0001\u0002\uFFFD\uD800'],
    ['only a script', '<html><body><script>document.write("<p>نص</p>")</script></body></html>'],
    ['nesting too deep to read in time', '<html><body>' + '<div>'.repeat(2000) + '<p>' + 'كلمة '.repeat(40) + '</p></body></html>'],
    ['a body of links', '<html><body><ul><li><a href="/1">الأول</a></li><li><a href="/2">الثاني</a></li></ul></body></html>'],
  ];
  for (const [name, html] of table) {
    it(name, () => {
      const { articles, diagnostics } = extractHtml(html, { path: name });
      assert.equal(articles.length, 0);
      assert.equal(diagnostics.at(-1)?.code, 'html/no-article');
      assert.equal(diagnostics.at(-1)?.input, name);
    });
  }
  it('never throws on any text, or on any cut of a fixture', () => {
    const pages = FIXTURES.map(([, html]) => html);
    const input = fc.oneof(
      anyText,
      fc.tuple(fc.constantFrom(...pages), fc.double({ min: 0, max: 1, noNaN: true })).map(([html, at]) => html.slice(0, Math.floor(html.length * at))),
    );
    fc.assert(
      fc.property(input, (html) => {
        const { articles } = extractHtml(html, { path: 'x' });
        for (const a of articles) ArticleSchema.parse(a);
      }),
      { numRuns: 60 },
    );
  });
});

describe('mapSource: the visible text of a page source', () => {
  const table: Array<[string, string]> = [
    ['<p>أ &amp; ب</p>', 'أ & ب'],
    ['<p>أ</p><p>ب</p>', 'أ ب'],
    ['ك<b>ت</b>ب', 'كتب'],
    ['سطر<br>سطر', 'سطر سطر'],
    ['<!-- <p>تعليق</p> -->نص', 'نص'],
    ['<script>var a = "<p>";</script><style>p{}</style>نص', 'نص'],
    ['<title>عنوان</title><p>نص</p>', 'نص'],
    ['<a title="أ>ب">نص</a>', 'نص'],
    ['&#1606;&#x635;', 'نص'],
    ['&bogus; نص', '&bogus; نص'],
    ['س < ص', 'س < ص'],
    ['<p>  أ \n\u00A0 ب  </p>', 'أ ب'],
    ['<button>موافق</button>نص', 'نص'],
  ];
  for (const [html, text] of table) it(JSON.stringify(html), () => assert.equal(mapSource(html).text, text));

  const cuts: Array<[string, number | null]> = [
    ['<p>نص</p>', null],
    ['<p>نص</p><a hr', 9],
    ['<p>نص</p><a title="x>', 9],
    ['<p>نص</p><!-- x', 9],
    ['<p>نص</p><script>var a', 17],
  ];
  for (const [html, at] of cuts) it(`truncated at ${at}: ${JSON.stringify(html)}`, () => assert.equal(mapSource(html).truncatedAt, at));

  it('locates a field exactly, or covering its markup', () => {
    const html = '<h1>عنوان</h1><p>قال &quot;نعم&quot; <b>أمس</b>.</p>';
    const map = mapSource(html);
    const exact = locate(html, map, 'عنوان')!;
    assert.deepEqual([html.slice(exact.start, exact.end), exact.exact], ['عنوان', true]);
    const cover = locate(html, map, 'قال "نعم" أمس.')!;
    assert.deepEqual([html.slice(cover.start, cover.end), cover.exact], ['قال &quot;نعم&quot; <b>أمس</b>.', false]);
    assert.equal(locate(html, map, 'غائب'), null);
  });
});

describe('html fields', () => {
  const suffixes: Array<[string, string[], string]> = [
    ['خبر عاجل عن الطقس | النهار', [], 'خبر عاجل عن الطقس'],
    ['مهرجان الكتاب - أخبار الواحة', ['أخبار الواحة'], 'مهرجان الكتاب'],
    ['مهرجان الكتاب - أخبار الواحة', [], 'مهرجان الكتاب - أخبار الواحة'],
    ['القاهرة - الحكومة تعلن خطة جديدة', [], 'القاهرة - الحكومة تعلن خطة جديدة'],
    ['النهار | الحكومة تقر الموازنة', ['النهار'], 'الحكومة تقر الموازنة'],
    ['عنوان | قسم من خمس كلمات طويلة جداً', [], 'عنوان | قسم من خمس كلمات طويلة جداً'],
  ];
  for (const [title, outlets, expected] of suffixes) it(`stripSiteSuffix ${title}`, () => assert.equal(stripSiteSuffix(title, outlets), expected));

  const bylines: Array<[string | null, string | null]> = [
    ['بقلم: كريم الحداد', 'كريم الحداد'],
    ['كتبت - ليلى بنعلي', 'ليلى بنعلي'],
    ['By Sami Attar', 'Sami Attar'],
    ['كتبي سامر', 'كتبي سامر'],
    ['https://www.facebook.com/someone', null],
    [null, null],
  ];
  for (const [raw, expected] of bylines) it(`cleanByline ${raw}`, () => assert.equal(cleanByline(raw), expected));

  it('repeatsBody: a description cut from the lead is not a subtitle', () => {
    const body = normalizeText('الرباط: افتتحت الوزارة أمس أول محطة لتحلية المياه تعمل بالطاقة الشمسية.', 'search');
    assert.equal(repeatsBody('الرباط: افتتحت الوزارة أمس أول محطة…', body), true);
    assert.equal(repeatsBody('افتتحت الوزارة أمس أول محطة...', body), true);
    assert.equal(repeatsBody('محطة جديدة تخفف الضغط على الآبار', body), false);
  });
});

describe('readJsonLd', () => {
  it('finds the article in @graph and resolves @id references', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'Organization', '@id': '#org', name: 'صحيفة المرصد' },
        { '@type': 'Person', '@id': '#p1', name: 'ليلى بنعلي' },
        { '@type': ['ReportageNewsArticle'], headline: 'عنوان', author: { '@id': '#p1' }, publisher: { '@id': '#org' }, datePublished: '2024-03-11', mainEntityOfPage: { '@id': 'https://x.example/a' } },
      ],
    });
    assert.deepEqual(readJsonLd([ld]).article, { headline: 'عنوان', description: null, authors: ['ليلى بنعلي'], datePublished: '2024-03-11', publisher: 'صحيفة المرصد', url: 'https://x.example/a' });
  });
  it('reads an array of nodes, string authors and raw new lines inside strings', () => {
    const ld = '[{"@type": "WebSite", "name": "س"}, {"@type": "NewsArticle", "headline": "سطر\nثان", "author": ["أ", {"name": "ب"}]}]';
    const { article, errors } = readJsonLd([ld]);
    assert.deepEqual([article?.headline, article?.authors, errors], ['سطر ثان', ['أ', 'ب'], []]);
  });
  it('reports a script that is not JSON and reads the others', () => {
    const { article, errors } = readJsonLd(['{"@type": ', '{"@type": "Article", "headline": "ع"}']);
    assert.equal(article?.headline, 'ع');
    assert.equal(errors.length, 1);
    assert.equal(errors[0]?.script, 0);
  });
  it('gives no article when no node is one', () => assert.equal(readJsonLd(['{"@type": "WebPage", "name": "x"}']).article, null));
});

describe('extractHtml: what Readability leaves in goes as chrome', () => {
  const page = (extra: string): string => `<!doctype html><html lang="ar" dir="rtl"><head><title>افتتاح مكتبة عامة</title><meta property="og:site_name" content="صحيفة المثال"></head><body><article><h1>افتتاح مكتبة عامة جديدة في المدينة القديمة</h1>
<p>شارك: فيسبوك تويتر واتساب</p>
<p>افتتحت البلدية أمس مكتبة عامة جديدة في قلب المدينة القديمة، تضم أكثر من عشرين ألف كتاب باللغتين العربية والإنجليزية.</p>
<p>وقال رئيس البلدية إن المكتبة ستفتح أبوابها يومياً من الصباح حتى المساء، وإن الدخول إليها مجاني للطلاب.</p>${extra}</article></body></html>`;
  it('takes a share bar and a related list out of the article element, with their kinds and spans', () => {
    const html = page('<p>اقرأ أيضاً:</p><p>البلدية تطرح مشاريع جديدة</p><p>افتتاح حديقة في الحي الشمالي</p>');
    const [a] = extractHtml(html, { path: 'p.html' }).articles;
    assert.equal(a!.paragraphs.length, 2);
    assert.match(a!.paragraphs[0]!, /^افتتحت البلدية/u);
    assert.deepEqual(a!.removed.map((r) => [r.kind, r.evidence, r.text]), [
      ['share', 'kind', 'شارك: فيسبوك تويتر واتساب'],
      ['related', 'kind', 'اقرأ أيضاً:'],
      ['related', 'list', 'البلدية تطرح مشاريع جديدة'],
      ['related', 'list', 'افتتاح حديقة في الحي الشمالي'],
    ]);
    for (const r of a!.removed) assert.equal(html.slice(r.start, r.end), r.text);
  });
});
