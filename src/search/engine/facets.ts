/** Facet counts over the whole matched set: outlets, photo credits, publication months and entities. */
import { forEachBit, type Bitset } from './bitset.js';
import type { DocTable } from './doc-table.js';

export interface FacetValue {
  value: string;
  count: number;
}

/** An entity facet value: `value` is the canonical id (for `entity:`), with the entity's type and name. */
export interface EntityFacetValue extends FacetValue {
  type: string;
  name: string;
}

export interface Facets {
  outlet: FacetValue[];
  credit: FacetValue[];
  /** Chronological. */
  month: FacetValue[];
  /** Articles mentioning each entity, most first. */
  entity: EntityFacetValue[];
}

/** The counts of `set`: the `top` most frequent outlets, credits and entities (named by `names`), every month. */
export function facets(table: DocTable, set: Bitset, names: (canonicals: string[]) => Map<string, { type: string; name: string }>, top = 20): Facets {
  const outlets = new Int32Array(table.outlets.list.length);
  const months = new Int32Array(table.months.list.length);
  const credits = new Int32Array(table.creditNames.list.length);
  const entities = new Int32Array(table.entityIds.list.length);
  forEachBit(set, (d) => {
    const o = table.outlet[d]!;
    if (o >= 0) outlets[o]!++;
    const m = table.month[d]!;
    if (m >= 0) months[m]!++;
    const c = table.credits.get(d);
    if (c) for (const id of c) credits[id]!++;
    const e = table.entities.get(d);
    if (e) for (const id of e) entities[id]!++;
  });
  const list = (counts: Int32Array, names: string[]): FacetValue[] => {
    const out: FacetValue[] = [];
    counts.forEach((count, i) => {
      if (count > 0) out.push({ value: names[i]!, count });
    });
    return out;
  };
  const byCount = (a: FacetValue, b: FacetValue): number => b.count - a.count || (a.value < b.value ? -1 : 1);
  const topEntities = list(entities, table.entityIds.list).sort(byCount).slice(0, top);
  const named = names(topEntities.map((e) => e.value));
  return {
    entity: topEntities.map((e) => ({ ...e, type: named.get(e.value)?.type ?? '', name: named.get(e.value)?.name ?? e.value })),
    outlet: list(outlets, table.outlets.list).sort(byCount).slice(0, top),
    credit: list(credits, table.creditNames.list).sort(byCount).slice(0, top),
    month: list(months, table.months.list).sort((a, b) => (a.value < b.value ? -1 : 1)),
  };
}
