import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ArticleSchema } from '../../src/core/article.js';
import { extractCsv } from '../../src/ingest/records/extract-csv.js';
import { extractRecords } from '../../src/ingest/records/extract-records.js';
import { detectFieldMap, parseFieldMap } from '../../src/ingest/records/field-map.js';
import { parsePublished } from '../../src/ingest/records/published.js';

describe('field mapping', () => {
  const table: Array<[string[], Record<string, string>]> = [
    [['source', 'url', 'date_extracted', 'title', 'author', 'content'], { headline: 'title', body: 'content', byline: 'author', published: 'date_extracted', outlet: 'source', url: 'url' }],
    [['Headline', 'Article Body', 'datePublished', 'link'], { headline: 'Headline', body: 'Article Body', published: 'datePublished', url: 'link' }],
    [['العنوان', 'النص', 'الكاتب'], { headline: 'العنوان', body: 'النص', byline: 'الكاتب' }],
  ];
  for (const [keys, expected] of table) it(keys.join(','), () => assert.deepEqual(detectFieldMap(keys), expected));
  it('an explicit map wins and its keys are not reused', () => {
    assert.deepEqual(detectFieldMap(['title', 'summary', 'content'], { body: 'summary' }), { headline: 'title', body: 'summary' });
  });
  it('--map rejects an unknown field, naming it', () => {
    assert.throws(() => parseFieldMap('heading=title'), /heading=title/);
    assert.deepEqual(parseFieldMap(' headline = title , body=text '), { headline: 'title', body: 'text' });
  });
});

describe('parsePublished', () => {
  const table: Array<[string, ReturnType<typeof parsePublished>]> = [
    ['2015', { value: '2015', precision: 'year' }],
    ['2015-07', { value: '2015-07', precision: 'month' }],
    ['2015-07-21', { value: '2015-07-21', precision: 'day' }],
    ['2015-07-21T10:11', { value: '2015-07-21T10:11Z', precision: 'minute' }],
    ['2015-07-21 10:11:12', { value: '2015-07-21T10:11:12Z', precision: 'second' }],
    ['2015-07-21T10:11:12+03:00', { value: '2015-07-21T07:11:12Z', precision: 'second' }],
    ['Tue, 21 Jul 2015 10:11:12 GMT', { value: '2015-07-21T10:11:12Z', precision: 'second' }],
    ['أمس', null],
    ['2015-13-40', null],
  ];
  for (const [raw, expected] of table) it(raw, () => assert.deepEqual(parsePublished(raw), expected));
});

describe('extractRecords (JSON and JSONL)', () => {
  it('keeps exact spans through JSON escapes', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }), { minLength: 1, maxLength: 4 }), (paras) => {
        const content = paras.map((p) => `نص ${p}`).join('\n');
        const text = JSON.stringify([{ title: 'عنوان "مقتبس"', content }]);
        const { articles } = extractRecords(text, { path: 'p.json' });
        assert.equal(articles.length, 1);
        const a = articles[0]!;
        a.spans.paragraphs.forEach((s, i) => assert.equal(JSON.parse(`"${text.slice(s.start, s.end)}"`), a.paragraphs[i]));
        assert.equal(JSON.parse(`"${text.slice(a.spans.headline!.start, a.spans.headline!.end)}"`), 'عنوان "مقتبس"');
        ArticleSchema.parse(a);
      }),
      { numRuns: 200 },
    );
  });
  it('reads JSON lines and reports bad lines by position, keeping the good ones', () => {
    const text = ['{"title":"أ","content":"نص أول."}', '{"title": "ب", "content": ', '[1,2]', '{"title":"ج","text":"نص ثالث."}'].join('\n');
    const { articles, diagnostics } = extractRecords(text, { path: 'x.jsonl' });
    assert.deepEqual(articles.map((a) => a.headline), ['أ', 'ج']);
    assert.deepEqual(diagnostics.map((d) => [d.code, d.start]), [['records/bad-json', text.indexOf('{"title": "ب"')], ['records/not-an-object', text.indexOf('[1,2]')]]);
  });
  it('reports a truncated array', () => {
    const { articles, diagnostics } = extractRecords('[{"title":"أ","content":"نص."}, {"title":"ب","con', { path: 'x.json' });
    assert.equal(articles.length, 1);
    assert.equal(diagnostics[0]?.code, 'records/truncated');
  });
});

describe('extractCsv', () => {
  it('maps a header, keeps spans through doubled quotes, and flags ragged rows', () => {
    const text = 'title,content,author\r\nعنوان,"قال: ""نعم"".\nسطر ثان.",كاتب\nناقص,نص\n';
    const { articles, diagnostics } = extractCsv(text, { path: 't.csv' });
    assert.equal(articles.length, 2);
    const a = articles[0]!;
    assert.deepEqual(a.paragraphs, ['قال: "نعم".', 'سطر ثان.']);
    assert.equal(text.slice(a.spans.paragraphs[0]!.start, a.spans.paragraphs[0]!.end), 'قال: ""نعم"".');
    assert.equal(a.byline, 'كاتب');
    assert.equal(diagnostics[0]?.code, 'records/ragged-row');
  });
  it('reads TSV', () => {
    const { articles } = extractCsv('title\tcontent\nعنوان\tنص الخبر.\n', { path: 't.tsv' });
    assert.equal(articles[0]?.paragraphs[0], 'نص الخبر.');
  });
});

describe('HTML character references in exported fields', () => {
  it('are decoded, and every span still points at the raw text', () => {
    const text = JSON.stringify({ title: '&quot;الوادي&quot; تفتتح فرعاً &amp; مكتبة', content: 'قال المدير: &laquo;نحن هنا&raquo; &#1605;&#1593;&#1603;&#1605;.\nسطر &unknown; ثان.', url: 'https://example.org/?a=1&amp;b=2' });
    const { articles } = extractRecords(text, { path: 'e.json' });
    const a = articles[0]!;
    assert.equal(a.headline, '"الوادي" تفتتح فرعاً & مكتبة');
    assert.deepEqual(a.paragraphs, ['قال المدير: «نحن هنا» معكم.', 'سطر &unknown; ثان.']);
    assert.equal(a.url, 'https://example.org/?a=1&amp;b=2');
    assert.equal(text.slice(a.spans.headline!.start, a.spans.headline!.end), '&quot;الوادي&quot; تفتتح فرعاً &amp; مكتبة');
    assert.match(text.slice(a.spans.paragraphs[0]!.start, a.spans.paragraphs[0]!.end), /^قال المدير: &laquo;.*&#1605;\.$/);
  });
  it('leaves names of Object.prototype members as they are (&constructor; &toString;)', () => {
    const { articles } = extractRecords(JSON.stringify({ title: 'عنوان &constructor; هنا', content: 'نص &toString; و&__proto__; هنا.' }), { path: 'p.json' });
    assert.equal(articles[0]!.headline, 'عنوان &constructor; هنا');
    assert.deepEqual(articles[0]!.paragraphs, ['نص &toString; و&__proto__; هنا.']);
  });
});

describe('CSV headers named like Object.prototype members', () => {
  it('are ordinary columns', () => {
    const { articles } = extractCsv('title,__proto__,constructor,content\nعنوان الخبر,x,y,نص الخبر هنا.\n', { path: 'p.csv' });
    assert.equal(articles.length, 1);
    assert.equal(articles[0]!.headline, 'عنوان الخبر');
  });
});
