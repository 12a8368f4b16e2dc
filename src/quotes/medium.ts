/** The medium a statement was made in: «في تصريح لـ«الشرق الأوسط»», «خلال كلمته في افتتاح المنتدى», «في بيان». */
import { COMMAS, inTime, THAT, type Context } from './context.js';
import { suffixBases } from './word-shape.js';

/** The medium phrase starting at word `i` («في تصريح لـ«…»», «خلال مؤتمر صحافي»): its end word index, or -1. */
export function mediumAt(ctx: Context, i: number, limit: number): number {
  const w = ctx.words[i];
  if (!w || i >= limit) return -1;
  let f = w.fold;
  let j = i;
  // A medium needs its preposition: «في بيان», «ببيان»; «البيان» alone is a subject («قال البيان إن»).
  if (ctx.cues.mediumPreps.has(f)) j = i + 1;
  else if (f.length > 2 && f.startsWith('ب')) f = f.slice(1);
  else return -1;
  // «في أول تقرير», «في أحدث بيان»: an ordinal or superlative before the noun.
  if (j > i && j + 1 < limit && ctx.cues.mediumModifiers.has(ctx.words[j]!.fold)) j++;
  const head = ctx.words[j];
  if (!head || j >= limit) return -1;
  let h = j === i ? f : head.fold;
  if (h.startsWith('ال')) h = h.slice(2);
  // «تصريحات صحافية», «بيانه», «كلمتها», «لقائه», «تغريدة له»: the noun, maybe with a suffix.
  if (!suffixBases(h).some((b) => ctx.cues.media.has(b))) return -1;
  // Up to the next comma, or the clause; not the verb's preposition before it («في بيان | من أن»).
  let k = j + 1;
  while (k < limit && !COMMAS.has(ctx.words[k]!.fold) && !(ctx.cues.trailingPreps.has(ctx.words[k]!.fold) && THAT.has(ctx.words[k + 1]?.fold ?? ''))) {
    const m = ctx.markAt.get(k);
    if (m !== undefined) {
      // A quoted name in the medium («لـ«الشرق الأوسط»»): past its closing mark.
      const end = ctx.marks[m]!.end;
      while (k < limit && ctx.words[k]!.start < end) k++;
      continue;
    }
    k++;
  }
  return k;
}

/**
 * Where a medium phrase [i, end) ends as a statement reports it: before a time that ends it («في
 * بيان صحافي | اليوم») or a word that opens a phrase of time or relation («في تصريح صحفي | عقب
 * الزيارة», «في أول تقرير … | منذ عقدين»). A time inside it stays («خلال لقائه أمس في الرياض
 * المبعوث الأممي»), and the whole phrase counts where the finder skips a medium.
 */
export function reportedMediumEnd(ctx: Context, i: number, end: number): number {
  for (let k = i + 2; k < end; k++) {
    const w = ctx.words[k]!;
    if (inTime(ctx, w) ? ctx.words.slice(k, end).every((x) => inTime(ctx, x)) : ctx.cues.nameStops.has(w.fold)) return k;
  }
  return end;
}
