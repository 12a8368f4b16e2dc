import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { findBylineAuthors } from '../../src/entities/byline-authors.js';
import { roleContext } from '../../src/entities/role-context.js';

const authors = (text: string): string[] => findBylineAuthors(roleContext(text)).filter((m) => m.type === 'PERS').map((m) => text.slice(m.start, m.end));
const orgs = (text: string): string[] => findBylineAuthors(roleContext(text)).filter((m) => m.type === 'ORG').map((m) => text.slice(m.start, m.end));
const places = (text: string): string[] => findBylineAuthors(roleContext(text)).filter((m) => m.type === 'LOC').map((m) => text.slice(m.start, m.end));

describe('findBylineAuthors', () => {
  it('reads the dateline after the outlet, before a colon, as a place, and no credit word as one', () => {
    assert.deepEqual(places('خالد الساعدي ـ سبق ـ عرعر: ضبط فرع الوزارة مخالفين.'), ['عرعر']);
    assert.deepEqual(authors('خالد الساعدي ـ سبق ـ عرعر: ضبط فرع الوزارة مخالفين.'), ['خالد الساعدي']);
    assert.deepEqual(places('نادر الفهمي- سبق- متابعة: قالت الشرطة إن الطريق مغلق.'), []);
    assert.deepEqual(places('نادر الفهمي – عين اليوم\nقالت الشرطة إن الطريق مغلق: لا مرور.'), []);
  });
  it('reads the writer next to an outlet, a place or a credit word across a dash at a paragraph start', () => {
    assert.deepEqual(authors('ريم الساعدي – عين اليوم\nأعلنت البلدية اليوم افتتاح الحديقة.'), ['ريم الساعدي']);
    assert.deepEqual(authors('عين اليوم – سامر عبدالله\nأعلنت البلدية اليوم افتتاح الحديقة.'), ['سامر عبدالله']);
    assert.deepEqual(authors('نادر الفهمي- سبق- الرياض: أعلنت البلدية افتتاح الحديقة.'), ['نادر الفهمي']);
    assert.deepEqual(authors('سارة الخالدي – متابعات\nقالت الشرطة إن الطريق مغلق.'), ['سارة الخالدي']);
    assert.deepEqual(authors('مروان عيسى – جدة\nافتتح المعرض.'), ['مروان عيسى']);
  });
  it('reads a news agency the byline credits as an organisation, without the brackets around it, and the outlet as none', () => {
    assert.deepEqual(orgs('واس – المنامة: دانت المملكة الهجوم.'), ['واس']);
    assert.deepEqual(orgs('عين اليوم – واس\nاستقبل الرئيس الوفد.'), ['واس']);
    assert.deepEqual(orgs('برلين - (د.ب.أ): ارتفعت الأسعار.'), ['د.ب.أ']);
    assert.deepEqual(places('واس – المنامة: دانت المملكة الهجوم.'), ['المنامة']);
    assert.deepEqual(orgs('نادر الفهمي- سبق- الرياض: أعلنت البلدية افتتاح الحديقة.'), []);
    // Named in the news, not credited in a byline: the tagger's, not this rule's.
    assert.deepEqual(orgs('وذكرت واس أن الطريق مغلق منذ الصباح بسبب الأمطار.'), []);
  });
  it('takes no place, outlet, credit word or words with the article for a writer, and nothing inside a paragraph', () => {
    assert.deepEqual(authors('عين اليوم – الرياض\nافتتح المعرض.'), []);
    assert.deepEqual(authors('عين اليوم – لوس أنجليس\nافتتح المعرض.'), []);
    assert.deepEqual(authors('الأمانة العامة – عين اليوم\nافتتح المعرض.'), []);
    assert.deepEqual(authors('عين اليوم – متابعات\nافتتح المعرض.'), []);
    assert.deepEqual(authors('وقال إن سامر عبدالله – عين اليوم – حضر.'), []);
    assert.deepEqual(authors('افتتح المعرض والتقى الزوار – جدة.'), []);
  });
});
