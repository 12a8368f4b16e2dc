/**
 * A person's mention takes the given name right before it that the tagger left out. Women's names
 * above all, which ANERcorp's training part rarely tags: «الطالبات فائزة | محمد جمال مخدوم», «والفنانة
 * رويدا | عطية»; and men's names the name lists lack: «جندي أول يحيى | متعب الشاجري». The names are
 * data/entities/given-names.txt. Only a word of no role, with a space and no mark before the
 * mention; a name's particle may stand between («هيا بنت | صلاح العبداللطيف»), and a و before the
 * name stays out («وجمانة» → «جمانة»). Not where the article names the person without that name.
 */
import type { Mention } from '../core/entity-schema.js';
import { offsetAfterLetters } from '../text/keyed-tokens.js';
import { readLines } from '../text/read-data.js';
import { wordsOf } from './extract-role.js';
import { nameKey, spaceBefore } from './fold-name.js';
import { classify, type RoleContext } from './role-context.js';

let bundled: ReadonlySet<string> | undefined;

/** The search keys of the listed given names, read once. */
export function givenNameKeys(): ReadonlySet<string> {
  bundled ??= new Set(readLines('entities/given-names.txt').map(nameKey).filter(Boolean));
  return bundled;
}

export function extendGivenNames(mentions: readonly Mention[], ctx: RoleContext, names: ReadonlySet<string> = givenNameKeys()): Mention[] {
  const { words, text } = ctx;
  const persons = mentions.filter((m) => m.type === 'PERS').map((m) => ({ m, key: nameKey(m.text), before: keyBefore(ctx, m) }));
  /**
   * The article names the person otherwise: the same words, or more ending in them, without the
   * given name («ناصر القصبي» elsewhere, so «حياة ناصر القصبي» is no name; «مسعود بارزاني», so
   * «وعد بارزاني» is none).
   */
  const namedOtherwise = (m: Mention, given: string): boolean => {
    const key = nameKey(m.text);
    return persons.some((p) => {
      if (p.m === m) return false;
      if (p.key === key) return p.before !== given;
      if (!p.key.endsWith(` ${key}`)) return false;
      const rest = p.key.slice(0, -key.length - 1).split(' ');
      return rest[rest.length - 1] !== given;
    });
  };
  return mentions.map((m, i) => {
    if (m.type !== 'PERS') return m;
    const [a] = wordsOf(ctx, m.start, m.end);
    let k = a - 1;
    // «رحمة ونصر الحريري»: a mention that opens with و is the second of two names, not the rest of one.
    if (k < 0 || words[a]!.start !== m.start || words[a]!.key.startsWith('و') || !spaceBefore(text, words, a)) return m;
    // «هيا بنت صلاح»: the particle between the given name and the mention.
    if (classify(ctx, k).kind === 'particle' && words[k]!.part === 'whole' && spaceBefore(text, words, k)) k--;
    if (k < 0 || (k < a - 1 && !spaceBefore(text, words, k + 1))) return m;
    const w = words[k]!;
    if (w.kind !== 'arabic' || w.part !== 'whole' || classify(ctx, k).kind !== 'other') return m;
    if (i > 0 && mentions[i - 1]!.end > w.start) return m;
    const given = names.has(w.key) ? w.key : w.key.startsWith('و') && names.has(w.key.slice(1)) ? w.key.slice(1) : null;
    if (given === null || namedOtherwise(m, given)) return m;
    const start = given === w.key ? w.start : offsetAfterLetters(text, w.start, w.end, 1);
    return { ...m, start, text: text.slice(start, m.end) };
  });
}

/** The search key of the word right before a mention, without a و on it, or null. */
function keyBefore(ctx: RoleContext, m: Mention): string | null {
  const [a] = wordsOf(ctx, m.start, m.end);
  const w = ctx.words[a - 1];
  if (!w || w.kind !== 'arabic') return null;
  return w.key.startsWith('و') && w.key.length > 3 ? w.key.slice(1) : w.key;
}
