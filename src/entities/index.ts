/** Canonical entities: aliases of known actors, roles of persons, and short names linked to full ones. This file only re-exports. */
export { EntitySchema, EntityTypeSchema, RoleSchema, type Entity, type EntityType, type Mention, type Role } from '../core/entity-schema.js';
export { parseAliases, type AliasForm, type AliasRow, type CanonicalEntity } from './parse-aliases.js';
export { createAliasIndex, defaultAliasIndex, type AliasHit, type AliasIndex, type AliasNode } from './alias-index.js';
export { canonicalize, typesFit } from './canonicalize.js';
export { findAliasMentions, type AliasMention, type FindAliasOptions } from './find-aliases.js';
export { parseRoleWords, defaultRoleWords, type Cue, type CueKind, type RoleWords } from './role-words.js';
export { roleContext, type RoleContext, type RoleOptions } from './role-context.js';
export { extractRole, type ExtractRoleOptions, type RoleResult, type TextSpan } from './extract-role.js';
export { mergeMentions } from './merge-mentions.js';
export { linkMentions, type LinkOptions } from './link-mentions.js';
export { nameKey } from './fold-name.js';
