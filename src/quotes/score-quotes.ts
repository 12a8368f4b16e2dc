/**
 * Scores found statements against expected ones (the golden fixtures of `npm run eval:quotes`): a
 * found quote matches an expected one when its text starts with the expected words (search form,
 * quotation marks aside); then its speaker, kind, cue and medium are compared.
 */
import { fold } from './cues.js';
import type { Quote } from '../core/quote-schema.js';

/** One expected statement: the first words of its text and what should be found about it. */
export interface ExpectedQuote {
  text: string;
  kind: Quote['kind'];
  /** The speaker's full name or group as the article gives it, or null when the article does not say. */
  speaker: string | null;
  cue: string | null;
  medium?: string | null;
  role?: string;
}

export interface QuoteScores {
  expected: number;
  found: number;
  /** Found quotes that match an expected one. */
  matched: number;
  /** Matched quotes whose speaker (null included) is right. */
  speakerRight: number;
  /** Found with a speaker / expected with a speaker / of those, right. */
  foundWithSpeaker: number;
  expectedWithSpeaker: number;
  speakerRightNamed: number;
  kindRight: number;
  cueRight: number;
  mediumExpected: number;
  mediumRight: number;
  roleExpected: number;
  roleRight: number;
  /** What went wrong, one line each. */
  misses: string[];
}

const bare = (s: string): string => fold(s).replace(/[«»“”"]/g, '').replace(/\s+/g, ' ').trim();

/** The speaker as compared: the canonical name of an entity, else the group's words. */
const speakerOf = (q: Quote): string | null => (q.speaker ? bare(q.speaker.name ?? q.speaker.text) : null);

export function scoreQuotes(cases: ReadonlyArray<{ id: string; found: readonly Quote[]; expected: readonly ExpectedQuote[] }>): QuoteScores {
  const s: QuoteScores = { expected: 0, found: 0, matched: 0, speakerRight: 0, foundWithSpeaker: 0, expectedWithSpeaker: 0, speakerRightNamed: 0, kindRight: 0, cueRight: 0, mediumExpected: 0, mediumRight: 0, roleExpected: 0, roleRight: 0, misses: [] };
  for (const c of cases) {
    s.expected += c.expected.length;
    s.found += c.found.length;
    const used = new Set<Quote>();
    for (const e of c.expected) {
      if (e.speaker !== null) s.expectedWithSpeaker++;
      if (e.medium) s.mediumExpected++;
      if (e.role) s.roleExpected++;
      const q = c.found.find((f) => !used.has(f) && bare(f.text).startsWith(bare(e.text)));
      if (!q) {
        s.misses.push(`${c.id}: not found: «${e.text}…» (${e.speaker ?? 'no speaker'})`);
        continue;
      }
      used.add(q);
      s.matched++;
      const want = e.speaker === null ? null : bare(e.speaker);
      const got = speakerOf(q);
      if (got !== null) s.foundWithSpeaker++;
      if (got === want) {
        s.speakerRight++;
        if (want !== null) s.speakerRightNamed++;
      } else s.misses.push(`${c.id}: «${e.text}…»: speaker ${JSON.stringify(q.speaker?.name ?? q.speaker?.text ?? null)}, expected ${JSON.stringify(e.speaker)}`);
      if (q.kind === e.kind) s.kindRight++;
      else s.misses.push(`${c.id}: «${e.text}…»: kind ${q.kind}, expected ${e.kind}`);
      if ((q.cue ? bare(q.cue.text) : null) === (e.cue === null ? null : bare(e.cue))) s.cueRight++;
      else s.misses.push(`${c.id}: «${e.text}…»: cue ${JSON.stringify(q.cue?.text ?? null)}, expected ${JSON.stringify(e.cue)}`);
      if (e.medium) {
        if (q.medium && bare(q.medium.text) === bare(e.medium)) s.mediumRight++;
        else s.misses.push(`${c.id}: «${e.text}…»: medium ${JSON.stringify(q.medium?.text ?? null)}, expected ${JSON.stringify(e.medium)}`);
      }
      if (e.role) {
        if (q.role && bare(q.role.text) === bare(e.role)) s.roleRight++;
        else s.misses.push(`${c.id}: «${e.text}…»: role ${JSON.stringify(q.role?.text ?? null)}, expected ${JSON.stringify(e.role)}`);
      }
    }
    for (const f of c.found) if (!used.has(f)) s.misses.push(`${c.id}: found but not expected: «${f.text.slice(0, 40)}…» (${f.speaker?.text ?? 'no speaker'})`);
  }
  return s;
}

/** Speaker precision and recall: a speaker found for a matched quote that is right, over speakers found and expected. */
export function speakerPR(s: QuoteScores): { precision: number; recall: number; f1: number } {
  const precision = s.foundWithSpeaker ? s.speakerRightNamed / s.foundWithSpeaker : 0;
  const recall = s.expectedWithSpeaker ? s.speakerRightNamed / s.expectedWithSpeaker : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
