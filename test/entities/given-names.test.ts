import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { extendGivenNames } from '../../src/entities/given-names.js';
import { linkMentions } from '../../src/entities/link-mentions.js';
import { roleContext } from '../../src/entities/role-context.js';
import type { Mention } from '../../src/core/entity-schema.js';

/** A PERS mention at the `nth` occurrence (0-based) of `name` in `text`. */
function pers(text: string, name: string, nth = 0): Mention {
  let start = -1;
  for (let k = 0; k <= nth; k++) start = text.indexOf(name, start + 1);
  assert.ok(start >= 0, `${name} not in the text`);
  return { type: 'PERS', text: name, start, end: start + name.length };
}

const NAMES: ReadonlySet<string> = new Set(['رغد', 'جمانه', 'هيا', 'يحيي', 'حياه', 'وعد']);
const extended = (text: string, mentions: Mention[]): string[] => extendGivenNames(mentions, roleContext(text), NAMES).map((m) => m.text);

describe('extendGivenNames: the given name the tagger left out before a person', () => {
  it('takes a listed given name right before the mention, past a name\'s particle, without the و on it', () => {
    const a = 'ترفيع الطالبات رغد أحمد الخالدي وجمانة سالم العتيبي إلى الصف الرابع';
    assert.deepEqual(extended(a, [pers(a, 'أحمد الخالدي'), pers(a, 'سالم العتيبي')]), ['رغد أحمد الخالدي', 'جمانة سالم العتيبي']);
    const b = 'جذبت الطالبة «هيا بنت صالح الدوسري» الأنظار';
    assert.deepEqual(extended(b, [pers(b, 'صالح الدوسري')]), ['هيا بنت صالح الدوسري']);
    const c = 'استشهد الجندي أول يحيى متعب الشمري في الحد الجنوبي';
    assert.deepEqual(extended(c, [pers(c, 'متعب الشمري')]), ['يحيى متعب الشمري']);
  });
  it('takes no word that is not listed, none across a mark, and none before a mention that opens with و', () => {
    const a = 'قال المدير أحمد الخالدي إن العمل بدأ';
    assert.deepEqual(extended(a, [pers(a, 'أحمد الخالدي')]), ['أحمد الخالدي']);
    const b = 'هذه رغد، أحمد الخالدي حاضر';
    assert.deepEqual(extended(b, [pers(b, 'أحمد الخالدي')]), ['أحمد الخالدي']);
    const c = 'كرم الحفل رغد وسالم العتيبي';
    assert.deepEqual(extended(c, [pers(c, 'وسالم العتيبي')]), ['وسالم العتيبي']);
  });
  it('takes no given name where the article names the person without it', () => {
    const a = 'أبدى ناصر القصبي قناعته بدوره. وتابع الجمهور حياة ناصر القصبي الفنية';
    assert.deepEqual(extended(a, [pers(a, 'ناصر القصبي'), pers(a, 'ناصر القصبي', 1)]), ['ناصر القصبي', 'ناصر القصبي']);
    const b = 'قال مسعود بارزاني إن الإقليم صامد. ثم وعد بارزاني بالرد';
    assert.deepEqual(extended(b, [pers(b, 'مسعود بارزاني'), pers(b, 'بارزاني', 1)]), ['مسعود بارزاني', 'بارزاني']);
  });
  it('runs in linkMentions with the shipped list', () => {
    const text = 'كرمت المدرسة الطالبة رغد أحمد الخالدي أمس';
    assert.deepEqual(linkMentions(text, [pers(text, 'أحمد الخالدي')]).map((e) => e.text), ['رغد أحمد الخالدي']);
  });
});
