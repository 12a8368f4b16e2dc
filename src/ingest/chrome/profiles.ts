/**
 * The profiles of one run, by outlet (records that name one) or by input (a dump, an HTML page),
 * learned as articles arrive.
 */
import { emptyProfile, observeArticle, type ProfileCounts } from './profile.js';

export class Profiles {
  private readonly byKey = new Map<string, ProfileCounts>();

  /** The profile of `key`, created at first use. */
  get(key: string): ProfileCounts {
    let p = this.byKey.get(key);
    if (!p) this.byKey.set(key, (p = emptyProfile()));
    return p;
  }

  /** Counts one article's lines into the profile of `key`. */
  observe(key: string, lines: readonly string[]): void {
    observeArticle(this.get(key), lines);
  }
}

/** The profile key of an article: its outlet, else the input it came from. */
export function profileKey(outlet: string | null | undefined, path: string): string {
  return outlet ? `outlet:${outlet}` : `input:${path}`;
}
