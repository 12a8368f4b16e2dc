/**
 * Stage 1: the trigger words of a sentence, by stem, the longest phrase first (earlier lines of the
 * file break ties): «وشنت طائرات التحالف غارات» → «غارات» (ASSAULT, aerial); «إطلاق النار» is one
 * trigger, not two.
 */
import { KEY_MARK, type EventLexicon, type Trigger } from '../lexicon.js';
import type { EventWord } from '../sentence-words.js';
import type { Candidate } from './candidate.js';

/** A phrase's word: by its stem, or by its search form where the analyser drops it («بدون»). */
function fits(w: EventWord | undefined, stem: string | null, key: string): boolean {
  return w !== undefined && (stem !== null ? w.stem === stem : w.forms.includes(key));
}

/** The sentence's triggers, in text order, none overlapping. */
export function findTriggers(lex: EventLexicon, words: readonly EventWord[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < words.length; ) {
    const w = words[i]!;
    let best = w.stem === null ? null : longest(lex.triggers.get(w.stem), words, i, null);
    for (const f of w.forms) best = longest(lex.triggers.get(KEY_MARK + f), words, i, best);
    if (!best) {
      i++;
      continue;
    }
    out.push({ trigger: best, from: i, to: i + best.stems.length, status: 'asserted', modes: [...best.modes] });
    i += best.stems.length;
  }
  return out;
}

/** The longest of `list`'s phrases that opens at word `i`, if longer than `best` (an earlier line wins a tie). */
function longest(list: readonly Trigger[] | undefined, words: readonly EventWord[], i: number, best: Trigger | null): Trigger | null {
  if (!list) return best;
  for (const t of list) {
    if (best && t.stems.length <= best.stems.length) continue;
    let k = 1;
    while (k < t.stems.length && fits(words[i + k], t.stems[k]!, t.keys[k]!)) k++;
    if (k === t.stems.length) best = t;
  }
  return best;
}
