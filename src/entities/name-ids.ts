/**
 * The ids a name given by a user can stand for in the store: a known actor's alias id
 * (`داعش` → `isis`), the canonical id itself (`isis`), the name key of a mention of any type
 * (`pers:احمد الراشد`), or of an unnamed speaker (`group:مصدر عسكري`).
 */
import { canonicalize } from './canonicalize.js';
import { nameKey } from './fold-name.js';

export function idsForName(text: string): Set<string> {
  const key = nameKey(text);
  const ids = new Set([text, text.toLowerCase(), ...['pers', 'org', 'loc', 'misc', 'group'].map((t) => `${t}:${key}`)]);
  const known = canonicalize(text);
  if (known) ids.add(known.id);
  return ids;
}
