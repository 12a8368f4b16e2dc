/** analyseArticle: entities, quotes and time expressions, spans into the article's text, times resolved against the right day. */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { analyseArticle, articleText } from '../../src/analysis/analyse-article.js';
import { ArticleSchema } from '../../src/core/article.js';
import { extractText } from '../../src/ingest/extract-text.js';

// Our own article: people and events invented.
const record = (extra: Record<string, unknown>): string =>
  JSON.stringify({
    title: 'الوزير سامر العتيبي يفتتح محطة للمياه',
    content: 'افتتح وزير المياه سامر العتيبي أمس محطة جديدة في مدينة حمص.\nوقال العتيبي إن المحطة ستخدم مئة ألف نسمة اعتبارا من الأسبوع المقبل.',
    ...extra,
  });
const one = (text: string) => extractText(text, { path: 'a.json', format: 'json' }).articles[0]!;

describe('analyseArticle', () => {
  it('finds entities, quotes and times, every span on the article text, and passes the schema', () => {
    const a = analyseArticle(one(record({ date: '2025-03-04' })));
    ArticleSchema.parse(a);
    const text = articleText(a);
    for (const x of [...a.entities!, ...a.quotes!, ...a.times!, ...a.quantities!]) assert.equal(text.slice(x.start, x.end), x.text);
    assert.ok(a.quantities!.some((q) => q.value === 100_000 && q.unit === 'نسمة'), JSON.stringify(a.quantities));
    assert.ok(a.entities!.some((e) => e.type === 'PERS' && e.name === 'سامر العتيبي'), JSON.stringify(a.entities));
    assert.ok(a.quotes!.some((q) => q.text.startsWith('المحطة ستخدم') && q.speaker?.name === 'سامر العتيبي'), JSON.stringify(a.quotes));
  });
  it('resolves relative times against the published day', () => {
    const a = analyseArticle(one(record({ date: '2025-03-04' })));
    const yesterday = a.times!.find((t) => t.text === 'أمس');
    assert.equal(yesterday?.value, '2025-03-03');
    assert.ok(a.times!.some((t) => t.grain === 'week' && t.value !== null));
  });
  it('without a published day, uses the day the text proves, or leaves times unresolved', () => {
    const proven = one(JSON.stringify({ title: 'افتتاح محطة', content: 'افتتح الوزير اليوم (الثلاثاء) محطة جديدة.\nصورة الافتتاح في 4 مارس 2025.' }));
    assert.deepEqual(analyseArticle(proven).times!.map((t) => [t.text, t.value]), [['اليوم (الثلاثاء)', '2025-03-04'], ['4 مارس 2025', '2025-03-04']]);
    const unknown = analyseArticle(one(record({})));
    const yesterday = unknown.times!.find((t) => t.text === 'أمس');
    assert.ok(yesterday && yesterday.value === null && yesterday.relation?.offset === -1, JSON.stringify(unknown.times));
  });
  it('gives empty lists for an article with no text', () => {
    const a = analyseArticle({ ...one(record({})), headline: null, subtitle: null, captions: [], paragraphs: [] });
    assert.deepEqual([a.entities, a.quotes, a.times, a.quantities], [[], [], [], []]);
  });
});
