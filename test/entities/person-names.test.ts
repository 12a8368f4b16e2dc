import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { linkMentions } from '../../src/entities/link-mentions.js';
import { findPersonNames } from '../../src/entities/person-names.js';
import { mentionsAt } from '../helpers/mentions.js';
import { roleContext } from '../../src/entities/role-context.js';

const persons = (text: string): string[] => findPersonNames(roleContext(text)).map((m) => m.text);

describe('findPersonNames: a known given name and a family name the lexicon cannot read', () => {
  it('finds the name, also after و', () => {
    assert.deepEqual(persons('وشارك في البطولة سلطان الدعيع وفهد الجبرز من الرياض.'), ['سلطان الدعيع', 'فهد الجبرز']);
  });
  it('takes a family\'s nisba the lexicon reads only through its ending, not a people\'s nisba, a masdar, or a given name with the article', () => {
    assert.deepEqual(persons('وأكد خليفة الهاملي أن الفريق جاهز، وقال حامد العازمي إن حسن التعامل مهم، وزار حسن المصري الحي العشوائي.'), ['خليفة الهاملي', 'حامد العازمي']);
  });
  it('takes no family name the lexicon reads as a word, and no stopword for a given name', () => {
    assert.deepEqual(persons('وقال فهد المقبل إن الموعد قريب، وعاد من الملتحين عدد كبير.'), []);
  });
});

describe('findPersonNames: «علي» and «على»', () => {
  it('takes «علي» written with the dotted ي before a family name for the name, and «على» for the preposition', () => {
    assert.deepEqual(persons('وحضر سالم وعلي العيثان الحفل، وصعد الطفل على الشبيكي ثم علي الوادعي.'), ['علي العيثان', 'علي الوادعي']);
  });
});

describe('extendFamilyNames: a family name the tagger left out after a person', () => {
  it('takes a family name with the article the lexicon cannot read, or a family nisba, after the mention; not a role word or a common word', () => {
    const text = 'وقال عبد الله نايف المريبض إن العمل مستمر، وحضر يحيى متعب الشاجري، ثم تحدث الدكتور سالم الأسبوع الماضي، وقال خالد المدير العام.';
    const got = linkMentions(text, mentionsAt('PERS', text, 'عبد الله نايف', 'يحيى متعب', 'سالم', 'خالد'), { scanAliases: false });
    assert.deepEqual(got.map((e) => e.text), ['عبد الله نايف المريبض', 'يحيى متعب الشاجري', 'سالم', 'خالد']);
  });
});

describe('extendSurnames: the family name the tagger left out after a given name found alone', () => {
  it('takes the word after a listed given name; not one with a preposition or a pronoun on it, a stopword, or a word of a time expression', () => {
    const text = 'وغنت الفنانة ريما كركي في الحفل، وقال رضا ضراب إن الخطة جاهزة، وأكد صالح بحسب المصادر، وحضر خالد يرافقه الوزير، وقال فهد صباح اليوم إن الموعد قريب.';
    const at = text.indexOf('صباح اليوم');
    const got = linkMentions(text, mentionsAt('PERS', text, 'ريما', 'رضا', 'صالح', 'خالد', 'فهد'), { scanAliases: false, times: [{ start: at, end: at + 'صباح اليوم'.length }] });
    assert.deepEqual(got.map((e) => e.text), ['ريما كركي', 'رضا ضراب', 'صالح', 'خالد', 'فهد']);
  });
});
