/** Whether an organisation or place is the complement of a role, not a speaker of its own. */
import type { Entity } from '../core/entity-schema.js';
import { wordAt } from '../entities/extract-role.js';
import { classify } from '../entities/role-context.js';
import type { Context } from './context.js';

/** Nouns in the construct between a role's head and the organisation it is of, at most («رئيس قبيلة [قريش]»). */
const CONSTRUCT_WORDS = 2;

/**
 * An organisation or place completes a role phrase: a role's head or the word «باسم» right before
 * it («مدير [شرطة محافظة الطائف] العميد عبدالرحمن الثمالي»), or a head and a noun or two in the
 * construct, without the article («رئيس قبيلة [قريش] الدكتور حاتم القرشي», «رئيس مجلس إدارة
 * [شركة …]»): it is the role's, not the subject.
 */
export function roleComplement(ctx: Context, e: Entity): boolean {
  // A person after a role's head holds it: «الناشط عماد عاشور».
  if (e.type === 'PERS') return false;
  const { words } = ctx.roles;
  // The last word that ends by the entity's start.
  let j = wordAt(ctx.roles, e.start) - 1;
  if (j < 0 || ctx.text.slice(words[j]!.end, e.start).trim() !== '') return false;
  const kind = classify(ctx.roles, j).kind;
  if (kind === 'head' || kind === 'prep') return true;
  // Through the construct only where a person is named right after: the role is that person's.
  if (!personAfter(ctx, e)) return false;
  for (let k = 0; j >= 0 && k <= CONSTRUCT_WORDS; k++, j--) {
    const c = classify(ctx.roles, j).kind;
    if (c === 'head' || c === 'prep') return true;
    // Only a noun without the article continues the construct back to its head.
    if (c !== 'other' || (j > 0 && ctx.text.slice(words[j - 1]!.end, words[j]!.start).trim() !== '')) return false;
  }
  return false;
}

/** Words between an organisation and the person named after it at most: a title, a nisba («الدولي»). */
const PERSON_GAP = 3;

/** A person is named within a few words after `e`, with nothing but letters and spaces between. */
function personAfter(ctx: Context, e: Entity): boolean {
  return ctx.entities.some((p) => {
    if (p.type !== 'PERS' || p.start < e.end) return false;
    const between = ctx.text.slice(e.end, p.start);
    return /^[\p{L}\p{M}\s]*$/u.test(between) && between.trim().split(/\s+/u).filter(Boolean).length <= PERSON_GAP;
  });
}
