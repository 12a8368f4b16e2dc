/**
 * The state of one pass of the quote finder, handed to each statement rule (statement-rules/):
 * the statements found so far, the quotations already read, the speaker to carry on, and the
 * quote of the last paragraph of direct quotes.
 */
import type { Entity } from '../core/entity-schema.js';
import type { Quote, Speaker } from '../core/quote-schema.js';
import { firstPerson, lastEntityBefore, perfectVerbAt, previousSentenceSubject, turnsTo } from './carried-subject.js';
import { clauseAfter } from './clause.js';
import { COMMAS, type Context } from './context.js';
import { entitySpeaker } from './subject.js';
import { verbAt } from './verb-at.js';

export type Who = { speaker: Speaker | null; role: Quote['role'] };

export class Finding {
  readonly quotes: Quote[] = [];
  /** Quotations (by index) a statement has taken. */
  readonly usedMarks = new Set<number>();
  private lastSpeaker: Speaker | null = null;
  private lastRole: Quote['role'] = null;
  /** Where the statement of the last speaker is told (its cue, else its words). */
  private lastSaid = -1;
  /** The quote of the last paragraph that held a direct quote, for quotes carried on. */
  lastDirect: Quote | null = null;
  /** A speech verb (word `at`) inside the clause just read, whose subject is the words from `from` up to it. */
  nested: { at: number; from: number } | null = null;
  /** Whether the text is an interview of questions and answers, and whom with (statement-rules/interview-answer.ts); read once. */
  interview: { person: Entity | null } | null | undefined = undefined;
  /** Statements of scripture cited, which no participle goes on with. */
  private readonly cited = new Set<Quote>();

  constructor(readonly ctx: Context) {}

  /**
   * Adds a statement; a speaker becomes one the speaker rules can go back to, and the one carried
   * on unless `carry` is false (the source of a closing «بحسب …» is not who «وأضاف» goes on with).
   */
  /** Adds a direct statement: a quotation opening the next paragraph goes on with its speaker. */
  pushDirect(q: Quote): void {
    this.push(q);
    this.lastDirect = q;
  }

  push(q: Quote, carry = true): void {
    const { ctx } = this;
    this.quotes.push(q);
    if (q.speaker) {
      ctx.speakers.push(q.speaker);
      ctx.speakerRoles.push(q.role);
      ctx.speakerMedia.push(q.medium);
      if (carry) {
        this.lastSpeaker = q.speaker;
        this.lastRole = q.role;
        this.lastSaid = q.cue?.start ?? q.start;
      }
    }
  }

  /**
   * Adds scripture cited (statement-rules/citation.ts): a statement of God or the Prophet that no one
   * goes on with; the words around it stay the writer's or the preacher's.
   */
  pushCited(q: Quote): void {
    this.quotes.push(q);
    this.cited.add(q);
  }

  /** The word that holds offset `at` (a cue may start after a clitic: «و|قال»), or the first after it. */
  wordAt(at: number): number {
    const { words } = this.ctx;
    let lo = 0;
    let hi = words.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (words[mid]!.end <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The first word of the sentence of word `i`, within its paragraph. */
  firstOfSentence(i: number): number {
    const { words } = this.ctx;
    let j = i;
    while (j > 0 && words[j - 1]!.sentence === words[i]!.sentence && !words[j]!.paraStart) j--;
    return j;
  }

  /**
   * The speaker when the words name none: after «من جهته» the entity just mentioned; the named
   * subject of the sentence before, when that one opens with a verb that agrees with the cue and no
   * one has spoken since («وعبّر مارك عن استيائه …. وقال: …»); else the last speaker; with no one
   * quoted before, the person the sentence before is about («وأعرب مدير المطار يوسف الظاهري عن
   * سعادته، مثمناً توجيهات … سليمان الحمدان. وأشار إلى أن»), else the last one named.
   */
  carry(sentenceFirst: number, cueStart: number): Who {
    const { ctx } = this;
    const { words } = ctx;
    const opens = cueStart < words[sentenceFirst]!.end;
    const silentSince = this.lastSaid < words[sentenceFirst]!.start;
    // «وأشاد جواو أرماندو بالاستعداد …، وقال إنه …»: a verb inside its sentence goes on with the
    // subject the sentence opened with, as for the sentence before (below), when no one has spoken
    // since it began; before a turn's entity too («من جانبها، عبّرت أسر الشهداء عن …، وأضافوا أن …»).
    if (!opens && silentSince) {
      const cue = this.wordAt(cueStart);
      const subject = cue > sentenceFirst ? previousSentenceSubject(ctx, sentenceFirst, cue) : null;
      if (subject) return subject;
    }
    // «من جهته دعا خطيب الجمعة صدر الدين القبانجي إلى …، فيما كشف عن …»: a turn is its sentence's
    // first statement's; a later cue of the sentence goes on with that statement's speaker.
    if (silentSince && turnsTo(ctx, sentenceFirst)) {
      const e = lastEntityBefore(ctx, words[sentenceFirst]!.start);
      if (e) return { speaker: entitySpeaker(e, true), role: e.role };
    }
    // The first word of the sentence before, when the verb opens its own sentence; else -1.
    const prev = sentenceFirst > 0 && opens ? this.firstOfSentence(sentenceFirst - 1) : -1;
    // No one has spoken since the sentence before began.
    if (prev >= 0 && this.lastSaid < words[prev]!.start) {
      const subject = previousSentenceSubject(ctx, prev, sentenceFirst);
      if (subject) return subject;
    }
    if (this.lastSpeaker) return { speaker: { ...this.lastSpeaker, carried: true }, role: this.lastRole };
    if (prev >= 0) {
      const p = firstPerson(ctx, words[prev]!.start, words[sentenceFirst]!.start);
      if (p) return { speaker: entitySpeaker(p, true), role: p.role };
    }
    const e = lastEntityBefore(ctx, cueStart);
    return e ? { speaker: entitySpeaker(e, true), role: e.role } : { speaker: null, role: null };
  }

  /** The first word in `[from, …)` before `end` that is a participle after a comma taking a clause of أن: «، مبينا أن», or -1. */
  reportingParticiple(from: number, end: number): number {
    const { ctx } = this;
    const { words } = ctx;
    for (let k = from + 1; k < words.length && words[k]!.end <= end; k++) {
      if (!COMMAS.has(words[k - 1]!.fold)) continue;
      const v = verbAt(ctx, k);
      if (v?.participle && clauseAfter(ctx, k, v.lemma, true)?.kind === 'that') return k;
    }
    return -1;
  }

  /**
   * «…، فيما أشاد عبدالله السيهاتي بفعاليات …، موضحاً أن …»: a participle at word `i` goes on with
   * the person named right after the verb of the clause a particle opened before it,
   * in its sentence and after the last statement's cue.
   */
  particleClauseSubject(first: number, i: number): Who | null {
    const { ctx } = this;
    const { words } = ctx;
    const last = this.quotes.findLast((q) => !this.cited.has(q));
    const after = last?.cue?.start ?? -1;
    for (let k = i - 1; k > first && words[k]!.start > after; k--) {
      const particle = words[k - 1]!.fold;
      const bare = particle.length > 3 && particle.startsWith('و') ? particle.slice(1) : particle;
      if (!ctx.cues.openingParticles.has(bare) || !perfectVerbAt(ctx, k)) continue;
      const next = words[k + 1];
      // A person only: after a passive («بينما استؤنفت الحركة الجوية») a thing stands there.
      const e = next && ctx.entities.find((x) => x.type === 'PERS' && (x.start === next.start || x.role?.start === next.start));
      return e ? { speaker: entitySpeaker(e, false), role: e.role } : null;
    }
    return null;
  }

  /** «بين المهندس السيد أنه …، موضحاً أنه …»: a participle goes on with the speaker of the statement before it in its sentence. */
  sameSentenceSpeaker(i: number): Who | null {
    const { words } = this.ctx;
    const last = this.quotes.findLast((q) => !this.cited.has(q));
    if (!last?.speaker || !last.cue) return null;
    // The first word from the statement's cue on, found by walking from the participle, not from the text's start.
    const cueStart = last.cue.start;
    let cueWord = i;
    if (words[i]!.start >= cueStart) while (cueWord > 0 && words[cueWord - 1]!.start >= cueStart) cueWord--;
    else while (cueWord < words.length && words[cueWord]!.start < cueStart) cueWord++;
    if (cueWord === words.length || words[cueWord]!.sentence !== words[i]!.sentence) return null;
    for (let k = cueWord + 1; k < i; k++) if (words[k]!.paraStart) return null;
    return { speaker: { ...last.speaker, carried: true }, role: last.role };
  }
}
