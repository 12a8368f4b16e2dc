/**
 * Where an unnamed group's noun phrase ends, by the grammar of the Arabic noun phrase: a noun goes
 * on with it only as the genitive of a noun that can take one (one without the article and without
 * a sound plural's or a dual's ن); after a definite noun, «آخرون» or an adjective, only adjectives,
 * a preposition's phrase, a noun joined by و, or a name go on. The noun that cannot is the verb's
 * object: «دان وجهاء وأعيان محافظة القطيف | الجريمة الإرهابية», «دعا آخرون | دولة الإمارات إلى …»,
 * «أكد مسؤولون ومنظمات إسلامية | ريادة المملكة».
 * A word the lexicon reads as no noun (an unknown name, a participle) goes on with the phrase, as
 * the group's words did before: only a word that can be nothing but a noun ends it.
 */
import { isKnownWord } from '../text/inflection.js';
import { TAG } from '../text/lexicon-tags.js';
import { defaultMorphologyTables } from '../text/morphology-tables.js';
import { normalizeText } from '../text/normalize.js';
import type { Context } from './context.js';
import { NISBA_ENDING } from './word-shape.js';
import type { QWord } from './words.js';

/** Letters written on a noun that leave it going on with the phrase: و joins it, ب ل ك make it a preposition's. */
const PROCLITICS: ReadonlySet<string> = new Set(['و', 'ب', 'ل', 'ك']);
/** A sound plural's or a dual's ending, after which a noun takes no genitive: «مسؤولون», «آخرون», «جانبان». */
const CLOSED_ENDING = /^(.{3,})(?:ون|ان|ين)$/u;

/**
 * The end (a word index, at most `to`) of the noun phrase that a group word at `from` heads: the
 * first word from `from + 1` on that is a noun and cannot be the genitive of the word before it.
 */
export function nounPhraseEnd(ctx: Context, from: number, to: number): number {
  const { words } = ctx;
  let open = takesGenitive(ctx, words[from]!);
  for (let k = from + 1; k < to; k++) {
    const w = words[k]!;
    if (!w.word) continue;
    // A preposition written as a word of its own (the cue file's): «مصدر في الوزارة», «عدد من سكان …».
    if (ctx.cues.trailingPreps.has(w.fold)) {
      open = true;
      continue;
    }
    // «ومنظمات», «وأعيان»: a noun joined to the group's head is a head too; «بشرطة», «بولاية»: a
    // preposition's noun, which goes on with the phrase whatever comes before it.
    const whole = wordClass(ctx, w, 0);
    const clitic = whole === OTHER && w.fold.length > 3 && PROCLITICS.has(w.fold[0]!) && wordClass(ctx, w, 1) !== OTHER;
    const cls = clitic ? NOUN_OR_ADJECTIVE : whole;
    if (cls === NOUN && !open) return k;
    // A noun, or a word that may be one («محافظة», «أعيان»), may take a genitive in turn.
    open = cls !== OTHER && takesGenitive(ctx, w, clitic ? 1 : 0);
  }
  return to;
}

/** The word, from letter `skip` on, in the form the lexicon is read in. */
const formOf = (ctx: Context, w: QWord, skip: number): string => normalizeText(ctx.text.slice(w.start, w.end), 'morph').slice(skip);

const NOUN = 0;
const NOUN_OR_ADJECTIVE = 1;
/** An adjective, a verb's form, a function word, or a word the lexicon cannot read (a name the tagger missed). */
const OTHER = 2;

/**
 * How the lexicon reads the word (from letter `skip`), inflected or not: a noun only ({@link NOUN});
 * a noun that may be an adjective or a name too («محافظة», «أعيان»); or neither.
 */
function wordClass(ctx: Context, w: QWord, skip: number): number {
  const form = formOf(ctx, w, skip);
  if (form.length < 3) return OTHER;
  const lexicon = ctx.roles.lexicon();
  const tables = defaultMorphologyTables();
  const bare = form.startsWith('ال') ? form.slice(2) : form;
  // «إسلامية», «أمريكيين»: a word shaped as a nisba is an adjective, unless the lexicon lists it whole as a noun («ولاية»).
  const key = w.fold.slice(skip).replace(/^ال/u, '');
  if (key.length >= 3 && NISBA_ENDING.test(key) && !((lexicon.get(bare) ?? 0) & TAG.noun)) return OTHER;
  if (!isKnownWord(bare, lexicon, tables, TAG.noun)) return OTHER;
  // A name may stand in apposition («المتحدث باسم المنظمة يوسف القاضي»): it never ends the words.
  return isKnownWord(bare, lexicon, tables, TAG.adjective | TAG.verb | TAG.function | TAG.proper) ? NOUN_OR_ADJECTIVE : NOUN;
}

/**
 * The noun (from letter `skip`) can take a genitive: no article, and no sound plural's or dual's
 * ending on a word the lexicon knows without it («مسؤولون», not «أعيان» or «سكان», which it lists whole).
 */
function takesGenitive(ctx: Context, w: QWord, skip = 0): boolean {
  const form = formOf(ctx, w, skip);
  if (form.startsWith('ال')) return false;
  const m = CLOSED_ENDING.exec(form);
  if (!m) return true;
  const lexicon = ctx.roles.lexicon();
  return lexicon.get(form) !== undefined || lexicon.get(m[1]!) === undefined;
}
