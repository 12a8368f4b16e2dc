import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { RasdError } from '../../src/errors.js';
import { extractHtml } from '../../src/ingest/html/extract-html.js';
import { parseDateText } from '../../src/ingest/html/parse-date-text.js';
import { defaultMonths, monthIndex, parseMonths } from '../../src/text/months.js';

describe('parseDateText', () => {
  const table: Array<[string, string | null, string?]> = [
    // Named months in each naming, with or without the weekday.
    ['الثلاثاء 21 يوليو 2015', '2015-07-21', 'day'],
    ['21 يوليه 2015', '2015-07-21', 'day'],
    ['٢١ تموز ٢٠١٥', '2015-07-21', 'day'],
    ['3 كانون الثاني 2016', '2016-01-03', 'day'],
    ['3 كانون  الأول 2016', '2016-12-03', 'day'],
    ['12 تشرين الثاني 2019', '2019-11-12', 'day'],
    ['5 أيار 2020', '2020-05-05', 'day'],
    ['5 ايار 2020', '2020-05-05', 'day'],
    ['5 مايو 2020', '2020-05-05', 'day'],
    ['9 آب 2014', '2014-08-09', 'day'],
    ['9 اغسطس 2014', '2014-08-09', 'day'],
    ['14 جانفي 2011', '2011-01-14', 'day'],
    ['14 فيفري 2011', '2011-02-14', 'day'],
    ['1 جويلية 2018', '2018-07-01', 'day'],
    ['30 يوليوز 2018', '2018-07-30', 'day'],
    ['20 غشت 2018', '2018-08-20', 'day'],
    ['7 شتنبر 2018', '2018-09-07', 'day'],
    ['21 يوليو/تموز 2015', '2015-07-21', 'day'],
    ['21 تموز (يوليو) 2015', '2015-07-21', 'day'],
    ['الأحد، 21 يونيو، 2015', '2015-06-21', 'day'],
    ['July 21, 2015', '2015-07-21', 'day'],
    ['21 Jul 2015', '2015-07-21', 'day'],
    // With a time: 24 hours, or 12 with ص/م.
    ['الثلاثاء 21 يوليو 2015 - 10:30 م', '2015-07-21T22:30Z', 'minute'],
    ['21 يوليو 2015 الساعة 09:05 صباحاً', '2015-07-21T09:05Z', 'minute'],
    ['12:15 ص 21 يوليو 2015', '2015-07-21T00:15Z', 'minute'],
    ['آخر تحديث: ١٠:٣٠ ٢١/٠٧/٢٠١٥', '2015-07-21T10:30Z', 'minute'],
    // Numbers: day first as Arabic writes them, ISO order, and a month that cannot be one.
    ['21/07/2015', '2015-07-21', 'day'],
    ['05/07/2015', '2015-07-05', 'day'],
    ['07/21/2015', '2015-07-21', 'day'],
    ['21-7-2015', '2015-07-21', 'day'],
    ['21.07.2015', '2015-07-21', 'day'],
    ['2015-07-21 10:30', '2015-07-21T10:30Z', 'minute'],
    ['2015/07/21 10:30:45', '2015-07-21T10:30:45Z', 'second'],
    // A month alone.
    ['يوليو 2015', '2015-07', 'month'],
    ['عدد شهر آذار 2019', '2019-03', 'month'],
    // The Gregorian date past a Hijri one.
    ['الثلاثاء 5 شوال 1436 هـ - 21 يوليو 2015 م', '2015-07-21', 'day'],
    ['1436/10/05 هـ الموافق 2015/07/21', '2015-07-21', 'day'],
    // No date.
    ['5 شوال 1436 هـ', null],
    ['1436/10/05 هـ', null],
    ['31/02/2015', null],
    ['منذ ساعتين', null],
    ['10:30', null],
    ['21 يوليو', null],
    ['قبل 3 أيام', null],
    ['', null],
  ];
  for (const [text, value, precision] of table) {
    it(JSON.stringify(text), () => assert.deepEqual(parseDateText(text), value === null ? null : { value, precision }));
  }
});

describe('the month names (data/text/months.txt)', () => {
  it('names every month in each naming', () => {
    const months = defaultMonths();
    for (const [name, month] of [['يناير', 1], ['كانون الثاني', 1], ['جانفي', 1], ['غشت', 8], ['اغسطس', 8], ['دجنبر', 12], ['june', 6]] as const) {
      assert.equal(months.get(name), month, name);
    }
  });
  it('throws E_DATA on a bad line or a name listed for two months', () => {
    const isData = (e: unknown): boolean => e instanceof RasdError && e.code === 'E_DATA';
    assert.throws(() => parseMonths('13\tcommon\tشهر'), isData);
    assert.throws(() => parseMonths('7\tcommon'), isData);
    assert.throws(() => monthIndex(parseMonths('7\ta\tتموز\n8\tb\tتموز')), isData);
  });
});

describe('extractHtml: a <time> with only text', () => {
  const body = '<p>افتتحت البلدية أمس سوقاً شعبية جديدة للمنتجات الزراعية في الساحة العامة وسط المدينة.</p><p>وقال رئيس البلدية إن السوق ستفتح كل يوم جمعة.</p>';
  const page = (head: string, times: string): string => `<html><head>${head}</head><body><article><h1>سوق جديدة في الساحة العامة</h1>${times}${body}</article></body></html>`;
  it('gives the published date when nothing else does', () => {
    const a = extractHtml(page('', '<time>الخميس ٢٣ تموز ٢٠١٥</time>'), { path: 'p' }).articles[0]!;
    assert.deepEqual(a.published, { value: '2015-07-23', precision: 'day' });
  });
  it('prefers the <time> marked as published', () => {
    const a = extractHtml(page('', '<time>تحديث 24/07/2015</time><time itemprop="datePublished">23/07/2015</time>'), { path: 'p' }).articles[0]!;
    assert.deepEqual(a.published, { value: '2015-07-23', precision: 'day' });
  });
  it('comes after <time datetime> and the meta tags', () => {
    const a = extractHtml(page('<meta property="article:published_time" content="2015-07-20">', '<time>23/07/2015</time>'), { path: 'p' }).articles[0]!;
    assert.deepEqual(a.published, { value: '2015-07-20', precision: 'day' });
  });
  it('stays null for a <time> that names no date', () => {
    const a = extractHtml(page('', '<time>منذ ساعتين</time>'), { path: 'p' }).articles[0]!;
    assert.equal(a.published, null);
  });
});
