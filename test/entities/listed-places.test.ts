import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { Mention } from '../../src/core/entity-schema.js';
import { findListedPlaces } from '../../src/entities/listed-places.js';
import { roleContext } from '../../src/entities/role-context.js';

/** The places of `names` (each found after the one before), then the other places of their lists. */
function listed(text: string, names: string[]): string[] {
  let from = 0;
  const mentions: Mention[] = names.map((surface) => {
    const start = text.indexOf(surface, from);
    assert.ok(start >= 0, surface);
    from = start + surface.length;
    return { type: 'LOC', start, end: start + surface.length, text: surface };
  });
  return findListedPlaces(mentions, roleContext(text)).map((m) => text.slice(m.start, m.end));
}

describe('findListedPlaces: the other places of a list of places', () => {
  it('takes the items after two places of a list, with و on them or after a comma, up to a word that ends the list', () => {
    const text = 'وشمل البرنامج مدن سكاكا ودومة الجندل وطبرجل والناصفة، والعيساوية في الشمال.';
    assert.deepEqual(listed(text, ['سكاكا', 'دومة الجندل']), ['طبرجل', 'الناصفة', 'العيساوية']);
  });
  it('takes nothing after a single place, nor a common word, a person\'s name or a longer phrase', () => {
    assert.deepEqual(listed('وزار الوفد سكاكا وطبرجل أمس.', ['سكاكا']), []);
    assert.deepEqual(listed('وزار الوفد سكاكا وطبرجل والتعليم أمس.', ['سكاكا', 'طبرجل']), []);
    assert.deepEqual(listed('وزار الوفد سكاكا وطبرجل وخالد ثم عاد.', ['سكاكا', 'طبرجل']), []);
    assert.deepEqual(listed('وزار الوفد سكاكا وطبرجل ومدارس البنات الجديدة كلها.', ['سكاكا', 'طبرجل']), []);
  });
});
