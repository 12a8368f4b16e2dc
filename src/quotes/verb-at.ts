/**
 * The speech verb at a word: a form listed in data/quotes/cues.txt (with و/ف in front), or a
 * participle of one («لافتة», «مضيفاً»). A homograph («بين», «رد») counts only where a clause starts
 * or أن/إن follows it closely («بيّن المريبض أنه»; not «بين الطرفين»).
 */
import { clauseStart, THAT, type Context } from './context.js';

/** Words after a homograph within which أن/إن makes it a verb («وعن الحادث بيّن المريبض أنه»). */
const THAT_WITHIN = 3;

/** Does أن/إن follow word `i` within {@link THAT_WITHIN} words of its sentence? */
function thatSoon(ctx: Context, i: number): boolean {
  const { words } = ctx;
  for (let k = i + 1; k < words.length && k - i <= THAT_WITHIN && words[k]!.sentence === words[i]!.sentence; k++) {
    if (THAT.has(words[k]!.fold)) return true;
  }
  return false;
}

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
    if (lemma) return cues.homographs.has(f) && !clauseStart(ctx, i) && !thatSoon(ctx, i) ? null : { lemma, start, passive: cues.passive.has(f), participle: false };
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
