/**
 * The role said of a speaker in the words between the verb and the clause, where the entity's own
 * role misses it: a role in apposition («ماريا لوبيز، المديرة القطرية للبنك الدولي، إن») that says
 * more than a title alone («المهندسة»), or a role set off before the name by a comma («المديرة
 * الإقليمية لمنظمة أطباء بلا حدود في عمّان، سلمى دروزة، إن»). The phrase runs to the next comma.
 */
import type { Entity, Role } from '../core/entity-schema.js';
import { wordAt } from '../entities/extract-role.js';
import { classify, type RoleContext } from '../entities/role-context.js';
import { COMMAS, span, type Context } from './context.js';


/** A role phrase's first word: a head or a title (after و, ب, ل or the article). */
const opensRole = (rctx: RoleContext, offset: number): boolean => {
  const j = wordAt(rctx, offset);
  return j < rctx.words.length && rctx.words[j]!.start === offset && classify(rctx, j).kind === 'head';
};

/** Only titles, no head: «المهندسة», «الدكتور». */
const titleOnly = (rctx: RoleContext, role: Role): boolean => {
  for (let j = wordAt(rctx, role.start); j < rctx.words.length && rctx.words[j]!.start < role.end; j++) if (classify(rctx, j).kind === 'head') return false;
  return true;
};

/** The role of speaker `e`, found in the words [from, to) of the quote finder. */
export function speakerRole(ctx: Context, rctx: RoleContext, e: Entity, from: number, to: number): Role | null {
  const { words, text } = ctx;
  if (e.role && !titleOnly(rctx, e.role)) return e.role;
  let k = from;
  while (k < to && words[k]!.start < e.end) k++;
  // «، المديرة القطرية …،» right after the name.
  if (k + 1 < to && COMMAS.has(words[k]!.fold) && opensRole(rctx, words[k + 1]!.start)) {
    let m = k + 1;
    while (m < to && !COMMAS.has(words[m]!.fold)) m++;
    if (m > k + 1) return span(text, words[k + 1]!.start, words[m - 1]!.end);
  }
  if (e.role) return e.role;
  // «المديرة الإقليمية …، سلمى دروزة»: from the first word to a comma right before the name.
  let b = from;
  while (b < to && words[b]!.end <= e.start) b++;
  if (b - 2 >= from && COMMAS.has(words[b - 1]!.fold) && opensRole(rctx, words[from]!.start)) {
    for (let m = from; m < b - 1; m++) if (COMMAS.has(words[m]!.fold)) return null;
    return span(text, words[from]!.start, words[b - 2]!.end);
  }
  return null;
}
