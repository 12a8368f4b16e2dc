/** The export table: CSV fields quoted by RFC 4180, no cell a spreadsheet would run, days read from time values. */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { csvField } from '../../src/export/event-table.js';
import { valueDay } from '../../src/search/index/event-rows.js';

describe('csvField', () => {
  it('quotes commas, quotes and line breaks, and leaves the rest', () => {
    assert.equal(csvField('قتل ثلاثة، وأصيب خمسة'), 'قتل ثلاثة، وأصيب خمسة');
    assert.equal(csvField('a,b'), '"a,b"');
    assert.equal(csvField('قال "لا"'), '"قال ""لا"""');
    assert.equal(csvField('سطر\nآخر'), '"سطر\nآخر"');
    assert.equal(csvField(null), '');
    assert.equal(csvField(3), '3');
  });
  it('keeps a text that opens like a formula as text', () => {
    for (const v of ['=HYPERLINK("x")', '+1', '-2+3', '@SUM(A1)']) assert.equal(csvField(v).replace(/^"|"$/g, '').startsWith("'"), true, v);
  });
});

describe('valueDay', () => {
  it('reads a day, and nothing coarser or wider', () => {
    assert.equal(valueDay('1970-01-02'), 1);
    assert.equal(valueDay('2015-07-03T10:00'), valueDay('2015-07-03'));
    for (const v of ['2015-07', '2015', '2015-07-01/2015-07-05', null, undefined, '']) assert.equal(valueDay(v), null, String(v));
  });
});
