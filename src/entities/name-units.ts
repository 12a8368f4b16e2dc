/**
 * A name as units for linking short mentions to full ones: words, with a name particle kept with
 * the word after it. «رامي عبد الرحمن» → [رامي, عبد الرحمن]; «محمد بن سلمان» → [محمد, بن سلمان],
 * so «الرحمن» or «سلمان» alone never stands for those names.
 */
import type { RoleWords } from './role-words.js';

/** The units of a search key. */
export function nameUnits(key: string, roleWords: RoleWords): string[] {
  const words = key.split(' ').filter(Boolean);
  const units: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!;
    const cue = roleWords.cues.get(w)?.cue;
    if (cue?.kind === 'particle' && cue.skip === 0 && units.length > 0 && i < words.length - 1) units[0] = w + ' ' + units[0];
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
