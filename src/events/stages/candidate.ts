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
}
