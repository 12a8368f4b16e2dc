import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { Entity } from '../../src/core/entity-schema.js';
import { codeActors } from '../../src/entities/actor-codes.js';
import { codeOn, foldActorName, parseActorDictionary, splitCode, vote } from '../../src/entities/actor-dictionary.js';

const COUNTRIES = ['SA\tSAU', 'LB\tLBN', 'GB\tGBR', 'US\tUSA', 'AF\tAFG', 'YE\tYEM'];
// A small dictionary of our own, in the compiled files' formats.
const dict = parseActorDictionary(
  [
    'SAU\t\t\tسعودية',
    'LBN\t\t\tلبنان',
    'LBN\t\t\tلبنان',
    'GBR\t\t\tلبنان',
    'GOV\t\t\tلبناني',
    'LBN\t\t\tلبناني',
    'LBN\t2005-01-01\t2011-01-01\tلبناني',
    'SAUGOV\t2007-01-29\t2015-04-29\tعادل بن أحمد جبير',
    'SAUELI\t2015-04-30\t\tعادل بن أحمد جبير',
    'AFGGOV\t\t\tوزارة داخلية',
    'GOV\t\t\tوزارة داخلية',
    'IGO\t\t\tمجلس أمن دولي',
    'IMGREB\t\t\tقاعدة',
    'MIL\t\t\tجيش',
    'MLI\t\t\tمالي',
    'PAKCVL\t\t\tمنظمة',
  ],
  ['BUS\tرئيس', 'GOV\tرئيس', 'GOV\tوزير الخارجية', 'GOV\tوزير', 'MIL\tقائد الجيش', 'GOV\tمحافظ', 'GOV\tوزارة'],
  COUNTRIES,
  ['hezbollah\tLBN\tREB', 'barack-obama\tUSA\t-'],
);

let at = 0;
/** An entity as linking gives it, laid out one after another. */
function entity(type: Entity['type'], name: string, canonical: string, role: string | null = null): Entity {
  const start = at + (role ? role.length + 1 : 0);
  const e: Entity = { type, text: name, start, end: start + name.length, canonical, name, role: role ? { text: role, start: at, end: at + role.length } : null, source: 'ner' };
  at = e.end + 1;
  return e;
}
const codes = (es: Entity[], day: string | null = '2015-08-01'): string[] => codeActors(es, { dictionary: dict, day }).map((e) => `${e.name} ${e.country ?? '-'} ${e.sector ?? '-'}`);

describe('the actor dictionary', () => {
  it('folds names as its lemmas are written: the article off, a feminine nisba masculine', () => {
    assert.equal(foldActorName('وزارة الداخلية السعودية'), 'وزاره داخلي سعودي');
    assert.equal(foldActorName('الأمريكي'), 'امريكي');
  });
  it('splits CAMEO codes into a country and a sector', () => {
    const c = new Set(['SAU']);
    assert.deepEqual(splitCode('SAUGOV', c), { country: 'SAU', sector: 'GOV' });
    assert.deepEqual(splitCode('SAU', c), { country: 'SAU', sector: null });
    assert.deepEqual(splitCode('IGO', c), { country: null, sector: 'IGO' });
    assert.deepEqual(splitCode('IMGREB', c), { country: null, sector: 'REB' });
    // A religion is no sector.
    assert.deepEqual(splitCode('SAUMUS', c), { country: 'SAU', sector: null });
  });
  it('takes the code of the article\'s day, the country most entries give, and the sector alone when none has most', () => {
    const look = (name: string, day: string | null): unknown => codeOn(dict.actors.get(foldActorName(name)), day, dict.countries);
    assert.deepEqual(look('عادل بن أحمد الجبير', '2015-01-01'), { country: 'SAU', sector: 'GOV' });
    assert.deepEqual(look('عادل بن أحمد الجبير', '2015-08-01'), { country: 'SAU', sector: 'ELI' });
    assert.deepEqual(look('لبنان', null), { country: 'LBN', sector: null });
    assert.deepEqual(look('وزارة الداخلية', null), { country: null, sector: 'GOV' });
    assert.equal(look('الرياض', null), null);
    assert.equal(vote(['BUS', 'GOV', 'GOV'], (c) => c), 'GOV');
  });
  it('names a bad line of a data file', () => {
    assert.throws(() => parseActorDictionary(['SAU only'], [], COUNTRIES), /up-actors\.txt: expected/);
    assert.throws(() => parseActorDictionary([], [], COUNTRIES, ['x\tXXX\tGOV']), /actor-codes\.txt: expected/);
  });
});

describe('codeActors', () => {
  it('reads the role first, then a known actor\'s codes, the dictionary, and an organisation\'s own name', () => {
    at = 0;
    assert.deepEqual(
      codes([
        entity('PERS', 'عادل الجبير', 'pers:عادل الجبير', 'وزير الخارجية السعودي'),
        entity('PERS', 'جان قهوجي', 'pers:جان قهوجي', 'قائد الجيش اللبناني'),
        entity('ORG', 'حزب الله', 'hezbollah'),
        entity('PERS', 'باراك أوباما', 'barack-obama'),
        entity('ORG', 'وزارة الداخلية السعودية', 'org:وزاره الداخليه السعوديه'),
        entity('ORG', 'مجلس الأمن الدولي', 'org:مجلس الامن الدولي'),
        entity('ORG', 'تنظيم القاعدة', 'org:القاعده'),
      ]),
      ['عادل الجبير SAU GOV', 'جان قهوجي LBN MIL', 'حزب الله LBN REB', 'باراك أوباما USA -', 'وزارة الداخلية السعودية SAU GOV', 'مجلس الأمن الدولي - IGO', 'تنظيم القاعدة - -'],
    );
  });
  it('reads no country from a common noun or from a feminine word whose masculine is a country\'s name', () => {
    at = 0;
    // «المالية» (financial) is not Mali's nisba; «منظمة» (organisation) is listed, wrongly, as Pakistani.
    assert.deepEqual(codes([entity('ORG', 'وزارة المالية', 'org:وزاره الماليه'), entity('ORG', 'المنظمة السعودية', 'org:المنظمه السعوديه')]), ['وزارة المالية - GOV', 'المنظمة السعودية SAU -']);
  });
  it('lends a person the codes of the organisation or place their role names, and gives every mention of an actor the same', () => {
    at = 0;
    const hez = entity('ORG', 'حزب الله', 'hezbollah');
    at = 0;
    const spokesman = entity('PERS', 'محمد عفيف', 'pers:محمد عفيف', 'المتحدث باسم حزب الله');
    const inRole = { ...hez, start: spokesman.role!.start + 'المتحدث باسم '.length, end: spokesman.role!.start + 'المتحدث باسم '.length + 'حزب الله'.length };
    const again = { ...spokesman, role: null, start: spokesman.end + 10, end: spokesman.end + 20 };
    assert.deepEqual(codes([spokesman, inRole, again]), ['محمد عفيف LBN REB', 'حزب الله LBN REB', 'محمد عفيف LBN REB']);
  });
  it('gives a place the country it lies in, and nothing to what nothing tells', () => {
    at = 0;
    assert.deepEqual(codes([entity('LOC', 'الرياض', 'loc:الرياض'), entity('PERS', 'سعد الفلاني', 'pers:سعد الفلاني')]), ['الرياض SAU -', 'سعد الفلاني - -']);
  });
});
