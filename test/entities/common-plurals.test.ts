import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { dropCommonPlurals } from '../../src/entities/common-plurals.js';
import { roleContext } from '../../src/entities/role-context.js';

const kept = (text: string): boolean => dropCommonPlurals([{ type: 'PERS', start: 0, end: text.length, text }], roleContext(text)).length === 1;

describe('dropCommonPlurals', () => {
  it('drops a person whose every word is a sound plural of a common word or of a country\'s nisba', () => {
    for (const t of ['ناشطون', 'متظاهرون غاضبون', 'ناشطون سوريون', 'سعوديون']) assert.equal(kept(t), false, t);
  });
  it('keeps names, foreign ones that end the same way included, and a plural beside a name', () => {
    for (const t of ['كوربين', 'بيرسون', 'كاثرين أشتون', 'ياسين', 'ناشطون سامي']) assert.equal(kept(t), true, t);
  });
  it('keeps organisations and places whatever their words', () => {
    const text = 'متظاهرون';
    assert.equal(dropCommonPlurals([{ type: 'ORG', start: 0, end: text.length, text }], roleContext(text)).length, 1);
  });
});
