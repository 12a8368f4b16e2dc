/**
 * The profiles of one run, by outlet (records that name one) or by input (a dump, an HTML page),
 * learned as articles arrive. An outlet's profile starts from what a store remembers of it, when
 * the run has one (`load`), and goes on counting; `outlets()` is what the store keeps afterwards.
 */
import { emptyProfile, observeArticle, type ProfileCounts } from './profile.js';

const OUTLET = 'outlet:';

export class Profiles {
  private readonly byKey = new Map<string, ProfileCounts>();

  /** `load`: what a store remembers of an outlet (given the outlet's name), or null. */
  constructor(private readonly load?: (outlet: string) => ProfileCounts | null) {}

  /** The profile of `key`, created (or read from the store) at first use. */
  get(key: string): ProfileCounts {
    let p = this.byKey.get(key);
    if (!p) this.byKey.set(key, (p = (key.startsWith(OUTLET) ? this.load?.(key.slice(OUTLET.length)) : null) ?? emptyProfile()));
    return p;
  }

  /** Counts one article's lines into the profile of `key`. */
  observe(key: string, lines: readonly string[]): void {
    observeArticle(this.get(key), lines);
  }

  /** The outlets' profiles of this run, by outlet name (an input's own profile is not kept). */
  outlets(): Array<[string, ProfileCounts]> {
    return [...this.byKey].filter(([k]) => k.startsWith(OUTLET)).map(([k, p]) => [k.slice(OUTLET.length), p]);
  }
}

/** The profile key of an article: its outlet, else the input it came from. */
export function profileKey(outlet: string | null | undefined, path: string): string {
  return outlet ? `${OUTLET}${outlet}` : `input:${path}`;
}
