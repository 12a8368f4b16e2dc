import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { Entity } from '../../src/core/entity-schema.js';
import { dropSelfMentions, isBylineOutlet, parseSelfMentionCues } from '../../src/entities/self-mentions.js';

function org(text: string, name: string, nth = 0): Entity {
  let start = -1;
  for (let k = 0; k <= nth; k++) start = text.indexOf(name, start + 1);
  return { type: 'ORG', text: name, start, end: start + name.length, canonical: `org:${name}`, name, role: null, source: 'ner' };
}

describe('an outlet signing off', () => {
  it('is no entity after a sign-off phrase, with or without a word for a medium; the same name in the news stays', () => {
    const text = 'وقالت صحيفة النهار الجديد إن الوزير وصل. رابط الخبر بصحيفة النهار الجديد: الوزير يصل. رابط الخبر ب«صحيفة النهار الجديد». جميع الحقوق محفوظة لـ النهار الجديد';
    const all = [org(text, 'صحيفة النهار الجديد'), org(text, 'النهار الجديد', 1), org(text, 'صحيفة النهار الجديد', 1), org(text, 'النهار الجديد', 3)];
    assert.deepEqual(dropSelfMentions(text, all).map((e) => e.start), [all[0]!.start]);
  });
  it('reads its phrases from data, and leaves persons and places alone', () => {
    const cues = parseSelfMentionCues(['media\tصحيفة', 'المصدر']);
    const text = 'المصدر: الأفق';
    assert.equal(dropSelfMentions(text, [org(text, 'الأفق')], cues).length, 0);
    assert.equal(dropSelfMentions(text, [{ ...org(text, 'الأفق'), type: 'LOC' }], cues).length, 1);
    assert.throws(() => parseSelfMentionCues(['...']), /no letters/);
  });
  it('is no entity where it fills one part of a short dashed byline line; an agency credited there stays', () => {
    const agency = (name: string): boolean => name === 'واس';
    const text = 'نايف عبدالله – الأفق الجديد\nالأفق الجديد – واس\nوقالت صحيفة الأفق الجديد إن الوزير – وهو في الرياض – وصل.';
    const at = (name: string, nth: number): Entity => org(text, name, nth);
    assert.equal(isBylineOutlet(text, at('الأفق الجديد', 0), agency), true);
    assert.equal(isBylineOutlet(text, at('الأفق الجديد', 1), agency), true);
    assert.equal(isBylineOutlet(text, at('واس', 0), agency), false);
    // A dash in a long sentence is no byline.
    assert.equal(isBylineOutlet(text, at('الأفق الجديد', 2), agency), false);
    assert.deepEqual(dropSelfMentions(text, [at('الأفق الجديد', 0), at('واس', 0), at('الأفق الجديد', 2)], parseSelfMentionCues([]), agency).map((e) => e.start), [at('واس', 0).start, at('الأفق الجديد', 2).start]);
  });
});
