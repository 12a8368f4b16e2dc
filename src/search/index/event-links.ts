/**
 * One event told several times (in the headline and the body, in copies of a wire story, by
 * several outlets) is linked to its first telling, so that exports and counts take it once.
 *
 * Two tellings are one event when they have the same type, fall within a day of each other, and
 * nothing differs between them: the actor, the recipient, the place and the number killed are
 * each the same or unsaid on one side (or, for a participant, worded as a phrase on one side).
 * What they share must also be enough: nothing more within an article (its headline and its lead
 * tell one event, and a round-up's several events differ in place or party), one of those facts
 * within a story (near-duplicate articles), two across stories, since two outlets' air strikes on
 * one city on one day may well be two strikes.
 */
import type { EventRow } from './event-rows.js';
import { GROUP } from './doc-facts.js';

/** An earlier event the new one may be linked to, as the store keeps it. */
export interface LinkCandidate {
  /** The event's id, and the id of the first telling it is linked to (its own when none). */
  id: string;
  story: string;
  docno: number;
  n: number;
  cluster: number;
  day: number | null;
  actor: string | null;
  recipient: string | null;
  placeKey: string | null;
  killed: number | null;
}

/** The facts compared, as one side holds them. */
type Facts = Pick<LinkCandidate, 'actor' | 'recipient' | 'placeKey' | 'killed'>;

/**
 * How many facts the two share, or -1 when one differs. Participants named by a phrase, not a name
 * («حاجزا للشرطة», «عناصر الشرطة»), are worded as each outlet pleases: the same phrase is a fact
 * shared, two different ones are no difference.
 */
function shared(a: Facts, b: Facts): number {
  let n = 0;
  for (const k of ['actor', 'recipient', 'placeKey', 'killed'] as const) {
    const x = a[k];
    const y = b[k];
    if (x === null || y === null) continue;
    if (x !== y) {
      if ((k === 'actor' || k === 'recipient') && (isGroup(x) || isGroup(y))) continue;
      return -1;
    }
    n++;
  }
  return n;
}

const isGroup = (key: string | number): boolean => typeof key === 'string' && key.startsWith(GROUP);

/** The facts of a new row, keyed as candidates are. */
export function linkFacts(r: EventRow): Facts {
  return { actor: r.actor?.key ?? null, recipient: r.recipient?.key ?? null, placeKey: r.placeKey, killed: r.killed };
}

/**
 * The story id of a new event of document `docno` in story `cluster`: the `story` of the earliest
 * candidate it is one event with (candidates are of the same type), or null when it is new.
 */
export function linkedStory(facts: Facts, day: number | null, docno: number, cluster: number, candidates: Iterable<LinkCandidate>): string | null {
  let best: LinkCandidate | null = null;
  for (const c of candidates) {
    const need = c.docno === docno ? 0 : c.cluster === cluster ? 1 : 2;
    if (need > 0 && (day === null || c.day === null || Math.abs(c.day - day) > 1)) continue;
    if (shared(facts, c) < need) continue;
    if (!best || c.docno < best.docno || (c.docno === best.docno && c.n < best.n)) best = c;
  }
  return best?.story ?? null;
}
