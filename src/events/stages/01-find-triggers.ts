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
    let best: Trigger | null = null;
    for (const list of [w.stem === null ? undefined : lex.triggers.get(w.stem), ...w.forms.map((f) => lex.triggers.get(KEY_MARK + f))]) {
      if (!list) continue;
      for (const t of list) {
        if (best && t.stems.length <= best.stems.length) continue;
        let k = 1;
        while (k < t.stems.length && fits(words[i + k], t.stems[k]!, t.keys[k]!)) k++;
        if (k === t.stems.length) best = t;
      }
    }
    if (!best) {
      i++;
      continue;
    }
    out.push({ trigger: best, from: i, to: i + best.stems.length, status: 'asserted', modes: [...best.modes] });
    i += best.stems.length;
  }
  return out;
}
