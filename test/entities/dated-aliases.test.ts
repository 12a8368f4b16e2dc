import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { Entity } from '../../src/core/entity-schema.js';
import { dateAliases, defaultDatedAliases, parseDatedAliases } from '../../src/entities/dated-aliases.js';
import { defaultAliasIndex } from '../../src/entities/alias-index.js';

const corona: Entity = { type: 'MISC', text: 'فيروس كورونا', start: 10, end: 22, canonical: 'covid-19', name: 'كوفيد-19', role: null, source: 'alias' };
const other: Entity = { type: 'LOC', text: 'الرياض', start: 26, end: 32, canonical: 'loc:الرياض', name: 'الرياض', role: null, source: 'ner' };

describe('aliases that hold for a time', () => {
  it('give «كورونا» of an article before December 2019 to MERS, and leave later or undated articles as linked', () => {
    const ids = (day: string | null): string[] => dateAliases([corona, other], day).map((e) => `${e.canonical} ${e.name}`);
    assert.deepEqual(ids('2015-08-01'), ['mers متلازمة الشرق الأوسط التنفسية', 'loc:الرياض الرياض']);
    assert.deepEqual(ids('2019-11-30'), ['mers متلازمة الشرق الأوسط التنفسية', 'loc:الرياض الرياض']);
    assert.deepEqual(ids('2020-03-01'), ['covid-19 كوفيد-19', 'loc:الرياض الرياض']);
    assert.deepEqual(ids(null), ['covid-19 كوفيد-19', 'loc:الرياض الرياض']);
    assert.ok(defaultDatedAliases().size >= 1);
  });
  it('match the form however it is spelt, and name a bad line or an unknown id', () => {
    const rules = parseDatedAliases(['كورونا\t2012-01-01\t2019-11-30\tmers'], defaultAliasIndex());
    assert.equal(dateAliases([{ ...corona, text: 'كورونآ' }], '2015-01-01', rules)[0]!.canonical, 'mers');
    assert.equal(dateAliases([{ ...corona, text: 'كورونا' }], '2011-01-01', rules)[0]!.canonical, 'covid-19');
    assert.throws(() => parseDatedAliases(['كورونا\t2012\t\tmers'], defaultAliasIndex()), /expected/);
    assert.throws(() => parseDatedAliases(['كورونا\t\t\tno-such-id'], defaultAliasIndex()), /no-such-id/);
  });
});
