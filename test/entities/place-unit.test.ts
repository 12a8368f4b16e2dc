import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { linkMentions } from '../../src/entities/link-mentions.js';
import { mentionsAt } from '../helpers/mentions.js';
import { withoutUnit } from '../../src/entities/place-unit.js';

describe('a place opens with its unit word', () => {
  it('takes an administrative unit or landform before it, clitics off; its id is the bare name\'s for a unit', () => {
    const text = 'وصل الوفد إلى محافظة تعز ثم تعز، وبمنطقة القصيم وجبل صبر.';
    const got = linkMentions(text, mentionsAt('LOC', text, 'تعز ثم', 'القصيم', 'صبر').map((m) => (m.text === 'تعز ثم' ? { ...m, end: m.start + 3, text: 'تعز' } : m)), { scanAliases: false });
    assert.deepEqual(
      got.filter((e) => e.type === 'LOC').map((e) => `${e.text} ${e.canonical}`),
      ['محافظة تعز loc:تعز', 'تعز loc:تعز', 'منطقة القصيم loc:القصيم', 'جبل صبر loc:جبل صبر'],
    );
  });
  it('leaves «منطقة» out before a place the gazetteer does not place in one country', () => {
    const text = 'في منطقة الشرق الأوسط';
    assert.deepEqual(linkMentions(text, mentionsAt('LOC', text, 'الشرق الأوسط'), { scanAliases: false }).map((e) => e.text), ['الشرق الأوسط']);
    assert.equal(withoutUnit('جبل صبر'), 'جبل صبر');
    assert.equal(withoutUnit('ولايه كونيكتيكت'), 'كونيكتيكت');
  });
});
