/**
 * A person the article names in full is named elsewhere in it by the family name alone: «حيدر
 * العبادي» … «وقال العبادي», «رضا ضراب» … «ضراب». Each such word, with its clitics off, becomes a
 * person's mention where no mention covers it, and the linker gives it the full name's id (short
 * names within one article).
 * Only a family name the lexicon cannot read is taken, a nisba («العبادي», «العسيري»), or one with
 * the article the lexicon reads as a noun («الصباغ», «الدخيل»: on the entity gold's dev part these
 * found four more persons and no wrong one); not a bare word it reads («ضراب» is more often the
 * word), and never a title or role word («الشيخ»), a given name («علي»: another person), or a word of
 * a time expression («الصباح»: the morning). Not where the word stands as an adjective after a
 * definite noun («الجانب التركي»), where a nisba is the adjective.
 */
import type { Mention } from '../core/entity-schema.js';
import { overlapsAny, type Span } from '../core/types.js';
import { offsetAfterLetters } from '../text/keyed-tokens.js';
import { defaultKnownNames } from '../text/known-names.js';
import { normalizeText } from '../text/normalize.js';
import { defaultStopwords } from '../text/stopwords.js';
import { segmentClitics } from '../text/clitics.js';
import { coveredWords } from './extract-role.js';
import { spaceBefore } from './fold-name.js';
import { PLACE_CLITICS, withoutPlaceClitics } from './place-clitics.js';
import type { RoleContext } from './role-context.js';

/** A nisba with the article: «العبادي». */
const NISBA = /^ال.{2,}ي$/u;

/** Letters a family name has at least (search form, the article counted). */
const MIN_LETTERS = 4;

export function findFamilyReferences(mentions: readonly Mention[], ctx: RoleContext, times: readonly Span[] = []): Mention[] {
  const { words, text } = ctx;
  const stop = defaultStopwords();
  const names = defaultKnownNames();
  const lexicon = ctx.lexicon();
  // The family names: the last word of each person's name of two words or more.
  const families = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'PERS') continue;
    const parts = normalizeText(m.text, 'search').trim().split(/\s+/u);
    const last = parts[parts.length - 1]!;
    if (parts.length < 2 || last.length < MIN_LETTERS || stop.has(last)) continue;
    // A bare word the lexicon reads («ضراب») is more often that word than the family name, and so is
    // a given name («علي») or a title («الشيخ»); one with the article, a noun or a nisba, is the name.
    const morph = normalizeText(text.slice(m.start, m.end), 'morph').trim().split(/\s+/u).pop()!;
    if (!last.startsWith('ال') && names.person(morph)) continue;
    if (segmentClitics(morph, { lexicon }).known && !NISBA.test(last) && !last.startsWith('ال')) continue;
    if (ctx.roleWords.cues.get(last)?.cue) continue;
    families.add(last);
  }
  if (families.size === 0) return [];
  const covered = coveredWords(ctx, mentions);
  const out: Mention[] = [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (w.kind !== 'arabic' || w.part !== 'whole' || covered[k] || overlapsAny(times, w)) continue;
    const skip = familyAt(w.key, families);
    if (skip < 0) continue;
    // «الجانب التركي»: after a definite noun, a word with the article is its adjective; a nisba is
    // one after a name too («جازينتاب التركي»: a name tagged, or a word the lexicon cannot read).
    const prev = words[k - 1];
    const rest = w.key.slice(skip);
    const joined = prev?.kind === 'arabic' && spaceBefore(text, words, k);
    if (joined && rest.startsWith('ال') && prev.key.replace(PLACE_CLITICS, '').startsWith('ال')) continue;
    if (joined && NISBA.test(rest) && (covered[k - 1] || !segmentClitics(normalizeText(text.slice(prev.start, prev.end), 'morph'), { lexicon }).known)) continue;
    const start = skip > 0 ? offsetAfterLetters(text, w.start, w.end, skip) : w.start;
    out.push({ type: 'PERS', start, end: w.end, text: text.slice(start, w.end) });
  }
  return out;
}

/** How many letters of clitics come off `key` to leave one of the family names (see withoutPlaceClitics), or -1. */
function familyAt(key: string, families: ReadonlySet<string>): number {
  return withoutPlaceClitics(key).find((r) => families.has(r.rest))?.skip ?? -1;
}
