/** A mention's name → the known actor it names, through the alias table: «بتنظيم الدولة» → isis. */
import type { EntityType } from '../core/entity-schema.js';
import { defaultAliasIndex, type AliasIndex } from './alias-index.js';
import { nameKey } from './fold-name.js';
import type { CanonicalEntity } from './parse-aliases.js';

/**
 * Whether a tagged type fits an actor's type: equal, or both non-persons, since the tagger often
 * calls a state an ORG or a group a LOC, but a person is never an organisation.
 */
export function typesFit(tagged: EntityType, known: EntityType): boolean {
  return tagged === known || (tagged !== 'PERS' && known !== 'PERS');
}

/**
 * The actor a whole mention names, or null: `canonicalize('لداعش')` → isis,
 * `canonicalize('الامم المتحده', 'ORG')` → un. Spelling variants, `~` forms and English names
 * count; a `type` that does not fit the actor's ({@link typesFit}) gives null.
 */
export function canonicalize(mention: string, type?: EntityType, index: AliasIndex = defaultAliasIndex()): CanonicalEntity | null {
  const entity = index.nodes.get(nameKey(mention))?.hit?.entity;
  if (!entity || (type && !typesFit(type, entity.type))) return null;
  return entity;
}
