/**
 * A photo's caption an export prints as a record's first line, where the outlet habitually opens
 * so: a short line that closes nothing and is no credit, above a paragraph («كارتر أثناء اجتماعه مع
 * البارزاني في اربيل»). One outlet of SaudiNewsNet opens 10.8% of its records so, no other more
 * than 1.5%: the habit, learned from the input's articles (chrome/profile.ts), is the evidence; an
 * outlet without it keeps such a line as its text (a subheading, a deck).
 */
import type { LineVerdict } from '../chrome/judge-lines.js';
import { opensWithCaptionShape, type ProfileCounts } from '../chrome/profile.js';

/** An outlet has the habit when this share of its articles open so … */
const HABIT_SHARE = 0.05;
/** … and at least this many. */
const HABIT_MIN = 5;

/** The index of the caption line opening the record ([] when it has none). */
export function headCaption(lines: readonly string[], verdicts: ReadonlyArray<LineVerdict | null>, p: ProfileCounts | null): number[] {
  if (!p || p.captionFirst < HABIT_MIN || p.captionFirst < p.n * HABIT_SHARE) return [];
  return !verdicts[0] && opensWithCaptionShape(lines) ? [0] : [];
}
