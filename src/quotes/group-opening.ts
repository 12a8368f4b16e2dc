/**
 * How a speaker who is a group, not a name, can open a subject besides a group noun of the cue file:
 * a quantifier before «من» or a noun («قال عدد من المواطنين», «أكد أحد الباعة», «أفاد 72٪ من
 * أصحاب العمل»), and a sound masculine plural in the nominative («وأكد مستهلكون أن …», in construct
 * «وأشار مسؤولو بريمن إلى أن …»), which is a subject by its case ending and never the verb's object.
 */
import { defaultKnownNames } from '../text/known-names.js';
import { NOMINAL, TAG } from '../text/lexicon-tags.js';
import { isPlaceNisba } from '../text/places.js';
import { normalizeText } from '../text/normalize.js';
import type { Context } from './context.js';
import type { QWord } from './words.js';

const NUMBER = /^[0-9\u0660-\u0669]+(?:[.,\u066b][0-9\u0660-\u0669]+)?$/u;
const PERCENT = new Set(['%', '٪']);

/**
 * The index of the first word of the group a quantifier at word `k` takes (the noun, or the word
 * after «من»), or -1 when word `k` opens no quantifier or nothing follows it before `to`.
 */
export function quantifiedFrom(ctx: Context, k: number, to: number): number {
  const { words, cues } = ctx;
  const w = words[k]!;
  let j = -1;
  if (cues.quantifiers.has(w.fold)) j = k + 1;
  else if (NUMBER.test(w.fold) && words[k + 1] && PERCENT.has(words[k + 1]!.fold)) j = k + 2;
  if (j < 0) return -1;
  // «عدد من المواطنين»: the partitive «من»; a number with % takes it always.
  if (j < to && words[j]!.fold === 'من') j++;
  else if (j === k + 2) return -1;
  return j < to && words[j]!.word ? j : -1;
}

/** «وقال 34% إن …»: a share alone (a number and %, nothing after it before `to`) is the group that speaks. */
export function shareAlone(ctx: Context, k: number, to: number): boolean {
  const { words } = ctx;
  return k + 2 === to && NUMBER.test(words[k]!.fold) && PERCENT.has(words[k + 1]!.fold);
}

/**
 * A sound masculine plural in the nominative, with or without the article: «مستهلكون»,
 * «والمواطنون». Its singular must take ون in the lexicon, so «قانون» and «مليون» are none.
 */
export function isNominativePlural(ctx: Context, w: QWord): boolean {
  if (!w.word) return false;
  const form = normalizeText(ctx.text.slice(w.start, w.end), 'morph').replace(/^[وف]?(?:ال)?/u, '');
  // «مسؤولو بريمن», «ممثلو الشركات»: in construct the plural drops its ن.
  const construct = !w.fold.startsWith('ال') && form.endsWith('و') && !form.endsWith('ون');
  const plural = construct ? `${form}ن` : form;
  if (plural.length < 5 || !plural.endsWith('ون')) return false;
  const tags = ctx.roles.lexicon().get(plural.slice(0, -2));
  return tags !== undefined && (tags & TAG.masculinePlural) !== 0 && (tags & TAG.verb) === 0;
}

/**
 * A sound masculine plural or a dual in the oblique case, with the article, right after a verb:
 * «ودعت الكينيين إلى …», «وطالب المواطنين بـ…», «ودعا الطرفين إلى …». The subject takes the
 * nominative («الكينيون», «الطرفان»), so this is the verb's object, and its subject is carried. Its
 * singular (three letters at least) must be a lexicon noun, a word that takes the plural, or a
 * nisba, and the word no name: «الأمين» and «الحسين» are none.
 */
export function isObliquePlural(ctx: Context, w: QWord): boolean {
  if (!w.word || !/^[وف]?ال/u.test(w.fold)) return false;
  const form = normalizeText(ctx.text.slice(w.start, w.end), 'morph').replace(/^[وف]?ال/u, '');
  if (form.length < 5 || !form.endsWith('ين')) return false;
  const lexicon = ctx.roles.lexicon();
  if (defaultKnownNames().has(form)) return false;
  const singular = form.slice(0, -2);
  // A people's nisba the lexicon lacks, by its place: «الكينيين» (كينيا), «الليبيين» (ليبيا).
  if (isPlaceNisba(normalizeText(`ال${singular}`, 'search'))) return true;
  const tags = lexicon.get(singular);
  if (tags === undefined || tags & TAG.proper || defaultKnownNames().has(singular)) return false;
  // A dual of any noun («الطرفين»); a plural of a word that takes ون, or of a nisba («الكينيين»).
  return (tags & (TAG.noun | TAG.masculinePlural)) !== 0 || (singular.endsWith('ي') && (tags & NOMINAL) !== 0);
}
