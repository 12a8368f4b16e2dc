/**
 * The speech verb at a word: a form listed in data/quotes/cues.txt (with و/ف in front), or a
 * participle of one («لافتة», «مضيفاً»). A homograph («بين», «رد») counts only where a clause starts.
 */
import { clauseStart, type Context } from './context.js';

/**
 * The verb of word `i` (without و/ف in front): its lemma, where its letters start, whether it is
 * passive, and whether it is a participle («لافتة إلى أن», «مضيفاً أن», «قائلاً:»).
 */
export function verbAt(ctx: Context, i: number): { lemma: string; start: number; passive: boolean; participle: boolean } | null {
  const w = ctx.words[i]!;
  if (!w.word) return null;
  const { cues } = ctx;
  const look = (f: string, start: number): { lemma: string; start: number; passive: boolean; participle: boolean } | null => {
    const lemma = cues.verbs.get(f);
    // «وبين الوزير أن …» but not «بين الطرفين»: a homograph is a verb only where a clause starts.
    if (lemma) return cues.homographs.has(f) && !clauseStart(ctx, i) ? null : { lemma, start, passive: cues.passive.has(f), participle: false };
    const p = cues.participles.get(f);
    return p ? { lemma: p, start, passive: false, participle: true } : null;
  };
  const direct = look(w.fold, w.start);
  if (direct) return direct;
  if ((w.fold.startsWith('و') || w.fold.startsWith('ف')) && w.fold.length > 2) {
    // Past the clitic letter and any harakat on it.
    let s = w.start + 1;
    while (s < w.end && /\p{M}/u.test(ctx.text[s]!)) s++;
    return look(w.fold.slice(1), s);
  }
  return null;
}
