/**
 * Stage 4: one event per type and status in a sentence. «قتل ثلاثة وأصيب خمسة في انفجار» is one
 * ASSAULT, told by three triggers; the first strong one names it, and the modes and the other
 * triggers of all are kept.
 */
import type { Candidate } from './candidate.js';

/** The candidates merged by type and status, in text order of their first trigger; a merged one has all its triggers as `told`. */
export function mergeCandidates(found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of found) {
    const same = out.findIndex((o) => o.trigger.type === c.trigger.type && o.status === c.status);
    if (same < 0) {
      out.push({ ...c, modes: [...c.modes] });
      continue;
    }
    const o = out[same]!;
    const modes = [...new Set([...o.modes, ...c.modes])];
    // Every trigger of the event is kept, in text order: its participants may be named at any.
    const told = [...(o.told ?? [o]), c];
    // A strong trigger names the event over a weak one before it: «قتل 3 في غارة» → «غارة».
    out[same] = { ...(!o.trigger.strong && c.trigger.strong ? c : o), modes, told };
  }
  return out;
}
