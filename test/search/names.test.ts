/** Names stay names: name readings, the exact form `=word`, ه for ة, and re-indexing when the analyser changes. */
import { strict as assert } from 'node:assert';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { extractText } from '../../src/ingest/extract-text.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { Article } from '../../src/core/article.js';
import type { Store } from '../../src/store/store.js';
import { ANALYZER_VERSION } from '../../src/text/analyze.js';

// Our own articles: a movement that is also «two students», students, a platform, an insult, and a ministry spelled with ه.
const records = [
  { title: 'حركة طالبان تعلن سيطرتها على مديرية جديدة', content: 'قالت حركة طالبان إن مقاتليها دخلوا المديرية صباح اليوم بعد معارك قصيرة.' },
  { title: 'الطالب المتفوق يحصد جائزة المدرسة', content: 'فاز طالب من المدرسة الثانوية بالجائزة الأولى، وكرمت الإدارة الطالبة الثانية في الحفل.' },
  { title: 'إطلاق خدمة جديدة للرسائل على فيسبوك', content: 'أعلنت الشركة أن الخدمة متاحة على الفيسبوك منذ أمس، وأن مستخدمي وفيسبوك ماسنجر يمكنهم تجربتها.' },
  { title: 'لاعب يسب الحكم في المباراة', content: 'عوقب اللاعب بالإيقاف لأنه سب الحكم أثناء المباراة الأخيرة.' },
  { title: 'وزاره الصحه تطلق حملة للتطعيم', content: 'أطلقت وزارة الصحة حملة تطعيم في المدارس تستمر أسبوعين.' },
  { title: 'حزب الله يعلن موقفه من الحكومة', content: 'أصدر حزب الله بيانا بعد اجتماع قيادته.' },
  { title: 'حزب جديد يدعو إلى التقوى', content: 'قال رئيس الحزب إن الله يأمر بالعدل والإحسان.' },
  { title: 'الفيصلي يفوز على ضيفه', content: 'حقق نادي الفيصلي فوزا ثمينا في الجولة الثالثة.' },
  { title: 'الأمير فيصل يفتتح المعرض', content: 'افتتح الأمير فيصل المعرض السنوي للكتاب.' },
  { title: 'وفد مصري يزور العاصمة', content: 'وصل الوفد المصري إلى العاصمة أمس في زيارة قصيرة.' },
  { title: 'انستغرام يطلق ميزة جديدة', content: 'أعلن تطبيق انستغرام عن ميزة جديدة للصور.' },
  { title: 'تحديث جديد من انستجرام', content: 'أصدر انستجرام تحديثا لتطبيقه.' },
];
const corpus = records.map((r, i) => JSON.stringify({ ...r, url: `https://example.org/${i}`, source: 'مصدر' })).join('\n');
const articles = extractText(corpus, { path: 'names.jsonl', format: 'json' }).articles;
const idOf = (start: string): string => articles.find((a) => a.headline!.startsWith(start))!.id;

const dir = mkdtempSync(join(tmpdir(), 'rasd-names-'));
const path = join(dir, 'names.db');
let store: Store;
before(() => {
  store = openSqliteStore(path);
  store.putArticles(articles);
  store.flush();
});
after(() => store.close());

const ids = (q: string): string[] => store.search(q, { all: true }).hits.map((h) => h.id).sort();
const only = (...starts: string[]): string[] => starts.map(idOf).sort();

describe('search: names stay names', () => {
  it('a name that is also an inflected word searches the name; the word still finds both', () => {
    assert.deepEqual(ids('طالبان'), only('حركة طالبان'));
    assert.ok(ids('طالب').includes(idOf('الطالب المتفوق')));
  });
  it('a foreign word is not cut into Arabic pieces: فيسبوك is no ف + يسب', () => {
    assert.deepEqual(ids('فيسبوك'), only('إطلاق خدمة'));
    assert.deepEqual(ids('الفيسبوك'), only('إطلاق خدمة'));
    assert.deepEqual(ids('يسب'), only('لاعب يسب'));
  });
  it('a foreign word finds its other spellings (ج غ ق for g); =word keeps to the one typed', () => {
    assert.deepEqual(ids('انستغرام'), only('انستغرام يطلق', 'تحديث جديد من انستجرام'));
    assert.deepEqual(ids('إنستقرام'), ids('انستغرام'));
    assert.deepEqual(ids('=انستغرام'), only('انستغرام يطلق'));
  });
  it('=word matches the surface form only, clitics removed, nothing stemmed', () => {
    assert.deepEqual(ids('=طالبان'), only('حركة طالبان'));
    assert.deepEqual(ids('=طالب'), only('الطالب المتفوق'));
    assert.deepEqual(ids('=الطالبة'), only('الطالب المتفوق'));
    assert.deepEqual(ids('=طلاب'), []);
  });
  it('="…" is a phrase of exact forms', () => {
    assert.deepEqual(ids('="حركة طالبان"'), only('حركة طالبان'));
    assert.deepEqual(ids('="طالبان حركة"'), []);
    assert.throws(() => store.search('= طالبان'), /a lone = must come right before a word or a quoted phrase/);
  });
  it('the words of a known name of several words, and nothing else, are searched as its phrase', () => {
    assert.deepEqual(ids('حزب الله'), only('حزب الله'));
    assert.deepEqual(ids('حزب التقوى'), only('حزب جديد'));
  });
  it('a nisba of a person’s name is a name of its own; one of a place joins the place', () => {
    assert.deepEqual(ids('الفيصلي'), only('الفيصلي'));
    assert.deepEqual(ids('فيصل'), only('الأمير فيصل'));
    assert.deepEqual(ids('مصر'), only('وفد مصري'));
  });
  it('a final ه for ة gives the same hits', () => {
    const want = only('وزاره الصحه');
    assert.deepEqual(ids('وزارة الصحة'), want);
    assert.deepEqual(ids('وزاره الصحه'), want);
    assert.deepEqual(ids('"وزاره الصحه"'), want);
  });
});

describe('store: an index built by another analyser is built again', () => {
  it('a writable open re-indexes; a read-only open says what to do', () => {
    store.close();
    const db = new Database(path);
    db.prepare("UPDATE meta SET value = ? WHERE key = 'analyzer'").run(ANALYZER_VERSION - 1);
    db.close();
    assert.throws(() => openSqliteStore(path, { readonly: true }), /indexed by another version of the analyser; open it once for writing/);
    store = openSqliteStore(path);
    assert.deepEqual(ids('طالبان'), only('حركة طالبان'));
    const check = new Database(path, { readonly: true });
    assert.equal(check.prepare("SELECT value FROM meta WHERE key = 'analyzer'").pluck().get(), ANALYZER_VERSION);
    check.close();
  });
});

/** Our two records as articles (with `entities` to be set), and the ids `query` ranks in a store of them. */
function twoArticles(name: string, texts: Array<{ title: string; content: string }>): { articles: Article[]; ranked: (query: string) => string[] } {
  const jsonl = texts.map((r, i) => JSON.stringify({ ...r, url: `https://example.org/${name}${i}`, source: 'مصدر' })).join('\n');
  const articles = extractText(jsonl, { path: `${name}.jsonl`, format: 'json' }).articles;
  const ranked = (query: string): string[] => {
    const s = openSqliteStore(join(dir, `${name}.db`));
    try {
      s.putArticles(articles);
      s.flush();
      return s.search(query, { all: true }).hits.map((h) => h.id);
    } finally {
      s.close();
    }
  };
  return { articles, ranked };
}

/** Every place `phrase` occurs in `a` as an entity of `type`, as the tagger gives them: spans of the parts joined by blank lines. */
function tagged(a: Article, phrase: string, type: 'ORG' | 'MISC'): NonNullable<Article['entities']> {
  const text = `${a.headline}\n\n${a.paragraphs.join('\n\n')}`;
  const out: NonNullable<Article['entities']> = [];
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    out.push({ type, text: phrase, start: at, end: at + phrase.length, canonical: `${type}:${phrase}`, name: phrase, role: null, source: 'ner' });
  }
  return out;
}

describe('search: a name the tagger found ranks its articles first', () => {
  it('an article where «الهلال» is a tagged organisation comes before one where it is the crescent', () => {
    const { articles, ranked } = twoArticles('hilal', [
      { title: 'رؤية الهلال مساء اليوم', content: 'أعلنت اللجنة أن الهلال لم يظهر في سماء المدينة مساء اليوم، وستعاد المحاولة غدا.' },
      { title: 'مباراة قوية في الدوري', content: 'فاز الهلال على منافسه بهدفين في مباراة قوية.' },
    ]);
    const [moon, club] = articles as [Article, Article];
    club.entities = tagged(club, 'الهلال', 'ORG');
    moon.entities = [];
    assert.deepEqual(ranked('الهلال'), [club.id, moon.id]);
  });
  it('a word no list names ranks first the articles where the tagger found it as a name, not as a word of a longer one', () => {
    const { articles, ranked } = twoArticles('ettifaq', [
      { title: 'الاتفاق النووي يدخل مرحلة جديدة', content: 'قال الوزير إن الاتفاق النووي سيطبق، وإن الاتفاق النووي يحمي المنطقة.' },
      { title: 'مباراة قوية في الدوري', content: 'فاز نادي الاتفاق على منافسه بهدفين.' },
    ]);
    const [deal, club] = articles as [Article, Article];
    deal.entities = tagged(deal, 'الاتفاق النووي', 'MISC');
    club.entities = tagged(club, 'نادي الاتفاق', 'ORG');
    // The deal's article holds the word three times, the club's once: only the mention puts the club first.
    assert.deepEqual(ranked('الاتفاق'), [club.id, deal.id]);
  });
  it('a word counts for nothing where it is a word of a longer name', () => {
    const { articles, ranked } = twoArticles('taawoun', [
      { title: 'منظمة التعاون الإسلامي تجتمع', content: 'دعت منظمة التعاون الإسلامي إلى اجتماع، وقالت منظمة التعاون الإسلامي إنه طارئ.' },
      { title: 'مباراة ودية', content: 'لعب التعاون مباراة ودية أمس في معسكره.' },
    ]);
    const [oic, club] = articles as [Article, Article];
    oic.entities = tagged(oic, 'منظمة التعاون الإسلامي', 'ORG');
    club.entities = [];
    // Three times in the organisation's name against once alone: the one alone comes first.
    assert.deepEqual(ranked('التعاون'), [club.id, oic.id]);
  });
  it('an article naming the known actor a word is a name of comes before the word’s other senses', () => {
    const { articles, ranked } = twoArticles('fatah', [
      { title: 'فتح المعرض أبوابه للزوار', content: 'فتح المعرض أبوابه صباح اليوم، وفتح المنظمون قاعة جديدة للكتب.' },
      { title: 'بيان جديد من رام الله', content: 'أصدرت فتح بيانا حول الانتخابات المقبلة.' },
    ]);
    const [opened, movement] = articles as [Article, Article];
    // The movement as the entity linker gives it (the alias table's actor fatah); no mention term
    // marks the word, so only the actor tells the two apart.
    movement.entities = [{ type: 'ORG', text: 'فتح', start: 0, end: 0, canonical: 'fatah', name: 'حركة فتح', role: null, source: 'ner' }];
    opened.entities = [];
    assert.deepEqual(ranked('فتح'), [movement.id, opened.id]);
  });
});
