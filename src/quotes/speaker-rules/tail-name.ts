/**
 * «وقال ولد الشيخ» after «الداه ولد الشيخ»: the last two words of a longer name the article gave
 * before, when exactly one person of three words or more fits.
 */
import { span } from '../context.js';
import { entitySpeaker, type Speaking } from '../speaker.js';
import type { SubjectRegion } from '../subject-region.js';
import { earlierPerson } from './earlier-person.js';

export function tailName(r: SubjectRegion): Speaking | null {
  const { words, text } = r.ctx;
  const a = r.first;
  const b = words[r.from + 1];
  if (r.group || !a.word || !b?.word || r.from + 1 >= r.to || a.fold.length < 2 || b.fold.length < 3) return null;
  const e = earlierPerson(r.ctx, a.start, (parts) => parts.length > 2 && parts[parts.length - 2] === a.fold && parts[parts.length - 1] === b.fold);
  return e ? { speaker: { ...entitySpeaker(e, false), ...span(text, a.start, b.end) }, role: e.role } : null;
}
