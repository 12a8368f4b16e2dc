/**
 * Stage 2: triggers whose sentence is about something else. A sentence of sport reports no event
 * («هجوم الفريق», «سدد قذيفة»); one of culture no protest («تظاهرة ثقافية» is a festival); one
 * of an accident or a disease reports no attack unless a strong trigger says so («لقي مصرعه في حادث مروري» gives nothing; «انفجار عبوة ناسفة» stays). A weak
 * trigger stays only with a participant or a count beside it («هجوم على مسجد», «قتل ثلاثة»), not
 * alone («الهجوم خير وسيلة للدفاع»).
 */
import type { EventLexicon } from '../lexicon.js';
import { anyCue, isEventParticipant, type EventWord } from '../sentence-words.js';
import type { Candidate } from './candidate.js';

/** Words after a weak trigger in which a participant or a count must stand, and before it. */
const AFTER = 4;
const BEFORE = 3;

/** The candidates that the sentence's context keeps. */
export function dropContexts(lex: EventLexicon, words: readonly EventWord[], found: readonly Candidate[], named: ReadonlySet<number>): Candidate[] {
  if (!found.length) return [];
  if (anyCue(lex, 'sport', words, 0, words.length)) return [];
  const accident = anyCue(lex, 'accident', words, 0, words.length);
  const culture = anyCue(lex, 'culture', words, 0, words.length);
  return found.filter((c) => {
    if (accident && c.trigger.type === 'ASSAULT' && !c.trigger.strong) return false;
    if (c.trigger.type === 'PROTEST' && culture) return false;
    return c.trigger.strong || supported(lex, words, c, named);
  });
}

/** A participant (a named entity or an event's participant noun) or a number near the trigger. */
function supported(lex: EventLexicon, words: readonly EventWord[], c: Candidate, named: ReadonlySet<number>): boolean {
  for (let i = Math.max(0, c.from - BEFORE); i < Math.min(words.length, c.to + AFTER); i++) {
    if (i >= c.from && i < c.to) continue;
    const w = words[i]!;
    if (w.number || named.has(i) || isEventParticipant(lex, w)) return true;
  }
  return false;
}
