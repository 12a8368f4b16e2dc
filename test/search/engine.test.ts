/** The search engine over a real SQLite store of our own articles: matching, ranking, filters, facets, stories, snippets. */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { analyseArticle } from '../../src/analysis/analyse-article.js';
import { extractText } from '../../src/ingest/extract-text.js';
import { QueryError } from '../../src/search/query/errors.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { Store } from '../../src/store/store.js';

const dir = mkdtempSync(join(tmpdir(), 'rasd-search-'));
const corpus = readFileSync(new URL('../fixtures/search/corpus.jsonl', import.meta.url), 'utf8');
const articles = extractText(corpus, { path: 'corpus.jsonl', format: 'json' }).articles.map(analyseArticle);
const idOf = (headlineStart: string): string => articles.find((a) => a.headline!.startsWith(headlineStart))!.id;

let store: Store;
before(() => {
  store = openSqliteStore(join(dir, 'search.db'));
  store.putArticles(articles);
  store.flush();
});
after(() => store.close());

const ids = (q: string, o: Parameters<Store['search']>[1] = {}): string[] => store.search(q, { all: true, ...o }).hits.map((h) => h.id);
const sameSet = (a: string[], b: string[]): void => assert.deepEqual([...a].sort(), [...b].sort());

describe('search: Arabic-aware matching', () => {
  it('matches whatever the alef, hamza, ta marbuta, diacritics and clitics', () => {
    // «يوسف الأحمد» counts too: ال is a clitic.
    const ahmad = [idOf('مجلس الوزراء'), idOf('أحمد الراشد'), idOf('فريق النخيل')];
    for (const q of ['أحمد', 'احمد', 'أَحْمَد', 'وأحمد']) sameSet(ids(q), ahmad);
    sameSet(ids('المدرسه'), [idOf('المعلمون'), idOf('أحمد الراشد')]);
    sameSet(ids('مدرسة'), ids('المدرسة'));
  });
  it('phrases need the words in order, stopwords keeping their gap', () => {
    sameSet(ids('"مجلس الوزراء"'), [idOf('مجلس الوزراء')]);
    sameSet(ids('«الوزراء مجلس»'), []);
    sameSet(ids('"مدير الدفاع المدني"'), [idOf('أمطار'), idOf('الزهراء: السيول')]);
  });
  it('AND, OR, exclusion, prefixes and groups', () => {
    sameSet(ids('الزهراء معرض'), [idOf('افتتاح معرض')]);
    sameSet(ids('النخيل OR التطعيم'), [idOf('فريق النخيل'), idOf('وزارة الصحة')]);
    sameSet(ids('الزهراء -معرض'), [idOf('أمطار'), idOf('الزهراء: السيول')]);
    sameSet(ids('(النخيل OR التطعيم) -الساحل'), [idOf('وزارة الصحة')]);
    // The operator words of other search tools: NOT, and or/and in lower case.
    sameSet(ids('الزهراء NOT معرض'), ids('الزهراء -معرض'));
    sameSet(ids('النخيل or التطعيم'), ids('النخيل OR التطعيم'));
    sameSet(ids('الزهراء and معرض'), ids('الزهراء معرض'));
    assert.ok(ids('ميزاني*').length >= 2);
  });
  it('field filters: headline, outlet, date, credit', () => {
    sameSet(ids('headline:المعلمون'), [idOf('المعلمون')]);
    assert.equal(ids('المعلمون').length, 3);
    sameSet(ids('outlet:"مجلة المنبر"'), [idOf('المعلمون'), idOf('افتتاح معرض')]);
    sameSet(ids('date:2025-04'), [idOf('المعلمون'), idOf('افتتاح معرض'), idOf('فريق النخيل')]);
    sameSet(ids('التعليم date:..2025-03-31'), [idOf('مجلس الوزراء')]);
    assert.deepEqual(ids('credit:AFP'), []);
  });
});

describe('search: entities', () => {
  it('filters by an entity, by name or canonical id, and counts entities as a facet', () => {
    const rashed = [idOf('مجلس الوزراء'), idOf('أحمد الراشد')];
    sameSet(ids('entity:"أحمد الراشد"'), rashed);
    const facet = store.search('التعليم', { all: true }).facets!.entity;
    const person = facet.find((e) => e.name === 'أحمد الراشد');
    assert.ok(person, JSON.stringify(facet));
    assert.equal(person.type, 'PERS');
    sameSet(ids(`entity:${JSON.stringify(person.value)}`), rashed);
    sameSet(ids('entity:الراشد'), rashed);
    assert.deepEqual(ids('entity:"شخص لا وجود له"'), []);
  });
  it('said: finds the articles quoting a speaker, by full or short name, and unnamed speakers by their words', () => {
    const quoting = (name: string): string[] => articles.filter((a) => a.quotes!.some((q) => q.speaker && (q.speaker.name ?? q.speaker.text) === name)).map((a) => a.id);
    const rashed = quoting('أحمد الراشد');
    // «أحمد الراشد يزور …» quotes him by his short name «الراشد»: the same speaker.
    assert.ok(rashed.includes(idOf('مجلس الوزراء')) && rashed.includes(idOf('أحمد الراشد')), JSON.stringify(rashed));
    sameSet(ids('said:"أحمد الراشد"'), rashed);
    sameSet(ids('said:"احمد الراشد" التعليم'), ids('said:"أحمد الراشد"').filter((id) => ids('التعليم').includes(id)));
    sameSet(ids('said:"المتحدث باسم الوزارة"'), [idOf('وزارة الصحة')]);
    // A short name, as the articles call him: a whole part of the full name, with or without ال.
    for (const short of ['الراشد', 'راشد', 'أحمد', 'الرّاشد']) sameSet(ids(`said:${short}`), rashed);
    sameSet(ids('said:القحطاني'), [idOf('أمطار'), idOf('الزهراء: السيول')]);
    // Not part of a word, not a name the words are out of order in, not a place, not an unnamed speaker's word.
    for (const other of ['الراش', 'الراشدي', '"الراشد أحمد"', '"سالم الراشد"', 'الزهراء', 'الوزارة', 'المتحدث']) assert.deepEqual(ids(`said:${other}`), [], other);
    assert.deepEqual(ids('said:"شخص لا وجود له"'), []);
  });
});

describe('search: ranking, stories, pages, facets, snippets', () => {
  it('ranks a headline match above body matches', () => {
    assert.equal(ids('المعلمون')[0], idOf('المعلمون'));
  });
  it('shows a re-published story once, with how many similar, and every copy with all', () => {
    const r = store.search('"الدفاع المدني"');
    assert.equal(r.total, 2);
    assert.equal(r.stories, 1);
    assert.equal(r.hits.length, 1);
    assert.equal(r.hits[0]!.similar, 1);
    assert.equal(store.search('"الدفاع المدني"', { all: true }).hits.length, 2);
    assert.equal(store.search('معرض').hits[0]!.similar, 0);
  });
  it('sorts by date, newest first', () => {
    const r = store.search('الزهراء', { sort: 'date', all: true });
    const dates = r.hits.map((h) => h.published!.value);
    assert.deepEqual(dates, [...dates].sort().reverse());
  });
  it('pages through the same ranking', () => {
    const all = ids('الوزارة OR التعليم OR الزهراء', { limit: 50 });
    const pages = [0, 2, 4, 6].flatMap((offset) => ids('الوزارة OR التعليم OR الزهراء', { limit: 2, offset }));
    assert.deepEqual(pages, all.slice(0, 8));
  });
  it('counts facets over every match', () => {
    const f = store.search('التعليم OR المعلمون', { all: true }).facets!;
    assert.deepEqual(f.outlet, [{ value: 'صحيفة الوادي', count: 2 }, { value: 'مجلة المنبر', count: 1 }]);
    assert.deepEqual(f.month.map((m) => m.value), ['2025-03', '2025-04', '2025-05']);
  });
  it('counts matches per day and per week of each top entity, and the quoted speakers', () => {
    const r = store.search('التعليم OR المعلمون OR الزهراء', { all: true });
    const f = r.facets!;
    const published = r.hits.map((h) => articles.find((a) => a.id === h.id)!.published?.value.slice(0, 10)).filter(Boolean) as string[];
    // Days: chronological, one count per distinct day, summing to the matches that have a day.
    assert.deepEqual(f.day.map((d) => d.value), [...new Set(published)].sort());
    assert.equal(f.day.reduce((n, d) => n + d.count, 0), published.length);
    // Weeks start on Saturday and run from the first match's week to the last's.
    for (const w of f.weeks) assert.equal(new Date(`${w}T00:00:00Z`).getUTCDay(), 6);
    assert.ok(f.weeks[0]! <= f.day[0]!.value && f.day.at(-1)!.value < new Date(Date.parse(`${f.weeks.at(-1)!}T00:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10));
    for (const e of f.entity) {
      assert.equal(e.weeks.length, f.weeks.length);
      assert.ok(e.weeks.reduce((n, c) => n + c, 0) <= e.count);
    }
    const speaker = store.search('التعليم', { all: true }).facets!.speaker.find((s) => s.name === 'أحمد الراشد');
    assert.ok(speaker && speaker.type === 'PERS' && speaker.count >= 1, JSON.stringify(store.search('التعليم', { all: true }).facets!.speaker));
    const group = store.search('التطعيم', { all: true }).facets!.speaker.find((s) => s.type === 'GROUP');
    assert.equal(group?.name, 'المتحدث باسم الوزارة');
    assert.deepEqual(ids(`said:${JSON.stringify(group!.value)}`), [idOf('وزارة الصحة')]);
  });
  it('reuses the facets of a repeated query until the store changes', () => {
    const s = openSqliteStore(join(dir, 'facets.db'));
    try {
      s.putArticles(articles.slice(0, 5));
      s.flush();
      const first = s.search('التعليم OR الزهراء');
      // The same query, written otherwise, on another page or sorted by date: the same facets, not counted again.
      for (const [q, o] of [['التعليم  |  الزهراء', {}], ['التعليم OR الزهراء', { offset: 2, sort: 'date' as const, all: true }]] as const) {
        const again = s.search(q, o);
        assert.equal(again.facets, first.facets, q);
      }
      assert.ok(Object.isFrozen(first.facets!.outlet), 'shared facets cannot be changed by a caller');
      assert.notEqual(s.search('التعليم').facets, first.facets);
      // New articles: a new generation, the facets counted afresh and right.
      const before = first.facets!.outlet.reduce((n, o) => n + o.count, 0);
      s.putArticles(articles.slice(5));
      s.flush();
      const after = s.search('التعليم OR الزهراء');
      assert.notEqual(after.facets, first.facets);
      assert.equal(after.facets!.outlet.reduce((n, o) => n + o.count, 0), after.total);
      assert.ok(after.total > before, `${after.total} > ${before}`);
    } finally {
      s.close();
    }
  });
  it('highlights the words as written in the article', () => {
    const r = store.search('مدرسه', { all: true });
    assert.ok(r.hits.length > 0);
    for (const h of r.hits) {
      assert.ok(h.snippet.highlights.length > 0);
      for (const [a, b] of h.snippet.highlights) assert.match(h.snippet.text.slice(a, b), /^(ال)?مدرسة$/);
    }
  });
});

describe('search: queries that cannot match or cannot parse', () => {
  it('a query of stopwords only matches nothing and says why', () => {
    const r = store.search('في');
    assert.equal(r.total, 0);
    assert.equal(r.notes.length, 1);
  });
  it('a malformed query is a QueryError with its position', () => {
    assert.throws(() => store.search('الزهراء (معرض'), (e: unknown) => e instanceof QueryError && e.position === 8);
  });
});

describe('the store after an interrupted ingest', () => {
  it('indexes on the next open what a killed run stored but had not indexed', () => {
    const path = join(dir, 'killed.db');
    const script = `
      import { openSqliteStore } from ${JSON.stringify(new URL('../../src/store/sqlite/sqlite-store.ts', import.meta.url).href)};
      const s = openSqliteStore(${JSON.stringify(path)});
      s.putArticles(JSON.parse(process.argv[1]));
      process.exit(0); // killed before flush or close
    `;
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, JSON.stringify(articles)], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const reader = openSqliteStore(path, { readonly: true });
    assert.equal(reader.countArticles(), articles.length);
    assert.equal(reader.stats().indexed, 0);
    reader.close();
    const s = openSqliteStore(path);
    assert.equal(s.stats().indexed, articles.length);
    sameSet(s.search('الراشد', { all: true }).hits.map((h) => h.id), [idOf('مجلس الوزراء'), idOf('أحمد الراشد')]);
    assert.deepEqual(s.putArticles(articles), { inserted: 0, existing: articles.length });
    s.close();
  });
});

describe('stories over time', () => {
  it('the same wording a week apart is two stories; a day apart, one', () => {
    const s = openSqliteStore(join(dir, 'days.db'));
    const text = (date: string, n: number): string =>
      JSON.stringify({ title: `نشرة الطقس ${n}`, content: 'تتوقع هيئة الأرصاد طقساً حاراً نهاراً معتدلاً ليلاً على معظم مناطق البلاد، مع رياح نشطة على السواحل الغربية وارتفاع الموج إلى مترين، وتنصح السائقين بالحذر على الطرق الصحراوية.', date });
    const batch = extractText([text('2025-06-01', 1), text('2025-06-02', 2), text('2025-06-09', 3)].join('\n'), { path: 'w.jsonl', format: 'json' }).articles;
    s.putArticles(batch);
    s.flush();
    const r = s.search('الأرصاد', { sort: 'date' });
    assert.equal(r.total, 3);
    assert.equal(r.stories, 2);
    s.close();
  });
});
