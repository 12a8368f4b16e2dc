/** «من جهته، أكد الوزير»: the person the article gave that role («وزير الزراعة مازن الشامي»). */
import { personByTitle } from '../back-reference.js';
import { entitySpeaker, type Speaking } from '../speaker.js';
import type { SubjectRegion } from '../subject-region.js';

export function personTitled(r: SubjectRegion): Speaking | null {
  const titled = !r.group && r.first.word ? personByTitle(r.ctx, r.first.fold, r.first.start) : null;
  return titled ? { speaker: entitySpeaker(titled, true), role: titled.role } : null;
}
