/**
 * A role given as subject, with no name: the person the article gave that role before, by its
 * first two words («من جهته قال قائد القوة الجوية العراقية إن …» → the person named «قائد القوة
 * الجوية» earlier). One word is not enough here: «رئيس» alone may be anyone's.
 */
import { fold } from '../cues.js';
import { entitySpeaker, type Speaking } from '../speaker.js';
import type { SubjectRegion } from '../subject-region.js';

const bare = (w: string): string => w.replace(/^ال/, '');

export function roleHolder(r: SubjectRegion): Speaking | null {
  const { ctx, first, from, to } = r;
  const second = ctx.words[from + 1];
  if (r.group || !first.word || !second?.word || from + 1 >= to) return null;
  const want = [bare(first.fold), bare(second.fold)];
  const holder = [...ctx.entities].reverse().find((e) => {
    if (e.end > first.start || e.type !== 'PERS' || !e.role) return false;
    const words = fold(e.role.text).split(/\s+/).map(bare);
    for (let i = 0; i + 1 < words.length; i++) if (words[i] === want[0] && words[i + 1] === want[1]) return true;
    return false;
  });
  return holder ? { speaker: entitySpeaker(holder, true), role: holder.role } : null;
}
