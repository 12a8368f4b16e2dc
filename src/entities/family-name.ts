/**
 * A family name with the article, by its shape: a word the lexicon cannot read («العيثان»,
 * «المريبض»), or a family's nisba it reads only through its ending («الهاملي», «العازمي»), which is
 * no place's or people's nisba («المصري»). A word the lexicon reads («الأسبوع», «المقبل») is none.
 */
import type { Mention } from '../core/entity-schema.js';
import { segmentClitics } from '../text/clitics.js';
import { defaultKnownNames } from '../text/known-names.js';
import type { Lexicon } from '../text/lexicon.js';
import { normalizeText } from '../text/normalize.js';
import { isPlaceNisba } from '../text/places.js';
import { wordsOf } from './extract-role.js';
import { spaceBefore } from './fold-name.js';
import type { RoleContext } from './role-context.js';

/** Whether `morph` (a word in morph form) is a family name with the article, as above. */
export function isFamilyName(morph: string, lexicon: Lexicon): boolean {
  if (!morph.startsWith('ال') || morph.length < 5) return false;
  return !segmentClitics(morph, { lexicon }).known || familyNisba(morph, lexicon);
}

function familyNisba(w: string, lexicon: Lexicon): boolean {
  if (!/^ال..+ي$/u.test(w)) return false;
  const bare = w.slice(2);
  if (lexicon.get(bare) !== undefined || defaultKnownNames().has(bare)) return false;
  return !isPlaceNisba(normalizeText(w, 'search'));
}

/**
 * A person's mention goes on into a family name right after it that the tagger left out: «عبد
 * الله نايف | المريبض», «يحيى متعب | الشاجري». Only with a space between, on the same line, and not
 * into another mention or a role word.
 */
export function extendFamilyNames(mentions: readonly Mention[], ctx: RoleContext): Mention[] {
  const { words, text } = ctx;
  const lexicon = ctx.lexicon();
  return mentions.map((m, i) => {
    if (m.type !== 'PERS') return m;
    const [, b] = wordsOf(ctx, m.start, m.end);
    const next = words[b];
    if (!next || next.kind !== 'arabic' || next.part !== 'whole' || !spaceBefore(text, words, b)) return m;
    if (mentions[i + 1] && mentions[i + 1]!.start < next.end) return m;
    // No role word («ستيف ريد | الاستشاري»).
    if (ctx.roleWords.cues.get(next.key)?.cue || !isFamilyName(normalizeText(text.slice(next.start, next.end), 'morph'), lexicon)) return m;
    return { ...m, end: next.end, text: text.slice(m.start, next.end) };
  });
}
