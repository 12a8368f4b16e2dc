/**
 * The deck of a record's body: the short lines before the credit that opens the text. Exported
 * records often print the sub-headlines (or the bullet points of an interview) first, then the
 * reporter line, then the text: «- النظام أخفى المعتقلين.», «- …», «NAME- سبق- الرياض: …». The
 * credit marks where the body starts; what stands before it, and is no chrome, is the subtitle.
 * So is one headline-like line right after it, before the first paragraph: «ناصر الطميحي ـ جدة»,
 * «إغلاق التدريبات.. والقروني يجهز مفاجأة للسويح», «أجرى فريق …».
 */
import { countWords } from '../../text/count-words.js';
import type { LineVerdict } from '../chrome/judge-lines.js';

/** A credit this far down the lines no longer opens the text. */
const HEAD_LINES = 8;
/** A deck line is a headline, not a paragraph. */
const DECK_WORDS = 30;

/** A subtitle after the credit: short, and not closed like a sentence. */
const SUBTITLE_WORDS = 15;
const CLOSED = /[.!؟?:،,؛]["»”)]?$/u;
const BULLET = /^[-–•*▪●]\s/u;
/** A paragraph follows it. */
const PARAGRAPH_WORDS = 20;

const words = (line: string): number => countWords(line);

/** The indexes of the deck lines (empty when no credit opens the text, or a paragraph stands before it). */
export function deckLines(lines: readonly string[], verdicts: ReadonlyArray<LineVerdict | null>): number[] {
  const credit = verdicts.findIndex((v, i) => i < HEAD_LINES && !!v && (v.kind === 'byline' || v.kind === 'dateline') && v.start === 0);
  if (credit < 0) return [];
  const v = verdicts[credit]!;
  const after = credit + 1;
  if (v.end === lines[credit]!.length && credit < 2 && after + 1 < lines.length && !verdicts[after] && !verdicts[after + 1]) {
    const line = lines[after]!;
    if (words(line) <= SUBTITLE_WORDS && !CLOSED.test(line) && words(lines[after + 1]!) >= PARAGRAPH_WORDS) return [after];
  }
  const deck: number[] = [];
  for (let i = 0; i < credit; i++) {
    if (verdicts[i]) continue;
    // Headlines, or bullet points: a sentence before the credit may be the text's own lead.
    if (words(lines[i]!) > DECK_WORDS || (CLOSED.test(lines[i]!) && !BULLET.test(lines[i]!))) return [];
    deck.push(i);
  }
  return deck;
}
