/**
 * A place or other name is the speaker when it is the subject itself: «قالت موسكو». Not after a
 * participle, whose words are its object: «داعياً الله أن …» is no statement of God's.
 */
import { entitySpeaker, SPEAKER_TYPES, type Speaking } from '../speaker.js';
import type { SubjectRegion } from '../subject-region.js';

export function placeAsSubject(r: SubjectRegion): Speaking | null {
  const lead = r.ents[0];
  if (r.group || r.participle || !lead || lead.start > r.first.end || SPEAKER_TYPES.has(lead.type)) return null;
  return { speaker: entitySpeaker(lead, false), role: lead.role };
}
