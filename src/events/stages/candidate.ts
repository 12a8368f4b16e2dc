/** A trigger found in a sentence, as the stages pass it on: its words, its status so far and its modes. */
import type { EventStatus } from '../../core/event-schema.js';
import type { Trigger } from '../lexicon.js';

export interface Candidate {
  trigger: Trigger;
  /** Its words, `[from, to)` in the sentence's words. */
  from: number;
  to: number;
  status: EventStatus;
  modes: string[];
  /** Where several triggers tell the event in the sentence (stage 4), all of them, in text order. */
  told?: Candidate[];
}
