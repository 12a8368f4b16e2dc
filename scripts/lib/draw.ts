// What the gold draws share (scripts/make-packets.ts, scripts/event-gold/make-packets.ts): the 15 days,
// the ids already in gold files, to be left out, and a seeded generator, so that a draw can be repeated.
import { readFileSync } from 'node:fs';
import { mulberry32 } from '../blind/prng.js';
import { saudiNewsNetZips, SNN_DIR } from './saudinewsnet.js';

/** The 15 SaudiNewsNet zips, or exit naming the folder when some are missing (`script` names the caller). */
export function allDays(script: string): string[] {
  const zips = saudiNewsNetZips();
  if (zips.length < 15) {
    console.error(`${script}: the 15 SaudiNewsNet zips are missing from ${SNN_DIR}`);
    process.exit(1);
  }
  return zips;
}

/** The article ids of gold files (JSON lines with an `id`, after a comment header). */
export function goldIds(files: readonly string[]): Set<string> {
  return new Set(files.flatMap((file) => readFileSync(file, 'utf8').split('\n').filter((l) => l.startsWith('{')).map((l) => (JSON.parse(l) as { id: string }).id)));
}

/** A seeded generator of numbers in [0, 1): mulberry32, as the blind set's generator draws. */
export const seededRandom = mulberry32;

/** Shuffles `list` in place with `random` (Fisher–Yates, from the end) and returns it. */
export function shuffle<T>(list: T[], random: () => number): T[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  return list;
}
