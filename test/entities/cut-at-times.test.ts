/** Mentions against the time expressions: a month or a weekday is no organisation; persons keep their names. */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { Mention } from '../../src/core/entity-schema.js';
import { cutAtTimes } from '../../src/entities/cut-at-times.js';
import { findTimes } from '../../src/times/index.js';

const mention = (text: string, surface: string, type: Mention['type']): Mention => {
  const start = text.indexOf(surface);
  return { type, start, end: start + surface.length, text: surface };
};

describe('cutAtTimes', () => {
  it('drops a mention inside a time expression and ends one that runs into it; a person keeps a weekday surname', () => {
    // Our own sentences.
    const text = 'وقالت وزارة المالية الخميس إن العجز تراجع منذ أبريل (نيسان) الماضي، بحسب الخبير أحمد الخميس.';
    const times = findTimes(text);
    const got = cutAtTimes(text, [mention(text, 'وزارة المالية الخميس', 'ORG'), mention(text, 'نيسان', 'ORG'), mention(text, 'أحمد الخميس', 'PERS')], times);
    assert.deepEqual(got.map((m) => [m.type, m.text, text.slice(m.start, m.end)]), [
      ['ORG', 'وزارة المالية', 'وزارة المالية'],
      ['PERS', 'أحمد الخميس', 'أحمد الخميس'],
    ]);
  });
  it('cuts before the word a time starts in, clitic and all', () => {
    const text = 'ارتفع سعر الريال بنهاية نيسان (أبريل).';
    const times = findTimes(text);
    assert.ok(times.some((t) => text.slice(t.start, t.end).startsWith('نهاية')), JSON.stringify(times));
    assert.deepEqual(cutAtTimes(text, [mention(text, 'الريال بنهاية', 'ORG')], times).map((m) => m.text), ['الريال']);
  });
});
