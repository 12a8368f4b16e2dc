/**
 * Applies the verdicts to an article's lines: chrome leaves the body, a reporter line fills the
 * byline, a place or agency line the dateline, a date line the publication date; a line whose
 * opening or ending is chrome keeps the rest. Ranges are `[start, end)` in the caller's text.
 */
import type { LineVerdict } from './judge-lines.js';

export interface CleanedLines {
  /** The body lines that remain, trimmed of chrome openings and endings. */
  kept: Array<[number, number]>;
  /** What was taken out, with its kind. */
  removed: Array<{ start: number; end: number; kind: string; evidence: LineVerdict['evidence'] }>;
  byline: [number, number] | null;
  dateline: [number, number] | null;
  /** The first date line's range (its text fills `published` when the source gave none). */
  date: [number, number] | null;
}

const trimRange = (text: string, a: number, b: number): [number, number] => {
  while (a < b && /[\s\u200B-\u200F\uFEFF]/u.test(text[a]!)) a++;
  while (b > a && /[\s\u200B-\u200F\uFEFF]/u.test(text[b - 1]!)) b--;
  return [a, b];
};

/** Sorts lines `[start, end)` of `text` into body and chrome by their verdicts. */
export function applyVerdicts(text: string, lines: ReadonlyArray<readonly [number, number]>, verdicts: ReadonlyArray<LineVerdict | null>): CleanedLines {
  const out: CleanedLines = { kept: [], removed: [], byline: null, dateline: null, date: null };
  lines.forEach(([a, b], i) => {
    const v = verdicts[i];
    if (!v) return void out.kept.push([a, b]);
    const [cs, ce] = trimRange(text, a + v.start, a + v.end);
    if (cs >= ce) return void out.kept.push([a, b]);
    if (v.kind === 'byline' && !out.byline) out.byline = [cs, ce];
    else if (v.kind === 'dateline' && !out.dateline) out.dateline = [cs, ce];
    else if (v.kind === 'date' && !out.date) out.date = [cs, ce];
    out.removed.push({ start: cs, end: ce, kind: v.kind, evidence: v.evidence });
    // The rest of a line whose opening or ending was chrome stays in the body (up to a second chrome part at its end).
    const tail = v.also ? trimRange(text, a + v.also.start, b) : null;
    const before = trimRange(text, a, a + v.start);
    const after = trimRange(text, a + v.end, tail ? a + v.also!.start : b);
    if (before[0] < before[1]) out.kept.push(before);
    if (after[0] < after[1]) out.kept.push(after);
    if (tail && tail[0] < tail[1]) out.removed.push({ start: tail[0], end: tail[1], kind: v.also!.kind, evidence: v.also!.evidence });
  });
  return out;
}
