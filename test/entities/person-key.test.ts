import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { linkMentions } from '../../src/entities/index.js';
import { personKey } from '../../src/entities/person-key.js';

describe('personKey: one key for the forms of one person\'s name across articles', () => {
  it('keeps a nasab chain\'s first link and drops the family after «آل»', () => {
    for (const k of ['محمد بن نايف بن عبد العزيز ال سعود', 'محمد بن نايف بن عبد العزيز', 'محمد بن نايف']) assert.equal(personKey(k), 'محمد بن نايف');
  });
  it('keeps the given name and a family with the article after a one-link chain, not a father or a role', () => {
    for (const k of ['عادل بن احمد الجبير', 'عادل الجبير']) assert.equal(personKey(k), 'عادل الجبير');
    assert.equal(personKey('عادل بن عبد الله الجبير'), 'عادل الجبير');
    assert.equal(personKey('خالد بن الوليد'), 'خالد بن الوليد');
    assert.equal(personKey('محمد بن نايف ولي العهد'), 'محمد بن نايف ولي العهد');
    assert.equal(personKey('فيصل بن سلمان بن عبد العزيز'), 'فيصل بن سلمان');
  });
  it('keeps a name with no nasab whole, its family too', () => {
    assert.equal(personKey('عبد ربه منصور هادي'), 'عبد ربه منصور هادي');
    assert.equal(personKey('عبد اللطيف ال الشيخ'), 'عبد اللطيف ال الشيخ');
    assert.equal(personKey('بن لادن'), 'بن لادن');
  });
  it('gives two articles\' forms of one person one canonical id, the fullest form staying the name', () => {
    const a = 'وقال الأمير محمد بن نايف بن عبدالعزيز آل سعود إن الأمن مستتب.';
    const b = 'واستقبل محمد بن نايف الوفد.';
    const at = (text: string, name: string) => {
      const s = text.indexOf(name);
      return linkMentions(text, [{ type: 'PERS', start: s, end: s + name.length, text: name }], { scanAliases: false })[0]!;
    };
    const x = at(a, 'محمد بن نايف بن عبدالعزيز آل سعود');
    const y = at(b, 'محمد بن نايف');
    assert.equal(x.canonical, y.canonical);
    assert.equal(x.name, 'محمد بن نايف بن عبدالعزيز آل سعود');
  });
});
