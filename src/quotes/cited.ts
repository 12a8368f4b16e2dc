/** Who scripture cited is from: God or the Prophet, by the words of respect after the name (data/quotes/cues.txt). */
import { phraseAt, type Context } from './context.js';
import { fold } from './cues.js';
import { verbAt } from './verb-at.js';

/**
 * Word `k` cites: a noun of saying («لقوله»), or a finite verb of saying whose lemma the file lists
 * as citing («قال», «يقول»); not «حذر النبي صلى الله عليه وسلم منها», where the Prophet is a subject
 * as any other. Returns the verb's lemma and where it starts past و/ف, or the noun itself. A caller
 * that has read the word's verb already passes it.
 */
export function citesAt(ctx: Context, k: number, v: ReturnType<typeof verbAt> = verbAt(ctx, k)): { lemma: string; start: number } | null {
  const w = ctx.words[k]!;
  if (ctx.cues.citing.has(w.fold)) return { lemma: w.fold, start: w.start };
  return v && !v.passive && !v.participle && ctx.cues.citing.has(fold(v.lemma)) ? { lemma: v.lemma, start: v.start } : null;
}

/**
 * The one cited from word `k`: a cited name and the words of respect after it («الله تعالى», «رسول
 * الله صلى الله عليه وسلم»), the words of respect alone («تعالى»), or a cited name alone (then only a
 * bracket or a colon may follow). `end` is the word index after them.
 */
export function citedAt(ctx: Context, k: number): { who: string; from: number; end: number; respect: boolean } | null {
  const w = ctx.words[k];
  const starts = ctx.cues.citationStarts;
  if (!w?.word || !(starts.has(w.fold) || ((w.fold[0] === 'و' || w.fold[0] === 'ف') && starts.has(w.fold.slice(1))))) return null;
  for (const c of ctx.cues.citations) {
    let after = k;
    for (const n of c.names) {
      const e = phraseAt(ctx, k, n);
      if (e >= 0) {
        after = e;
        break;
      }
    }
    for (const r of c.respect) {
      const e = phraseAt(ctx, after, r);
      if (e >= 0) return { who: c.who, from: k, end: e, respect: true };
    }
    if (after > k) return { who: c.who, from: k, end: after, respect: false };
  }
  return null;
}
