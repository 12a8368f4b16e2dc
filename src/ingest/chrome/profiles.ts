/**
 * The profiles of one run, by outlet (records that name one) or by input (a dump, an HTML page):
 * learned as articles arrive, seeded from what the store remembered of the outlet, and handed
 * back to be remembered.
 */
import { emptyProfile, mergeProfile, observeArticle, type ProfileCounts } from './profile.js';

export class Profiles {
  private readonly byKey = new Map<string, ProfileCounts>();

  /** `remembered` gives what an earlier run learned of an outlet (read once per outlet). */
  constructor(private readonly remembered?: (key: string) => ProfileCounts | null) {}

  /** The profile of `key`, created (and seeded) at first use. */
  get(key: string): ProfileCounts {
    let p = this.byKey.get(key);
    if (!p) {
      p = emptyProfile();
      const saved = this.remembered?.(key);
      if (saved) mergeProfile(p, saved);
      this.byKey.set(key, p);
    }
    return p;
  }

  /** Counts one article's lines into the profile of `key`. */
  observe(key: string, lines: readonly string[]): void {
    observeArticle(this.get(key), lines);
  }

  /** Every profile of the run, by key. */
  entries(): IterableIterator<[string, ProfileCounts]> {
    return this.byKey.entries();
  }
}

/** The profile key of an article: its outlet, else the input it came from. */
export function profileKey(outlet: string | null | undefined, path: string): string {
  return outlet ? `outlet:${outlet}` : `input:${path}`;
}
