import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { RasdError } from '../../src/errors.js';
import { createLexicon } from '../../src/text/lexicon.js';
import { TAG } from '../../src/text/lexicon-tags.js';
import { parsePlaces } from '../../src/text/parse-places.js';
import { createGazetteer, defaultGazetteer, isPlaceName, placeInfo } from '../../src/text/places.js';

describe('isPlaceName: the bundled gazetteer', () => {
  const table: Array<[string, boolean]> = [
    // Common words or several words, which the lexicon alone does not call places.
    ['جدة', true],
    ['مكة المكرمة', true],
    ['المدينة المنورة', true],
    ['غزة', true],
    ['حلب', true],
    ['نابلس', true],
    ['نيويورك', true],
    ['واشنطن', true],
    ['الرياض', true],
    ['رام الله', true],
    ['الضفة الغربية', true],
    ['دير الزور', true],
    ['صنعاء', true],
    ['الولايات المتحدة الأمريكية', true],
    // Spelling variants fold to the same key: ta marbuta, alef with or without hamza, harakat, tatweel, spaces.
    ['مكه المكرمه', true],
    ['الاسكندرية', true],
    ['الإسكندريه', true],
    ['جُدَّة', true],
    ['نابـلس', true],
    ['  مكة   المكرمة ', true],
    // «ال» + a name listed without it, unless the bare name is a common word: الصور is pictures, not صور (Tyre).
    ['اللاذقية', true],
    ['الصور', false],
    // Not places: quote openers, labels, common words the sources mistranslate, too many words.
    ['وقال الوزير', false],
    ['اسم الطبق', false],
    ['المصدر', false],
    ['المدينة', false],
    ['يوم', false],
    ['هام', false],
    ['مكة المكرمة اليوم صباحا', false],
    ['', false],
    ['   ', false],
  ];
  for (const [text, expected] of table) it(JSON.stringify(text), () => assert.equal(isPlaceName(text), expected));
});

describe('placeInfo', () => {
  it('gives the country, coordinates and kind', () => {
    const p = placeInfo('جدة')!;
    assert.equal(p.country, 'SA');
    assert.equal(p.kind, 'city');
    assert.ok(p.lat! > 21 && p.lat! < 22 && p.lng! > 39 && p.lng! < 40, `${p.lat},${p.lng}`);
  });
  it('puts a country before a city of the same name, and a bigger city before a smaller one', () => {
    assert.equal(placeInfo('الكويت')?.kind, 'country');
    assert.equal(placeInfo('طرابلس')?.country, 'LY');
    assert.deepEqual(defaultGazetteer().find('طرابلس').map((p) => p.country).includes('LB'), true);
  });
  it('is null for a non-place', () => assert.equal(placeInfo('وقال الوزير'), null));
});

describe('createGazetteer', () => {
  const places = parsePlaces([
    '# a test gazetteer, written for this test',
    'صور\tLB\t33.27\t35.2\t\tcity\tTyre',
    'بصرة\tIQ\t30.5\t47.8\t\tcity\tBasra',
    'الجوف\tSA\t29.9\t39.3\t\tregion\tAl Jawf',
    'الجوف\tYE\t16.2\t45.5\t\tregion\tAl Jawf',
  ].join('\n'));
  // صور is a common word (pictures) in this lexicon; بصرة is unknown to it.
  const lexicon = createLexicon(new Map([['صور', TAG.noun]]));
  const g = createGazetteer(places, () => lexicon);
  it('finds every place of a shared name, in file order among equals', () => assert.deepEqual(g.find('الجوف').map((p) => p.country), ['SA', 'YE']));
  it('takes «ال» off only when the bare name is no common word', () => {
    assert.equal(g.find('البصرة')[0]?.english, 'Basra');
    assert.equal(g.find('الصور').length, 0);
    assert.equal(g.find('صور')[0]?.english, 'Tyre');
  });
  it('counts its distinct names', () => assert.equal(g.size, 3));
  it('knows the words that open a name of several words, in search form', () => {
    const two = createGazetteer(parsePlaces('خميس مشيط\tSA\t18.3\t42.7\t\tcity\tKhamis Mushait'), () => lexicon);
    assert.equal(two.opensName('خميس'), true);
    assert.equal(two.opensName('مشيط'), false);
    assert.equal(g.opensName('صور'), false);
  });
});

describe('parsePlaces', () => {
  it('reads empty coordinates and population as null', () => {
    assert.deepEqual(parsePlaces('أوروبا\t\t\t\t\tcontinent\tEurope'), [{ name: 'أوروبا', country: '', lat: null, lng: null, population: null, kind: 'continent', english: 'Europe' }]);
  });
  const bad: Array<[string, RegExp]> = [
    ['جدة\tSA\t21.5\t39.2\tcity\tJeddah', /t.txt:1: expected 7 tab-separated fields/],
    ['جدة\tSAU\t21.5\t39.2\t\tcity\tJeddah', /bad country code "SAU"/],
    ['جدة\tSA\t21.5\t39.2\t\ttown\tJeddah', /unknown kind "town"/],
    ['جدة\tSA\tnorth\t39.2\t\tcity\tJeddah', /must be numbers or empty/],
  ];
  for (const [line, message] of bad) {
    it(`throws E_DATA naming the line: ${message.source}`, () => {
      assert.throws(() => parsePlaces(line, 't.txt'), (e: unknown) => e instanceof RasdError && e.code === 'E_DATA' && message.test(e.message));
    });
  }
});

describe('the bundled gazetteer files', () => {
  it('load, and hold thousands of names', () => assert.ok(defaultGazetteer().size > 5000, String(defaultGazetteer().size)));
});
