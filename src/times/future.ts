/**
 * Whether the sentence before a token speaks of the future: «سوف», or a verb with the prefix سـ
 * («وستعقد الجلسة يوم السبت», «سيلتقي»). A bare weekday in it is the next such day, not the last.
 * The verb is checked in the lexicon, so «سيارة», «سياسة» and «سيول» are no future.
 */
import { defaultLexicon } from '../text/lexicon.js';
import { TAG } from '../text/lexicon-tags.js';
import type { Context } from './candidate.js';
import { phraseAt } from './phrase-table.js';
import { SENTENCE_END } from './tokens.js';

/** Tokens looked back at most, within the sentence. */
const REACH = 12;
const PREFIXED = /^[وف]?س([يتن].{2,})$/u;

const isVerb = (w: string): boolean => {
  const lx = defaultLexicon();
  // The tokens are in the search form (ى → ي, أ → ا); the lexicon keeps ى and the hamza seat.
  // Only an imperfect the lexicon says takes the future سـ: «سيول» (torrents) is no «س + يول».
  return [w, w.replace(/ي$/u, 'ى'), w.replace(/ا$/u, 'أ')].some((v) => ((lx.get(v) ?? 0) & TAG.future) !== 0);
};

/** A future word or verb in the tokens before `i`, back to the start of its sentence. */
export function futureBefore(ctx: Context, i: number): boolean {
  const { toks, words } = ctx;
  for (let k = i - 1; k >= 0 && i - k <= REACH; k--) {
    const t = toks[k]!;
    if (t.kind === 'mark' && SENTENCE_END.test(t.text)) return false;
    if (t.kind !== 'word') continue;
    if (phraseAt(toks, k, words.future, true)) return true;
    const m = PREFIXED.exec(t.text);
    if (m && isVerb(m[1]!)) return true;
  }
  return false;
}
