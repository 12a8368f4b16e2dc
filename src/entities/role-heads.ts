/**
 * A person the tagger found that is a role's head word alone, right before an organisation, is
 * the head of a role whose complement that organisation is, not a person: «أكد وكيل وزارة المياه
 * والكهرباء …، الدكتور صالح بن حسين العواجي» tags «وكيل». The lists' names do not decide here:
 * they hold «وكيل» too.
 */
import type { Mention } from '../core/entity-schema.js';
import { wordsOf } from './extract-role.js';
import { spaceBefore } from './fold-name.js';
import { classify, type RoleContext } from './role-context.js';

export function dropLoneRoleHeads(mentions: readonly Mention[], ctx: RoleContext): Mention[] {
  const orgStarts = new Set<number>();
  for (const m of mentions) if (m.type === 'ORG') orgStarts.add(wordsOf(ctx, m.start, m.end)[0]);
  return mentions.filter((m) => {
    if (m.type !== 'PERS') return true;
    const [a, b] = wordsOf(ctx, m.start, m.end);
    return !(b === a + 1 && orgStarts.has(b) && spaceBefore(ctx.text, ctx.words, b) && classify(ctx, a).kind === 'head');
  });
}
