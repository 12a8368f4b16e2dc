/**
 * A quotation no verb before it claimed: «…»، قال X (or «بحسب/وفق X») after it; else after a word
 * of saying («فردد الكلمات نفسها بقوله: «…»»), the sentence's subject's; else after a colon ending
 * a clause that opens with a verb and a name («وواصل الدغريري في سرد معاناة شقيقه: «…»»), that
 * name's; else, opening a paragraph after a paragraph of quotes, the same speaker going on; else,
 * eight words or more, a statement with no speaker. The quotation is read once either way.
 */
import { MIN_QUOTE_WORDS, wordCount } from '../clause.js';
import { COMMAS, span } from '../context.js';
import type { Finding } from '../finding.js';
import { afterPhraseAt } from '../reported.js';
import type { Quote, Speaker } from '../../core/quote-schema.js';
import { agreementOf, sentenceSubject, subjectBefore } from '../carried-subject.js';
import { subjectIn } from '../subject.js';
import { verbAt } from '../verb-at.js';

/** The word of saying right before the quotation at word `i` (a colon between or not), not opening its sentence; else -1. */
function sayingBefore(f: Finding, i: number): number {
  const { words, cues } = f.ctx;
  const k = i - 1 >= 0 && words[i - 1]!.fold === ':' ? i - 2 : i - 1;
  if (k <= 0 || words[k]!.sentence !== words[i]!.sentence || !cues.saying.has(words[k]!.fold)) return -1;
  return f.firstOfSentence(k) < k ? k : -1;
}

/** The sentence from word `first` opens with a verb of the third person (و/ف in front or not) before word `to`. */
function opensWithVerb(f: Finding, first: number, to: number): boolean {
  const w = f.ctx.words[first]!;
  return first + 1 < to && w.word && agreementOf(f.ctx, w.fold) !== null;
}

/** Words right after the verb that may name its subject («رفض بلان | الإجابة …»). */
const SUBJECT_WORDS = 3;

/** The person or organisation named right after the sentence's first word, its verb (a name the tagger missed read by the speaker rules). */
function namedAfterVerb(f: Finding, first: number, to: number): { speaker: Speaker; role: Quote['role'] } | null {
  const found = subjectIn(f.ctx, first + 1, Math.min(to, first + 1 + SUBJECT_WORDS), null);
  return found.speaker?.type ? { speaker: found.speaker, role: found.role } : null;
}

/** A quotation with no verb around it counts as a statement (speaker unknown) from this many words. */
const MIN_BARE_WORDS = 8;

export function quotationFirst(f: Finding, i: number): number | null {
  const { ctx } = f;
  const { words, text, marks } = ctx;
  const m = ctx.markAt.get(i);
  if (m === undefined || f.usedMarks.has(m)) return null;
  const mk = marks[m]!;
  f.usedMarks.add(m);
  const count = wordCount(ctx, m);
  let j = i;
  while (j + 1 < words.length && words[j + 1]!.start < mk.end) j++;
  const afterAt = j + 1 < words.length && COMMAS.has(words[j + 1]!.fold) ? j + 2 : j + 1;
  const inner = span(text, mk.innerStart, mk.innerEnd);
  if (count >= MIN_QUOTE_WORDS && afterAt < words.length && words[afterAt]!.sentence === words[j]!.sentence) {
    const v = verbAt(ctx, afterAt);
    const p = v ? -1 : (afterPhraseAt(ctx, afterAt)?.from ?? -1);
    if (v || p >= 0) {
      const cueEnd = v ? words[afterAt]!.end : words[p - 1]!.end;
      const cueStart = v ? v.start : words[afterAt]!.start;
      const lemma = v ? v.lemma : text.slice(cueStart, cueEnd);
      const from = v ? afterAt + 1 : p;
      let to = from;
      while (to < words.length && words[to]!.sentence === words[afterAt]!.sentence && !words[to]!.paraStart && words[to]!.fold !== '.') to++;
      const found = subjectIn(ctx, from, to, v?.lemma ?? null);
      const who = found.speaker ? { speaker: found.speaker, role: found.role } : found.explicit || v?.passive ? { speaker: null, role: null } : f.carry(f.firstOfSentence(i), cueStart);
      f.pushDirect({ ...inner, kind: 'direct', speaker: who.speaker, role: who.role, cue: { ...span(text, cueStart, cueEnd), lemma }, medium: found.medium });
      return j;
    }
  }
  // «… فردد الكلمات نفسها بقوله: «…»»: a word of saying before the quotation gives it to the
  // sentence's subject, though the verb it follows is no verb of speech.
  const saying = sayingBefore(f, i);
  if (saying >= 0 && count >= MIN_QUOTE_WORDS) {
    const first = f.firstOfSentence(saying);
    const who = subjectBefore(ctx, first, saying) ?? sentenceSubject(ctx, first, saying) ?? f.carry(first, words[saying]!.start);
    f.pushDirect({ ...inner, kind: 'direct', speaker: who.speaker, role: who.role, cue: { ...span(text, words[saying]!.start, words[saying]!.end), lemma: 'قال' }, medium: null });
    return j;
  }
  // «وواصل الدغريري في سرد معاناة شقيقه: «…»»: a clause that opens with a verb and its subject and
  // ends on a colon introduces the subject's words, though the verb is no verb of speech.
  const colon = i - 1;
  if (count >= MIN_QUOTE_WORDS && colon > 0 && words[colon]!.fold === ':' && words[colon - 1]!.sentence === words[i]!.sentence) {
    const first = f.firstOfSentence(colon);
    const who = opensWithVerb(f, first, colon) ? namedAfterVerb(f, first, colon) : null;
    if (who?.speaker) {
      f.pushDirect({ ...inner, kind: 'direct', speaker: who.speaker, role: who.role, cue: null, medium: null });
      return j;
    }
  }
  if (words[i]!.paraStart && f.lastDirect && count >= MIN_QUOTE_WORDS) {
    // «…» opening a paragraph right after a paragraph of quotes: the same speaker goes on.
    const prev = f.lastDirect;
    f.push({ ...inner, kind: 'direct', speaker: prev.speaker ? { ...prev.speaker, carried: true } : null, role: prev.role, cue: null, medium: null });
  } else if (count >= MIN_BARE_WORDS) {
    f.pushDirect({ ...inner, kind: 'direct', speaker: null, role: null, cue: null, medium: null });
  }
  return j;
}
