import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { Mention } from '../../src/core/entity-schema.js';
import { findFamilyReferences } from '../../src/entities/family-reference.js';
import { roleContext } from '../../src/entities/role-context.js';

/** The mentions of `names` (each `[surface, type]` found after the one before), then the family references found beside them. */
function references(text: string, names: Array<[string, Mention['type']]>, times: Array<{ start: number; end: number }> = []): string[] {
  let from = 0;
  const mentions = names.map(([surface, type]) => {
    const start = text.indexOf(surface, from);
    assert.ok(start >= 0, surface);
    from = start + surface.length;
    return { type, start, end: start + surface.length, text: surface };
  });
  return findFamilyReferences(mentions, roleContext(text), times).map((m) => `${m.type} ${text.slice(m.start, m.end)}`);
}

describe('findFamilyReferences: a person named by the family name alone', () => {
  it('finds the family name of a person named in full, elsewhere in the article, with its clitics off', () => {
    const text = 'وقال سامر الحوشاني إن الطريق مغلق. وأضاف الحوشاني أن العمل مستمر، وأشار للحوشاني زملاؤه.';
    assert.deepEqual(references(text, [['سامر الحوشاني', 'PERS']]), ['PERS الحوشاني', 'PERS لحوشاني']);
  });
  it('takes a nisba for the person after a verb, not as an adjective after a definite noun or a name', () => {
    const text = 'وقال فهد العبادي إن الوضع هادئ. وأكد العبادي ذلك. وقال الجانب العبادي كلاما آخر، وزار قصر غزنة العبادي.';
    assert.deepEqual(references(text, [['فهد العبادي', 'PERS'], ['غزنة', 'LOC']]), ['PERS العبادي']);
  });
  it('takes no family name the lexicon reads as another word, and no given name', () => {
    const text = 'وقال خالد الشيخ إن الوضع هادئ، وحضر الشيخ. وقال أحمد بن علي إن الاجتماع انتهى، ثم قال علي ذلك.';
    assert.deepEqual(references(text, [['خالد الشيخ', 'PERS'], ['أحمد بن علي', 'PERS']]), []);
  });
  it('takes a family name with the article the lexicon reads as a noun; not a word of a time expression', () => {
    const text = 'وقال رأفت الصباغ إن السفينة وصلت. وأضاف الصباغ أن الحمولة كاملة. وقال سالم الصباح إن الجلسة انتهت في الصباح.';
    const at = text.lastIndexOf('الصباح');
    assert.deepEqual(references(text, [['رأفت الصباغ', 'PERS'], ['سالم الصباح', 'PERS']], [{ start: at, end: at + 'الصباح'.length }]), ['PERS الصباغ']);
  });
  it('adds nothing where a mention already covers the word, or where no person is named in full', () => {
    const text = 'وقال سامر الحوشاني إن الطريق مغلق. وأضاف الحوشاني أن العمل مستمر.';
    assert.deepEqual(references(text, [['سامر الحوشاني', 'PERS'], ['الحوشاني', 'PERS']]), []);
    assert.deepEqual(references(text, []), []);
  });
});
