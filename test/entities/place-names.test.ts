import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { linkMentions } from '../../src/entities/index.js';
import { findPlaceNames } from '../../src/entities/place-names.js';
import { roleContext } from '../../src/entities/role-context.js';

const places = (text: string): string[] => findPlaceNames(roleContext(text)).map((m) => m.text);

describe('findPlaceNames: places the tagger missed, from the gazetteer', () => {
  it('finds a listed place with its clitics off, and the longest name', () => {
    assert.deepEqual(places('وصل الوفد إلى المنامة ثم توجه بالطائرة إلى أفغانستان، وزار خميس مشيط.'), ['المنامة', 'أفغانستان', 'خميس مشيط']);
  });
  it('takes a listed place that also spells a common word after an administrative unit\'s word (singular, dual or plural), not after «منطقة» or alone («محافظة ضمد»)', () => {
    assert.deepEqual(places('ضعف الإنترنت في محافظة ضمد وفي محافظة ينبع.'), ['ضمد', 'ينبع']);
    assert.deepEqual(places('ضمد الطبيب الجرح، وزار منطقة ضمد.'), []);
    // The unit word in the dual or the plural before a list: «محافظتي ضمد وينبع», «محافظات».
    assert.deepEqual(places('وزار الوفد محافظتي ضمد ومحافظات ينبع.'), ['ضمد', 'ينبع']);
  });
  it('takes no common word, no nisba adjective and no word with a pronoun for a place', () => {
    assert.deepEqual(places('أكد الخبير المالي أن حديثه عن البحر كان في السياق السوري.'), []);
  });
  it('reads no place into a word the lexicon reads whole after ب/ك/ل («كبيرا», «باكرا»), but does after و («وآسيا»)', () => {
    assert.deepEqual(places('حقق نجاحا كبيرا وعاد باكرا إلى أوروبا وآسيا، ثم سافر بالرياض.'), ['أوروبا', 'آسيا', 'الرياض']);
  });
  it('adds a place where the tagger saw nothing, as LOC with source rule, and never inside another mention', () => {
    const text = 'وقالت غرفة المنامة إن المعرض يفتتح في المنامة غدا.';
    const got = linkMentions(text, [], { scanAliases: false });
    assert.deepEqual(got.map((e) => [e.type, e.text, e.source]), [['ORG', 'غرفة المنامة', 'rule'], ['LOC', 'المنامة', 'rule']]);
  });
});
