/**
 * A role given as subject, with no name: the person the article gave that role before, by its
 * first two words («من جهته قال قائد القوة الجوية العراقية إن …» → the person named «قائد القوة
 * الجوية» earlier), as the role said of them or as the words right after their name with no comma
 * between («توقع الدكتور عبدالمنعم السيد مدير مركز القاهرة …»). One word is not enough here:
 * «رئيس» alone may be anyone's.
 */
import { roleKind } from '../context.js';
import { fold } from '../cues.js';
import { entitySpeaker, type Speaking } from '../speaker.js';
import type { SubjectRegion } from '../subject-region.js';

const bare = (w: string): string => w.replace(/^ال/, '');

export function roleHolder(r: SubjectRegion): Speaking | null {
  const { ctx, to } = r;
  // An honorific before the office is no word of the role the article gave («معالي مدير الأمن»).
  let from = r.from;
  while (from + 2 < to && roleKind(ctx, ctx.words[from]!) === 'title') from++;
  const first = ctx.words[from]!;
  const second = ctx.words[from + 1];
  if (r.group || !first.word || !second?.word || from + 1 >= to) return null;
  const want = [bare(first.fold), bare(second.fold)];
  const holder = [...ctx.entities].reverse().find((e) => {
    if (e.end > first.start || e.type !== 'PERS') return false;
    if (e.role) {
      const words = fold(e.role.text).split(/\s+/).map(bare);
      for (let i = 0; i + 1 < words.length; i++) if (words[i] === want[0] && words[i + 1] === want[1]) return true;
    }
    // The role right after the name: «عبدالمنعم السيد مدير مركز القاهرة».
    const j = ctx.words.findIndex((w) => w.start >= e.end);
    const [a, b] = [ctx.words[j], ctx.words[j + 1]];
    return j >= 0 && a !== undefined && b !== undefined && a.start < first.start && ctx.text.slice(e.end, a.start).trim() === '' && a.word && b.word && bare(a.fold) === want[0] && bare(b.fold) === want[1];
  });
  return holder ? { speaker: entitySpeaker(holder, true), role: holder.role } : null;
}
