/**
 * A place spelled as a feminine nisba, right after a feminine noun it agrees with, is that noun's
 * adjective and names no place: «الشركة السعودية», «القيادة السعودية», «طائرة سعودية». It agrees in
 * definiteness too; after a noun in construct it is the noun's genitive, the place itself
 * («بقيادة السعودية», «مشاركة السعودية»), after a verb with its pronoun it is the subject
 * («تشهده السعودية»), and after an administrative unit's word it is the unit's name («ولاية قيصرية»).
 */
import type { Mention } from '../core/entity-schema.js';
import { isPlaceNisba } from '../text/places.js';
import { ARTICLE_RUN_SOURCE } from '../text/word-reading.js';
import { wordsOf } from './extract-role.js';
import { spaceBefore } from './fold-name.js';
import { isAdministrativeUnit } from './place-unit.js';
import type { RoleContext } from './role-context.js';

/** The article, with the clitics that may come before it: «ال», «وال», «بال», «لل». */
const DEFINITE = new RegExp(ARTICLE_RUN_SOURCE, 'u');

export function dropNisbaAdjectives(mentions: readonly Mention[], ctx: RoleContext): Mention[] {
  return mentions.filter((m) => m.type !== 'LOC' || !isAdjective(m, ctx));
}

function isAdjective(m: Mention, ctx: RoleContext): boolean {
  const [a, b] = wordsOf(ctx, m.start, m.end);
  if (b !== a + 1 || !spaceBefore(ctx.text, ctx.words, a)) return false;
  const key = ctx.words[a]!.key;
  const noun = ctx.words[a - 1]!;
  // The search form writes ة as ه: «السعوديه», «الشركه».
  if (noun.kind !== 'arabic' || !key.endsWith('يه') || !noun.key.endsWith('ه')) return false;
  const definite = key.startsWith('ال');
  if (definite !== DEFINITE.test(noun.key)) return false;
  // «ولاية قيصرية»: an administrative unit's word heads the place's name, in construct.
  if (!definite && isAdministrativeUnit(noun.key.replace(/^[وفبل]/u, ''))) return false;
  return isPlaceNisba(definite ? key : `ال${key}`, true);
}
