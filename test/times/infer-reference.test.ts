/** inferReference: a full date agreeing with «اليوم (الثلاثاء)» is the reference date; anything less is null. */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { findTimes, inferReference } from '../../src/times/index.js';

describe('inferReference', () => {
  it('takes the caption date that falls on the weekday of «اليوم (الثلاثاء)»', () => {
    const text = 'صورة من الاجتماع في 4 مارس 2025\nوقال الوزير اليوم (الثلاثاء) إن المحادثات بدأت أمس.';
    assert.equal(inferReference(text), '2025-03-04');
    const ref = inferReference(text);
    assert.deepEqual(findTimes(text, { ref }).map((e) => e.value), ['2025-03-04', '2025-03-04', '2025-03-03']);
  });
  it('counts back from «أمس (الاثنين)»', () => {
    assert.equal(inferReference('أعلن أمس (الاثنين) عن خطة جديدة. (4 مارس 2025)'), '2025-03-04');
  });
  it('gives null when they disagree or nothing decides', () => {
    assert.equal(inferReference('في 5 مارس 2025 قال اليوم (الثلاثاء)'), null); // 5 March 2025 is a Wednesday
    assert.equal(inferReference('في 4 مارس 2025 قال أمس'), null); // no weekday
    assert.equal(inferReference('قال اليوم (الثلاثاء) إن …'), null); // no date
    assert.equal(inferReference('اليوم (الثلاثاء) وأمس (الأحد) في 4 مارس 2025'), null); // weekdays disagree
    assert.equal(inferReference('اليوم (الثلاثاء): 4 مارس 2025 و11 مارس 2025'), null); // two Tuesdays
    assert.equal(inferReference(''), null);
  });
  it('leaves relatives unresolved when it gives null', () => {
    const text = 'قال اليوم (الثلاثاء) إن الوفد يصل غداً';
    assert.deepEqual(findTimes(text, { ref: inferReference(text) }).map((e) => e.value), [null, null]);
  });
});
