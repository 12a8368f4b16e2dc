/** From an imperfect verb form to its past form, by the regular tense alternations, checked against the lexicon. */
import type { Lexicon } from './lexicon.js';
import { TAG } from './lexicon-tags.js';
import { isMuchRarer, type WordCounts } from './word-counts.js';

const PAST = TAG.verb | TAG.past;
/** The last root letter but one is weak: قول, ريد, ستطيع. */
const WEAK_MIDDLE = /[وي].$/u;

/**
 * The past forms an imperfect stem (the form without its prefix ي/ت/ن/ا) may come from, likeliest
 * first. Each names the verb type it covers.
 */
function candidates(stem: string): string[] {
  const out: string[] = [];
  if (stem.length >= 3 && WEAK_MIDDLE.test(stem)) {
    const hollow = stem.slice(0, -2) + 'ا' + stem.slice(-1); // يقول → قال, يزور → زار
    out.push(hollow, 'ا' + hollow); // يريد → اراد, يستطيع → استطاع
  }
  if (stem.length === 2) out.push('و' + stem); // يصل → وصل, يجب → وجب
  out.push(stem, 'ا' + stem); // يقتل → قتل, يشارك → شارك, يتم → تم; يعلن → اعلن, ينتخب → انتخب
  if (stem.startsWith('ؤ')) out.push('ا' + stem.slice(1)); // يؤكد → اكد
  if (stem.length === 2) out.push(stem[0] + 'ا' + stem[1]); // يكن → كان, يري → راي
  if (/[وي]$/u.test(stem)) out.push(stem.slice(0, -1) + 'ا'); // يدعو → دعا
  return out;
}

/**
 * The past form of a verb form: `يقتل` → `قتل`, `يقول` → `قال`, `يعلن` → `اعلن`, `يؤكد` → `اكد`.
 * Candidates must be past forms in the lexicon; the likeliest type wins unless its verb is much
 * rarer in the corpus than another's (`يعلن`: اعلن, not the rare علن). A form the lexicon lists as
 * a past (`اكد`, `تحدث`) stays, except after يؤ/تؤ/نؤ, where a past would have ا (تأكد).
 */
export function pastForm(verb: string, lexicon: Lexicon, counts: WordCounts): string {
  if ((lexicon.get(verb) ?? 0) & TAG.past && !/^[يتن]ؤ/u.test(verb)) return verb;
  if (verb.length < 3 || !/^[يتنا]/u.test(verb)) return verb;
  let pick: string | undefined;
  for (const c of candidates(verb.slice(1))) {
    if (c.length < 2 || ((lexicon.get(c) ?? 0) & PAST) !== PAST) continue;
    if (!pick || isMuchRarer(pick, c, counts)) pick = c;
  }
  return pick ?? verb;
}
