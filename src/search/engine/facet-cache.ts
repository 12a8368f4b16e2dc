/**
 * Facets of recent queries: paging through results, changing the sort, or the UI's entities page
 * asks for the same matched set again, and its facets (a pass over every match, then the entity
 * names from storage) cost more than the page itself. Keyed by the canonical query; every entry
 * goes when the store's generation changes; least recently used out first.
 */
import type { Facets } from './facets.js';

export class FacetCache {
  private readonly entries = new Map<string, Facets>();
  private generation = -1;

  constructor(private readonly max = 64) {}

  /** The facets of `key` at `generation`, or undefined; a new generation empties the cache. */
  get(key: string, generation: number): Facets | undefined {
    if (generation !== this.generation) {
      this.entries.clear();
      this.generation = generation;
      return undefined;
    }
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  /** Keeps `facets` (frozen: every caller shares them) for `key` at `generation`. */
  set(key: string, generation: number, facets: Facets): Facets {
    if (generation !== this.generation) {
      this.entries.clear();
      this.generation = generation;
    }
    if (this.max <= 0) return facets;
    this.entries.set(key, deepFreeze(facets));
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
    return facets;
  }

  /** Entries held now. */
  get size(): number {
    return this.entries.size;
  }
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
