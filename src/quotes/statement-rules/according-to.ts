/**
 * «وبحسب منسقة الشؤون الإنسانية، جوليا فيشر، فإن …»: the clause after «فإن» (or «فقد», or the comma
 * after a source: «وحسب الهيئة، تم تسجيل …»), X the speaker.
 */
import { sentenceEnd } from '../clause.js';
import { clauseStart, span } from '../context.js';
import type { Finding } from '../finding.js';
import { accordingTo, isSource, phraseEnd } from '../reported.js';
import { attributionSource } from '../attribution-source.js';

export function accordingToRule(f: Finding, i: number): number | null {
  const { ctx } = f;
  const { words, text } = ctx;
  const acc = words[i]!.word && clauseStart(ctx, i) ? accordingTo(ctx, i) : null;
  if (!acc) return null;
  const found = attributionSource(ctx, acc.from, acc.that, null, acc.joined);
  // «ووفقاً لآلية العمل المتبعة، تتوزع الفرق …»: words that name no one are no source.
  if (acc.opener === 'comma' && !isSource(ctx, found.speaker)) return null;
  const end = sentenceEnd(ctx, acc.that);
  const cueEnd = phraseEnd(ctx, acc.from, acc.joined);
  if (!(acc.that + 1 < words.length && words[acc.that + 1]!.start < end)) return null;
  f.push({ ...span(text, words[acc.that + 1]!.start, end), kind: 'indirect', speaker: found.speaker, role: found.role, cue: { ...span(text, acc.cueStart, cueEnd), lemma: text.slice(acc.cueStart, cueEnd) }, medium: found.medium });
  let k = i;
  while (k + 1 < words.length && words[k + 1]!.start < end) k++;
  return k;
}
