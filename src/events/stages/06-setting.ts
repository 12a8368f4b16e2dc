/**
 * Stage 6: where, when and how many. The place is the sentence's first place mention after the
 * trigger (else before it); the time its first time expression, else the article's day; the counts
 * are the sentence's quantities beside a word of killing, wounding, arrest or flight: «مقتل 12
 * شخصا» → killed 12, «أصيب 5 آخرون» → injured 5, «القبض على ثلاثة مقيمين» → arrested 3.
 */
import type { AnalysedDocument } from '../../core/document.js';
import type { EventCounts } from '../../core/event-schema.js';
import type { Quantity } from '../../core/quantity-schema.js';
import type { TimeExpression } from '../../core/time-schema.js';
import type { Span } from '../../core/types.js';
import type { EventLexicon } from '../lexicon.js';
import { isCue, type EventWord } from '../sentence-words.js';

/** Words on either side of a count in which its noun of killing, wounding or arrest stands. */
const COUNT_REACH = 3;
const COUNT_KINDS = ['killed', 'injured', 'arrested', 'displaced'] as const;

/** The first place mention of the sentence after `at` (else before it), as a span. */
export function placeOf(doc: AnalysedDocument, sentence: Span, at: number): Span | null {
  const places = doc.entities.filter((e) => e.type === 'LOC' && e.start >= sentence.start && e.end <= sentence.end);
  return places.find((e) => e.start >= at) ?? places[0] ?? null;
}

/** The sentence's first time expression. */
export function timeOf(times: readonly TimeExpression[], sentence: Span): TimeExpression | null {
  return times.find((t) => t.start >= sentence.start && t.end <= sentence.end) ?? null;
}

/** The counts of the sentence's quantities, each by the nearest word of its kind. */
export function countsOf(lex: EventLexicon, words: readonly EventWord[], quantities: readonly Quantity[], sentence: Span): EventCounts {
  const counts: EventCounts = { killed: null, injured: null, arrested: null, displaced: null };
  for (const q of quantities) {
    if (q.start < sentence.start || q.end > sentence.end || q.value === null || !Number.isInteger(q.value) || q.value < 0) continue;
    const from = words.findIndex((w) => w.end > q.start);
    if (from < 0) continue;
    let to = from;
    while (to < words.length && words[to]!.start < q.end) to++;
    let best: { kind: (typeof COUNT_KINDS)[number]; distance: number } | null = null;
    for (let i = Math.max(0, from - COUNT_REACH); i < Math.min(words.length, to + COUNT_REACH); i++) {
      const distance = i < from ? from - i : i >= to ? i - to + 1 : 0;
      for (const kind of COUNT_KINDS) if (isCue(lex, kind, words[i]!) && (!best || distance < best.distance)) best = { kind, distance };
    }
    if (best && counts[best.kind] === null) counts[best.kind] = q.value;
  }
  return counts;
}
