/** entity: and said: hits show the mention: the snippet's window is around it and marks it, not the article's first words. */
import { strict as assert } from 'node:assert';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { analyseArticle } from '../../src/analysis/analyse-article.js';
import { extractText } from '../../src/ingest/extract-text.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { Store } from '../../src/store/store.js';

// Our own articles (people and events invented): the minister is named only past the first 240 characters.
const dateline = 'مدينة الواحة – خاص: ';
const filler = 'شهدت المدينة خلال الأسابيع الماضية نقاشاً واسعاً حول مشروعات الطرق والجسور الجديدة، وتباينت آراء السكان بين مؤيد يرى فيها حلاً للازدحام ومعارض يخشى كلفتها على الميزانية العامة وعلى الأحياء القديمة التي ستمر بها. ';
const records = [
  {
    title: 'خطة جديدة للنقل العام في مدينة الواحة',
    date: '2025-06-01',
    content: `${dateline}${filler}${filler}وقال وزير النقل خالد المهيري في مؤتمر صحافي إن المشروع سيكتمل خلال عامين.\nوأضاف أن الحافلات الكهربائية ستصل في الخريف.`,
  },
  {
    title: 'افتتاح جسر الميناء',
    date: '2025-06-03',
    content: `${dateline}${filler}افتتح خالد المهيري جسر الميناء أمس بحضور عدد من المسؤولين.\nوأكد المهيري أن الجسر يختصر الطريق إلى النصف.`,
  },
];

let store: Store;
before(() => {
  store = openSqliteStore(join(mkdtempSync(join(tmpdir(), 'rasd-mention-')), 'm.db'));
  store.putArticles(extractText(records.map((r) => JSON.stringify(r)).join('\n'), { path: 'm.jsonl', format: 'json' }).articles.map(analyseArticle));
  store.flush();
});
after(() => store.close());

const marked = (h: { text: string; highlights: Array<[number, number]> }): string[] => h.highlights.map(([a, b]) => h.text.slice(a, b));

describe('snippets of entity: and said: hits', () => {
  for (const q of ['entity:"خالد المهيري"', 'entity:المهيري', 'said:المهيري', 'said:"خالد المهيري"']) {
    it(`${q}: the window holds the mention, marked`, () => {
      const r = store.search(q, { all: true });
      assert.equal(r.total, 2, JSON.stringify(r.hits.map((h) => h.headline?.text)));
      for (const h of r.hits) {
        assert.ok(!h.snippet.text.startsWith(dateline), `starts at the dateline: ${h.snippet.text.slice(0, 60)}`);
        const words = marked(h.snippet);
        assert.ok(words.length > 0, h.snippet.text);
        for (const w of words) assert.match(w, /^(خالد )?المهيري$/, w);
      }
    });
  }
  it('with words too, the paragraph with both, both marked', () => {
    const r = store.search('said:المهيري مؤتمر', { all: true });
    assert.equal(r.total, 1);
    assert.deepEqual(marked(r.hits[0]!.snippet), ['خالد المهيري', 'مؤتمر']);
  });
  it('a query of words alone is as before: no mention marked', () => {
    for (const h of store.search('جسر', { all: true }).hits) assert.ok(marked(h.snippet).every((w) => /^(ال)?جسر$/.test(w)), marked(h.snippet).join(', '));
  });
  it('an excluded entity marks nothing', () => {
    for (const h of store.search('الحافلات -entity:"خالد المهيري" OR جسر', { all: true }).hits) {
      assert.ok(marked(h.snippet).every((w) => !w.includes('المهيري')), marked(h.snippet).join(', '));
    }
  });
});
