/**
 * How a speaker who is a group, not a name, can open a subject besides a group noun of the cue file:
 * a quantifier before «من» or a noun («قال عدد من المواطنين», «أكد أحد الباعة», «أفاد 72٪ من
 * أصحاب العمل»), and a sound masculine plural in the nominative («وأكد مستهلكون أن …», in construct
 * «وأشار مسؤولو بريمن إلى أن …»), which is a subject by its case ending and never the verb's object.
 */
import { TAG } from '../text/lexicon-tags.js';
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
