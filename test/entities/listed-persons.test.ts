import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { Mention } from '../../src/core/entity-schema.js';
import { findListedPersons } from '../../src/entities/listed-persons.js';
import { roleContext } from '../../src/entities/role-context.js';

const person = (text: string, name: string): Mention => {
  const start = text.indexOf(name);
  return { type: 'PERS', start, end: start + name.length, text: name };
};
const listed = (text: string, tagged: string[]): string[] =>
  findListedPersons(tagged.map((n) => person(text, n)), roleContext(text)).map((m) => text.slice(m.start, m.end));

describe('findListedPersons', () => {
  it('reads the items next to a tagged person in a list, after a comma or with و on the first word', () => {
    const text = 'وضمت القائمة ياسر القحطاني، ونواف العابد، وعلي القري وفهد الثنيان وغيرهم.';
    assert.deepEqual(listed(text, ['ياسر القحطاني']), ['نواف العابد']);
    assert.deepEqual(listed(text, ['ياسر القحطاني', 'علي القري']), ['نواف العابد', 'فهد الثنيان']);
  });
  it('takes no item without a known given name first, with the article first or a preposition on it, nor a role', () => {
    const text = 'وحضر سامي الحلبي، ووحدة الأنشطة، والتدخل العاجل، وحبيب بالطيور، ووزير الداخلية.';
    assert.deepEqual(listed(text, ['سامي الحلبي']), []);
  });
});
