/**
 * A statement inside another's clause, its subject before its verb: «وقالت المصادر إن قائد القوات
 * البرية علي غيدان أبلغ لجنة التحقيق بأنه …», «وأضافت أن غيدان أكد أن …». The clause is the outer
 * speaker's statement, and the inner verb opens a statement of its own, whose speaker is the words
 * between the clause's start and that verb (after أن a noun comes first, so the order is subject–verb).
 */
import { clauseAfter } from './clause.js';
import { COMMAS, type Context } from './context.js';
import { opensSubject } from './speaker-rules/bare-subject.js';
import { verbAt } from './verb-at.js';

/** Words of an inner subject, at most («قائد القوات البرية السابق الفريق علي غيدان»). */
const MAX_SUBJECT_WORDS = 9;

/**
 * The word index of a finite speech verb that follows its own subject at the start of the clause
 * opening at word `from`, and takes a clause of أن of its own; else -1. «قد» may stand before it
 * («وزارة النقل قد أعلنت»). The subject opens with a name, a definite noun or another word that can
 * open one (bare-subject.ts); no comma, quotation, relative or time stands in it.
 */
export function nestedVerb(ctx: Context, from: number): number {
  const { words, cues } = ctx;
  const named = ctx.entities.some((e) => e.start === words[from]?.start);
  if (!words[from]?.word || ctx.markAt.has(from) || !(named || words[from]!.fold.startsWith('ال') || opensSubject(ctx, from))) return -1;
  for (let k = from + 1; k < words.length && k - from <= MAX_SUBJECT_WORDS; k++) {
    const w = words[k]!;
    // A relative or a time ends a subject («الاتصالات التي أجراها …»): the verb is not its.
    if (!w.word || COMMAS.has(w.fold) || ctx.markAt.has(k) || cues.nameStops.has(w.fold) || w.sentence !== words[from]!.sentence) return -1;
    if (cues.verbParticles.has(w.fold)) continue;
    const v = verbAt(ctx, k);
    if (!v) continue;
    if (v.participle || v.passive) return -1;
    return clauseAfter(ctx, k, v.lemma)?.kind === 'that' ? k : -1;
  }
  return -1;
}
