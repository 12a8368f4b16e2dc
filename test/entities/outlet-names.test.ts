import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { linkMentions } from '../../src/entities/link-mentions.js';
import { isOutletName } from '../../src/entities/outlet-names.js';
import { mentionsAt } from '../helpers/mentions.js';

describe('news outlets the text marks as such', () => {
  it('takes a listed outlet in quotation marks of its own, or after an outlet noun, for an organisation; not the same word standing alone', () => {
    const text = 'وقال المدير في تصريح لـ"سبق" إن العمل مستمر. وذكرت صحيفة الوطن أن الطريق أغلق. وعاد الوفد إلى الوطن اليوم.';
    const got = linkMentions(text, [], { scanAliases: false });
    assert.deepEqual(got.map((e) => `${e.type} ${e.text}`), ['ORG سبق', 'ORG الوطن']);
  });
  it('gives a mention the tagger typed otherwise the outlet\'s type', () => {
    const text = 'وكانت «الرياض» نشرت الخبر أمس.';
    assert.deepEqual(linkMentions(text, mentionsAt('LOC', text, 'الرياض'), { scanAliases: false }).map((e) => `${e.type} ${e.text}`), ['ORG الرياض']);
  });
  it('knows the listed names in their search form', () => {
    assert.ok(isOutletName('الشرق الاوسط') && isOutletName('عكاظ') && !isOutletName('المملكة'));
  });
});
