/**
 * Posts printed one after another on one page (a blog's front page, an archive): each headline is
 * followed by the same kind of meta line («Posted on July 26, 2015 by admin», «نشر في 22 يوليو
 * 2015 …»). Within a block, a short line holding a number whose opening (two words, in shape form)
 * recurs right under headline-like lines, with a paragraph between the recurrences, marks where
 * each post starts: the block is split at the headline above each recurrence but the first.
 */
import { countWords } from '../../text/count-words.js';
import { lineShape } from '../chrome/line-shape.js';
import type { DumpLine } from './dump-lines.js';
import { isParagraphLine } from './paragraph.js';

/** A meta line is at most this many words. */
const META_WORDS = 12;
/** A headline above it is at most this many words, and closes no sentence. */
const HEADLINE_WORDS = 20;
const headlineLike = (s: string): boolean => countWords(s, HEADLINE_WORDS + 1) <= HEADLINE_WORDS && !/[.!؟?:،,؛]["»”)]?$/u.test(s);

/** The block's lines cut at each post's headline (one part when the block holds one post). */
export function splitRepeatedMeta(text: string, lines: readonly DumpLine[]): DumpLine[][] {
  const surface = lines.map((l) => text.slice(l.start, l.end));
  const byOpening = new Map<string, number[]>();
  for (let i = 1; i < lines.length; i++) {
    const s = surface[i]!;
    if (s.length > 120 || !/\p{Nd}/u.test(s) || countWords(s, META_WORDS + 1) > META_WORDS || !headlineLike(surface[i - 1]!)) continue;
    const words = lineShape(s).split(' ');
    if (words.length < 3) continue;
    const key = `${words[0]} ${words[1]}`;
    const at = byOpening.get(key) ?? [];
    at.push(i);
    byOpening.set(key, at);
  }
  let cuts: number[] = [];
  for (const at of byOpening.values()) {
    if (at.length < 2) continue;
    // A paragraph between each recurrence and the next: posts, not a list of dated items.
    const posts = at.filter((i, k) => k === 0 || surface.slice(at[k - 1]! + 1, i - 1).some(isParagraphLine));
    if (posts.length >= 2 && posts.length > cuts.length + 1) cuts = posts.slice(1).map((i) => i - 1);
  }
  if (!cuts.length) return [lines.slice()];
  const parts: DumpLine[][] = [];
  let from = 0;
  for (const c of cuts) {
    parts.push(lines.slice(from, c));
    from = c;
  }
  parts.push(lines.slice(from));
  return parts;
}
