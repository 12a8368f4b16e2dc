/** Whether an organisation or place is the complement of a role, not a speaker of its own. */
import type { Entity } from '../core/entity-schema.js';
import { wordAt } from '../entities/extract-role.js';
import { classify } from '../entities/role-context.js';
import type { Context } from './context.js';

/**
 * An organisation or place completes a role phrase: a role's head or the word «باسم» right before
 * it («مدير [شرطة محافظة الطائف] العميد عبدالرحمن الثمالي»), so it is the role's, not the subject.
 */
export function roleComplement(ctx: Context, e: Entity): boolean {
  // A person after a role's head holds it: «الناشط عماد عاشور».
  if (e.type === 'PERS') return false;
  const { words } = ctx.roles;
  // The last word that ends by the entity's start.
  const j = wordAt(ctx.roles, e.start) - 1;
  if (j < 0 || ctx.text.slice(words[j]!.end, e.start).trim() !== '') return false;
  const kind = classify(ctx.roles, j).kind;
  return kind === 'head' || kind === 'prep';
}
