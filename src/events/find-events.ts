/**
 * The events of an analysed document, sentence by sentence, on the PLOVER ontology. Each sentence
 * goes through the stages in order (src/events/stages):
 *   1. find-triggers: trigger words by stem («وشنت … غارات» → ASSAULT, aerial);
 *   2. drop-contexts: sport, accidents, and weak triggers with no participant or count beside them;
 *   3. status: negated, future (planned, called for, threatened), hypothetical, historical, asserted;
 *   4. merge: one event per type and status in a sentence;
 *   5. participants: actor and recipient;
 *   6. setting: place, time and counts.
 */
import type { AnalysedDocument } from '../core/document.js';
import type { ArticleEvent, Participant } from '../core/event-schema.js';
import type { Quantity } from '../core/quantity-schema.js';
import type { Span } from '../core/types.js';
import { placeInfo } from '../text/places.js';
import { defaultEventLexicon, type EventLexicon } from './lexicon.js';
import { sentenceWords, type EventWord } from './sentence-words.js';
import { findTriggers } from './stages/01-find-triggers.js';
import { dropContexts } from './stages/02-drop-contexts.js';
import { readStatus } from './stages/03-status.js';
import { mergeCandidates } from './stages/04-merge.js';
import { eventParticipants, participantPhrases, type Phrase } from './stages/05-participants.js';
import { countsOf, placeOf, timeOf } from './stages/06-setting.js';
import type { Candidate } from './stages/candidate.js';

export interface FindEventsOptions {
  lexicon?: EventLexicon;
  /** The article's quantities (src/quantities), for the counts. */
  quantities?: readonly Quantity[];
  /** The article's day (YYYY-MM-DD): an event's time when its sentence has none, and the year before which events are history. */
  day?: string | null;
}

/** The document's events, in text order. */
export function findEvents(doc: AnalysedDocument, options: FindEventsOptions = {}): ArticleEvent[] {
  const lex = options.lexicon ?? defaultEventLexicon();
  const day = options.day ?? null;
  const year = day ? Number(day.slice(0, 4)) : null;
  const out: ArticleEvent[] = [];
  let next = 0;
  for (let s = 0; s < doc.sentences.length; s++) {
    const read = sentenceWords(doc, s, next);
    next = read.next;
    const words = read.words;
    markCounts(words, options.quantities ?? [], doc.sentences[s]!);
    const found = findTriggers(lex, words);
    if (!found.length) continue;
    const sentence = doc.sentences[s]!;
    const entityAt = entitiesByWord(doc, words, sentence);
    const named = new Set<number>();
    entityAt.forEach((e, i) => e >= 0 && doc.entities[e]!.type !== 'LOC' && named.add(i));
    const kept = mergeCandidates(readStatus(lex, words, dropContexts(lex, words, found, named), year));
    if (!kept.length) continue;
    const places = new Set<number>();
    const countries = new Set<number>();
    const persons = new Set<number>();
    entityAt.forEach((e) => {
      if (e < 0 || places.has(e) || persons.has(e)) return;
      const { type, text } = doc.entities[e]!;
      if (type === 'PERS') persons.add(e);
      if (type !== 'LOC') return;
      places.add(e);
      if (placeInfo(text)?.kind === 'country') countries.add(e);
    });
    // Triggers and times are no participants.
    const blocked = new Uint8Array(words.length);
    for (const c of found) blocked.fill(1, c.from, c.to);
    for (const t of doc.times) {
      if (t.end <= sentence.start || t.start >= sentence.end) continue;
      words.forEach((w, i) => t.start < w.end && w.start < t.end && (blocked[i] = 1));
    }
    const phrases = participantPhrases(lex, words, entityAt, places, countries, persons, doc.text, blocked);
    const counts = countsOf(lex, words, options.quantities ?? [], sentence);
    const time = timeOf(doc.times, sentence);
    const sentenceRead = { lex, words, phrases, text: doc.text, blocked, triggers: found };
    for (const c of kept) {
      const { actor, recipient } = eventParticipants(sentenceRead, c);
      const start = words[c.from]!.start;
      const place = placeOf(doc, sentence, start);
      out.push({
        type: c.trigger.type,
        mode: c.modes,
        context: [],
        trigger: span(doc.text, start, words[c.to - 1]!.end),
        actor: participant(doc, words, actor),
        recipient: participant(doc, words, recipient),
        place: place ? span(doc.text, place.start, place.end) : null,
        time: time ? { text: time.text, start: time.start, end: time.end, value: time.value ?? null } : day ? { text: null, start: null, end: null, value: day } : null,
        counts: c.trigger.type === 'ASSAULT' || c.trigger.type === 'COERCE' ? counts : { killed: null, injured: null, arrested: null, displaced: null },
        status: c.status,
        negated: c.status === 'negated',
        sentence: { start: sentence.start, end: sentence.end },
        confidence: confidence(c, actor),
      });
    }
  }
  return out;
}

/** Marks the number words of the quantities as numbers («ثلاثة مقيمين»: «ثلاثة»), not their counted noun. */
function markCounts(words: EventWord[], quantities: readonly Quantity[], sentence: Span): void {
  for (const q of quantities) {
    if (q.end <= sentence.start || q.start >= sentence.end) continue;
    for (const w of words) {
      if (w.start < q.start || w.end > q.end) continue;
      if (q.unit !== null && w.end === q.end && w.start > q.start) continue;
      w.number = true;
    }
  }
}

/** For each word, the index of the entity mention it lies in, or -1. */
function entitiesByWord(doc: AnalysedDocument, words: readonly EventWord[], sentence: Span): number[] {
  const at = new Array<number>(words.length).fill(-1);
  doc.entities.forEach((e, k) => {
    if (e.end <= sentence.start || e.start >= sentence.end) return;
    for (let i = 0; i < words.length; i++) if (words[i]!.end > e.start && words[i]!.start < e.end) at[i] = k;
  });
  return at;
}

function span(text: string, start: number, end: number): { text: string; start: number; end: number } {
  return { text: text.slice(start, end), start, end };
}

/** A participant phrase as the record gives it: its words' span, and its entity's id and codes. */
function participant(doc: AnalysedDocument, words: readonly EventWord[], p: Phrase | null): Participant | null {
  if (!p) return null;
  const e = p.entity === null ? null : doc.entities[p.entity]!;
  const start = Math.min(words[p.from]!.start, e?.start ?? Infinity);
  const end = Math.max(words[p.to - 1]!.end, e?.end ?? 0);
  return { ...span(doc.text, start, end), canonical: e?.canonical ?? null, name: e?.name ?? null, type: e?.type ?? null, country: e?.country ?? null, sector: e?.sector ?? null };
}

/** How sure the rules are: a strong trigger more than a weak one, a named actor more than none. */
function confidence(c: Candidate, actor: Phrase | null): number {
  const base = c.trigger.strong ? 0.7 : 0.5;
  return Math.round((base + (actor ? 0.1 : 0) + (c.status === 'asserted' ? 0.1 : 0)) * 100) / 100;
}
