/**
 * A name as units for linking short mentions to full ones: words, with a name particle kept with
 * the word after it. «رامي عبد الرحمن» → [رامي, عبد الرحمن]; «محمد بن سلمان» → [محمد, بن سلمان],
 * so «الرحمن» or «سلمان» alone never stands for those names; «ابن سلمان» stands for the latter.
 */
import type { RoleWords } from './role-words.js';

/** The units of a search key. */
export function nameUnits(key: string, roleWords: RoleWords): string[] {
  const words = key.split(' ').filter(Boolean);
  const units: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!;
    const cue = roleWords.cues.get(w)?.cue;
    // «ابن علي» is the «بن علي» of «أحمد بن علي»: the nasab particle in one spelling.
    if (cue?.kind === 'particle' && cue.skip === 0 && units.length > 0 && i < words.length - 1) units[0] = (w === 'ابن' ? 'بن' : w) + ' ' + units[0];
    else units.unshift(w);
  }
  return units;
}

/** True when the units are only a name particle («بن», «أبو»), which never links on its own. */
export function onlyParticle(units: readonly string[], roleWords: RoleWords): boolean {
  return units.length === 1 && roleWords.cues.get(units[0]!)?.cue?.kind === 'particle';
}

/** Does `short` occur in `full` as a run of whole units? */
export function containsUnits(full: readonly string[], short: readonly string[]): boolean {
  if (short.length === 0 || short.length >= full.length) return false;
  outer: for (let i = 0; i + short.length <= full.length; i++) {
    for (let k = 0; k < short.length; k++) if (full[i + k] !== short[k]) continue outer;
    return true;
  }
  return false;
}

/** Letters of a unit from which a long vowel may be written or left out in transliteration. */
const MIN_SPELLED_LETTERS = 7;

/**
 * The unit without the long vowels inside it (not its first or last letter): two spellings of one
 * transliterated name («زنداميلا», «زانداميلا»; «لياييتش», «لييايتش») share it. Only for long single
 * words without the article, where Arabic names that differ by a vowel («عمر», «عامر») and a noun
 * and its nisba («الاتحاد», «الاتحادي») do not reach.
 */
export function spellingSkeleton(unit: string): string | null {
  if (unit.includes(' ') || unit.length < MIN_SPELLED_LETTERS || unit.startsWith('ال')) return null;
  return unit[0] + unit.slice(1, -1).replace(/[اويى]/gu, '') + unit[unit.length - 1];
}
