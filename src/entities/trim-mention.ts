/**
 * The tagger sometimes runs a name on into the particle after it: «فهد الرشيدي لـ«القبس»» tagged as
 * one person with «لـ», into an adverb before it: «المعترف به دولياً عبدربه منصور هادي», or into the
 * verb or place after it: «الأمير محمد بن سلمان يلتقي …», «تركي بن عبدالله بالرياض». A mention
 * never ends on a lone letter, a stopword, a verb of the imperfect or a place with its preposition,
 * and never starts or ends on a word written with tanween; those words come off (a mention that
 * would be left empty stays as it is, for the linker to judge, unless all its words are written
 * with tanween: then it names nothing and goes).
 */
import { defaultKnownNames } from '../text/known-names.js';
import { segmentClitics } from '../text/clitics.js';
import { isKnownWord } from '../text/inflection.js';
import { NOMINAL, TAG } from '../text/lexicon-tags.js';
import { defaultMorphologyTables } from '../text/morphology-tables.js';
import { isPlaceName } from '../text/places.js';
import { normalizeText } from '../text/normalize.js';
import { defaultStopwords } from '../text/stopwords.js';
import type { Mention } from '../core/entity-schema.js';
import { wordsOf } from './extract-role.js';
import type { RoleContext } from './role-context.js';

/** Tanween, written on the word's last letter or before a final alef («دولياً», «دوليًا»). */
const TANWEEN = /[\u064B-\u064D]\u0627?$/u;
/** A short vowel or sukun inside the word: a text written with its vowels («قُرَيْشٍ»). */
const VOWELLED = /[\u064E-\u0652]/u;

/**
 * The mentions, each without the lone letters and stopwords at its end and the words written with
 * tanween at either end. A person's name the lists know stays, though it is spelled like a
 * stopword: «أحمد بن علي» keeps «علي» (also «على»).
 */
export function trimMentions(mentions: readonly Mention[], ctx: RoleContext): Mention[] {
  const { words, text } = ctx;
  const stop = defaultStopwords();
  const names = defaultKnownNames();
  const stopAt = (k: number, type: Mention['type']): boolean => {
    const w = words[k]!;
    if (w.key.length < 2) return true;
    if (!stop.has(w.key)) return false;
    return !(type === 'PERS' && names.person(normalizeText(text.slice(w.start, w.end), 'morph')));
  };
  const lexicon = ctx.lexicon();
  /**
   * A word written with tanween is an adverb or an indefinite noun, never a name's («دولياً»); so is
   * an adjective with the alef of the accusative, written without its tanween («دوليا», «رسميا»),
   * when it is no place or name («سوريا», «ماريا»).
   */
  const tanween = (k: number): boolean => {
    const surface = text.slice(words[k]!.start, words[k]!.end);
    if (TANWEEN.test(surface)) return true;
    const morph = normalizeText(surface, 'morph');
    if (!morph.endsWith('يا') || morph.length < 5 || names.has(morph) || isPlaceName(morph)) return false;
    return ((lexicon.get(morph.slice(0, -1)) ?? 0) & TAG.adjective) !== 0;
  };
  const tables = defaultMorphologyTables();
  /**
   * A verb of the imperfect after its subject's name («يلتقي», «يبحثان», «يرافقه»): a word opening with ي that
   * the lexicon reads as a verb and not as a noun, and no name the lists know («يحيى», «يوسف»).
   */
  const verb = (k: number): boolean => {
    const morph = normalizeText(text.slice(words[k]!.start, words[k]!.end), 'morph');
    if (!morph.startsWith('ي') || names.has(morph) || isPlaceName(morph)) return false;
    // With its object pronoun off («يرافقه» → «يرافق»).
    const seg = segmentClitics(morph, { lexicon, tables });
    const base = seg.proclitics.length === 0 && seg.enclitics.length > 0 ? seg.lemma : morph;
    return isKnownWord(base, lexicon, tables, TAG.verb) && !isKnownWord(base, lexicon, tables, NOMINAL);
  };
  /** A place after the preposition ب written on it («بالرياض», «بجازان»): where the person is, not their name. */
  const placeAfterBa = (k: number): boolean => {
    const morph = normalizeText(text.slice(words[k]!.start, words[k]!.end), 'morph');
    return morph.length > 3 && morph.startsWith('ب') && !names.has(morph) && !isPlaceName(morph) && isPlaceName(morph.slice(1));
  };
  return mentions.flatMap((m) => {
    const [a, b] = wordsOf(ctx, m.start, m.end);
    // «إلكترونياً», «فلسطينيًا», «ديمقراطيا»: a mention of adverbs and indefinite nouns alone names
    // nothing. Not in a text written with all its vowels («قُرَيْشٍ»), where a name takes tanween too.
    let all = b > a;
    for (let k = a; k < b && all; k++) all = tanween(k) && !VOWELLED.test(text.slice(words[k]!.start, words[k]!.end));
    if (all) return [];
    let start = a;
    while (start + 1 < b && tanween(start)) start++;
    let end = b;
    while (end - 1 > start && (stopAt(end - 1, m.type) || tanween(end - 1) || verb(end - 1) || placeAfterBa(end - 1))) end--;
    if ((start === a && end === b) || end <= start) return [m];
    const from = start === a ? m.start : words[start]!.start;
    const to = words[end - 1]!.end;
    return [{ ...m, start: from, end: to, text: text.slice(from, to) }];
  });
}
