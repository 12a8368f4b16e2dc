import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { ArticleSchema } from '../../src/core/article.js';
import { extractFeed } from '../../src/ingest/feeds/extract-feed.js';

const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>رصد الإخبارية</title>
<item><title>تدشين خط حافلات كهربائية</title><link>https://example.org/ar/1</link>
<pubDate>Tue, 21 Jul 2015 10:11:12 GMT</pubDate><dc:creator>ليلى حسن</dc:creator>
<content:encoded><![CDATA[<p>دبي: دشنت هيئة الطرق أمس أول خط للحافلات الكهربائية.</p><p>ويربط الخط المطار بوسط المدينة.</p>]]></content:encoded></item>
<item><title>خبر بلا نص</title><link>https://example.org/ar/2</link><description></description></item>
</channel></rss>`;

const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>مرصد</title>
<entry><title>ارتفاع أسعار القمح</title><link rel="alternate" href="https://example.org/a/7"/>
<published>2024-03-05T08:00:00Z</published><author><name>سامي علي</name></author>
<content type="html">&lt;p&gt;ارتفعت أسعار القمح في الأسواق العالمية.&lt;/p&gt;</content></entry>
</feed>`;

describe('extractFeed', () => {
  it('reads RSS items with their HTML bodies, and reports an empty one', () => {
    const { articles, diagnostics } = extractFeed(rss, { path: 'f.rss' });
    assert.equal(articles.length, 1);
    const a = articles[0]!;
    assert.equal(a.headline, 'تدشين خط حافلات كهربائية');
    assert.equal(a.outlet, 'رصد الإخبارية');
    assert.equal(a.byline, 'ليلى حسن');
    assert.equal(a.url, 'https://example.org/ar/1');
    assert.deepEqual(a.published, { value: '2015-07-21T10:11:12Z', precision: 'second' });
    assert.equal(a.dateline, 'دبي');
    assert.deepEqual(a.paragraphs, ['دشنت هيئة الطرق أمس أول خط للحافلات الكهربائية.', 'ويربط الخط المطار بوسط المدينة.']);
    assert.equal(rss.slice(a.source.start, a.source.end).startsWith('<item>'), true);
    a.spans.paragraphs.forEach((s, i) => assert.equal(rss.slice(s.start, s.end), a.paragraphs[i]));
    assert.deepEqual(diagnostics.map((d) => d.code), ['feed/no-body']);
    ArticleSchema.parse(a);
  });
  it('reads Atom entries, escaped HTML included, and says when spans are not exact', () => {
    const { articles } = extractFeed(atom, { path: 'f.atom' });
    const a = articles[0]!;
    assert.equal(a.url, 'https://example.org/a/7');
    assert.equal(a.byline, 'سامي علي');
    assert.deepEqual(a.paragraphs, ['ارتفعت أسعار القمح في الأسواق العالمية.']);
    assert.equal(a.published?.precision, 'second');
    assert.equal(a.outlet, 'مرصد');
  });
  it('keeps the complete items of a truncated feed and reports it', () => {
    const cut = rss.slice(0, rss.indexOf('<item><title>خبر بلا نص') + 20);
    const { articles, diagnostics } = extractFeed(cut, { path: 'cut.rss' });
    assert.equal(articles.length, 1);
    assert.ok(diagnostics.some((d) => d.code === 'feed/truncated' || d.code === 'feed/no-body'));
  });
  it('skips an item whose body nests thousands of elements deep, keeps the others', () => {
    // The block reader recursed once per level: 20,000 unclosed <b> overflowed the stack and threw.
    const deep = `<p>${'<b>'.repeat(20_000)}نص</p>`.replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const feed = `<rss><channel><item><title>عميق</title><description>${deep}</description></item><item><title>عادي</title><description>نص الخبر.</description></item></channel></rss>`;
    const { articles, diagnostics } = extractFeed(feed, { path: 'deep.rss' });
    assert.deepEqual(articles.map((a) => a.headline), ['عادي']);
    assert.deepEqual(diagnostics.map((d) => d.code), ['feed/too-deep']);
    assert.ok(feed.slice(diagnostics[0]!.start, diagnostics[0]!.end).startsWith('<item><title>عميق</title>'));
  });
  it('reports a document with no items', () => {
    assert.deepEqual(extractFeed('<rss><channel><title>x</title></channel></rss>', { path: 'e.rss' }).diagnostics.map((d) => d.code), ['feed/no-items']);
  });
});
