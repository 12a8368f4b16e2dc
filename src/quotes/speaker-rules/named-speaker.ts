/** The first person or organisation named: «أكد سمير الحلبي، مدير المرصد، …», with the role said of them there. */
import { entitySpeaker, SPEAKER_TYPES, type Speaking } from '../speaker.js';
import { speakerRole } from '../speaker-role.js';
import type { SubjectRegion } from '../subject-region.js';

export function namedSpeaker(r: SubjectRegion): Speaking | null {
  const person = r.group ? undefined : r.ents.find((e) => SPEAKER_TYPES.has(e.type));
  return person ? { speaker: entitySpeaker(person, false), role: speakerRole(r.ctx, r.ctx.roles, person, r.from, r.to) } : null;
}
