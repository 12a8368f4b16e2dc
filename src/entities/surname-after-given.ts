/**
 * A given name the tagger found alone goes on into the word right after it, the family name it left
 * out: «والفنانة ريما | كركي», «رضا | ضراب», «رئيس الوزراء إبراهيم | محلب». News name a person in
 * full, and the tagger stops at a family name the lexicon reads as a common noun. Only a word
 * without the article (extendFamilyNames reads those), with a space and no mark before it, on the
 * same line, and not into another mention; never a role or other cue word, a stopword, a word the
 * lexicon reads as a verb and not as a noun or reads with a preposition or a pronoun on it («صالح
 * بحسب», «خالد يرافقه»), a place, or a word of a time expression («محمد أمس»).
 */
import type { Mention } from '../core/entity-schema.js';
import { overlapsAny, type Span } from '../core/types.js';
import { segmentClitics } from '../text/clitics.js';
import { isKnownWord } from '../text/inflection.js';
import { NOMINAL, TAG } from '../text/lexicon-tags.js';
import { defaultMorphologyTables } from '../text/morphology-tables.js';
import { normalizeText } from '../text/normalize.js';
import { isPlaceName } from '../text/places.js';
import { defaultStopwords } from '../text/stopwords.js';
import { wordsOf } from './extract-role.js';
import { nameKey, spaceBefore } from './fold-name.js';
import { givenNameKeys } from './given-names.js';
import { classify, type RoleContext } from './role-context.js';

export function extendSurnames(mentions: readonly Mention[], ctx: RoleContext, times: readonly Span[] = [], given: ReadonlySet<string> = givenNameKeys()): Mention[] {
  const { words, text } = ctx;
  const lexicon = ctx.lexicon();
  const tables = defaultMorphologyTables();
  const stop = defaultStopwords();
  return mentions.map((m, i) => {
    if (m.type !== 'PERS') return m;
    const [a, b] = wordsOf(ctx, m.start, m.end);
    if (b !== a + 1 || !given.has(nameKey(m.text))) return m;
    const next = words[b];
    if (!next || next.kind !== 'arabic' || next.part !== 'whole' || next.breakBefore || !spaceBefore(text, words, b)) return m;
    if (mentions[i + 1] && mentions[i + 1]!.start < next.end) return m;
    if (next.key.startsWith('ال') || next.key.startsWith('و') || stop.has(next.key) || classify(ctx, b).kind !== 'other') return m;
    if (overlapsAny(times, next)) return m;
    const morph = normalizeText(text.slice(next.start, next.end), 'morph');
    if (isPlaceName(morph)) return m;
    // A word the lexicon reads with a preposition or a pronoun on it («بحسب», «بمقر», «يرافقه») is no name.
    const seg = segmentClitics(morph, { lexicon, tables });
    if (seg.known && seg.proclitics.length + seg.enclitics.length > 0) return m;
    if (isKnownWord(morph, lexicon, tables, TAG.verb) && !isKnownWord(morph, lexicon, tables, NOMINAL)) return m;
    return { ...m, end: next.end, text: text.slice(m.start, next.end) };
  });
}
