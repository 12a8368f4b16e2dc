/**
 * Facet counts over the whole matched set: outlets, photo credits, publication months and days,
 * entities (each with its weekly counts, for a sparkline), quoted speakers, event types and modes,
 * and the actors of events.
 */
import { forEachBit, type Bitset } from './bitset.js';
import type { DocTable } from './doc-table.js';
import { isoDay } from '../../text/iso-day.js';

export interface FacetValue {
  value: string;
  count: number;
}

/** An entity facet value: `value` is the canonical id (for `entity:`), with the entity's type and name. */
export interface EntityFacetValue extends FacetValue {
  type: string;
  name: string;
}

/** An entity facet value with its matches per week of {@link Facets.weeks}. */
export interface TrendFacetValue extends EntityFacetValue {
  weeks: number[];
}

export interface Facets {
  outlet: FacetValue[];
  credit: FacetValue[];
  /** Chronological. */
  month: FacetValue[];
  /** Chronological, as YYYY-MM-DD: matches per publication day (days without any left out). */
  day: FacetValue[];
  /** Articles mentioning each entity, most first, with their counts per week of `weeks`. */
  entity: TrendFacetValue[];
  /** Articles quoting each speaker, most first (`value` for `said:`; type GROUP for an unnamed one). */
  speaker: EntityFacetValue[];
  /** Articles telling each kind of event as done, most first: `ASSAULT`, and `ASSAULT/aerial` for its modes (`value` for `event:`). */
  event: FacetValue[];
  /** Articles where each actor acts or is acted on in an event, most first (`value` for `actor:`). */
  actor: EntityFacetValue[];
  /** The first day (a Saturday, YYYY-MM-DD) of each week from the first match to the last; [] when no match has a day. */
  weeks: string[];
}

/** The week of a day number: weeks start on Saturday, as in most Arab countries (1970-01-03 was one). */
const weekOf = (day: number): number => Math.floor((day - 2) / 7);

/** The counts of `set`: the `top` most frequent outlets, credits and entities (named by `names`), every month. */
export function facets(table: DocTable, set: Bitset, names: (canonicals: string[]) => Map<string, { type: string; name: string }>, top = 20): Facets {
  const outlets = new Int32Array(table.outlets.list.length);
  const months = new Int32Array(table.months.list.length);
  const credits = new Int32Array(table.creditNames.list.length);
  const entities = new Int32Array(table.entityIds.list.length);
  const speakers = new Int32Array(table.entityIds.list.length);
  const actors = new Int32Array(table.entityIds.list.length);
  const events = new Int32Array(table.eventKeys.list.length);
  const days = new Map<number, number>();
  let firstDay = Infinity;
  let lastDay = -Infinity;
  forEachBit(set, (d) => {
    const day = table.day[d]!;
    if (day !== -1) {
      days.set(day, (days.get(day) ?? 0) + 1);
      if (day < firstDay) firstDay = day;
      if (day > lastDay) lastDay = day;
    }
    table.speakers.countInto(d, speakers);
    table.actors.countInto(d, actors);
    table.events.countInto(d, events);
    const o = table.outlet[d]!;
    if (o >= 0) outlets[o]!++;
    const m = table.month[d]!;
    if (m >= 0) months[m]!++;
    table.credits.countInto(d, credits);
    table.entities.countInto(d, entities);
  });
  const list = (counts: Int32Array, names: string[]): FacetValue[] => {
    const out: FacetValue[] = [];
    counts.forEach((count, i) => {
      if (count > 0) out.push({ value: names[i]!, count });
    });
    return out;
  };
  const byCount = (a: FacetValue, b: FacetValue): number => b.count - a.count || (a.value < b.value ? -1 : 1);
  const topEntities = topOf(entities, table.entityIds.list, top);
  const topSpeakers = topOf(speakers, table.entityIds.list, top);
  const topActors = topOf(actors, table.entityIds.list, top);
  const named = names([...topEntities, ...topSpeakers, ...topActors].map((e) => e.value));
  const name = (e: FacetValue): EntityFacetValue => ({ ...e, type: named.get(e.value)?.type ?? '', name: named.get(e.value)?.name ?? e.value });
  // Weekly counts of the top entities: one more pass over the matches, for those only.
  const firstWeek = Number.isFinite(firstDay) ? weekOf(firstDay) : 0;
  const nWeeks = Number.isFinite(firstDay) ? weekOf(lastDay) - firstWeek + 1 : 0;
  // Each entity id's row in `trend`, or -1.
  const slot = new Int32Array(table.entityIds.list.length).fill(-1);
  topEntities.forEach((e, i) => (slot[table.entityIds.get(e.value)!] = i));
  const trend = new Int32Array(topEntities.length * nWeeks);
  if (nWeeks > 0 && topEntities.length) {
    const { pool, start, length } = table.entities;
    forEachBit(set, (d) => {
      const day = table.day[d]!;
      if (day === -1 || d >= length.length) return;
      const w = weekOf(day) - firstWeek;
      for (let i = start[d]!, end = i + length[d]!; i < end; i++) {
        const k = slot[pool[i]!]!;
        if (k >= 0) trend[k * nWeeks + w]!++;
      }
    });
  }
  return {
    entity: topEntities.map((e, k) => ({ ...name(e), weeks: Array.from(trend.subarray(k * nWeeks, (k + 1) * nWeeks)) })),
    speaker: topSpeakers.map(name),
    event: list(events, table.eventKeys.list).sort(byCount),
    actor: topActors.map(name),
    day: [...days].sort((a, b) => a[0] - b[0]).map(([day, count]) => ({ value: isoDay(day), count })),
    weeks: Array.from({ length: nWeeks }, (_, w) => isoDay((firstWeek + w) * 7 + 2)),
    outlet: list(outlets, table.outlets.list).sort(byCount).slice(0, top),
    credit: list(credits, table.creditNames.list).sort(byCount).slice(0, top),
    month: list(months, table.months.list).sort((a, b) => (a.value < b.value ? -1 : 1)),
  };
}

/**
 * The `top` values with the highest counts, most first (ties by value), without a value object for
 * every counted one: entity counts run to tens of thousands, of which a facet shows twenty.
 */
export function topOf(counts: Int32Array, names: readonly string[], top: number): FacetValue[] {
  // The kept ids, best first; a count must beat the last kept one to get in.
  const kept: number[] = [];
  const before = (i: number, j: number): boolean => counts[i]! > counts[j]! || (counts[i] === counts[j] && names[i]! < names[j]!);
  for (let i = 0; i < counts.length; i++) {
    if (counts[i] === 0) continue;
    if (kept.length === top && !before(i, kept[top - 1]!)) continue;
    let at = kept.length === top ? top - 1 : kept.length;
    while (at > 0 && before(i, kept[at - 1]!)) at--;
    kept.splice(at, 0, i);
    if (kept.length > top) kept.pop();
  }
  return kept.map((i) => ({ value: names[i]!, count: counts[i]! }));
}
