/**
 * A profile as stored (the store keeps each outlet's, so that a later single article from the
 * outlet is judged with what its earlier articles taught): JSON with the counts as [key, count]
 * pairs, checked when read back. Keys met in one article only are dropped before it is written.
 */
import { z } from 'zod';
import { emptyProfile, prune, type ProfileCounts } from './profile.js';

const Pairs = z.array(z.tuple([z.string(), z.number().int().positive()]));
const StoredProfile = z.object({
  n: z.number().int().nonnegative(),
  creditFirst: z.number().int().nonnegative(),
  // (Stored before it was counted: none.)
  captionFirst: z.number().int().nonnegative().default(0),
  line: Pairs,
  prefix: Pairs,
  suffix: Pairs,
  part: Pairs,
  tail: Pairs,
});

/** The JSON of a profile, without the keys one article alone carried. */
export function profileToJson(p: ProfileCounts): string {
  const copy: ProfileCounts = { ...p, line: new Map(p.line), prefix: new Map(p.prefix), suffix: new Map(p.suffix), part: new Map(p.part), tail: new Map(p.tail) };
  prune(copy);
  return JSON.stringify({ n: copy.n, creditFirst: copy.creditFirst, captionFirst: copy.captionFirst, line: [...copy.line], prefix: [...copy.prefix], suffix: [...copy.suffix], part: [...copy.part], tail: [...copy.tail] });
}

/** The profile of a stored JSON text; throws on one that does not fit (a store is checked at the edge). */
export function profileFromJson(json: string): ProfileCounts {
  const s = StoredProfile.parse(JSON.parse(json));
  return { ...emptyProfile(), n: s.n, creditFirst: s.creditFirst, captionFirst: s.captionFirst, line: new Map(s.line), prefix: new Map(s.prefix), suffix: new Map(s.suffix), part: new Map(s.part), tail: new Map(s.tail) };
}
