// Turns annotators' statements (JSON lines quoting the article's words, as /tmp/qg/BRIEF.md asks)
// into the quote gold: offsets and labels only, into each SaudiNewsNet record's `content`, read at
// run time from ../shared. No article text is written.
//   node --import tsx scripts/quote-gold/from-annotations.ts --out FILE [--blind IDS] ANNOT=LETTER…
// ANNOT is an annotator's JSON lines file, LETTER their name in the gold. IDS lists the article ids
// of the blind part, one per line. Each statement's `start` and `end` words are found in its line
// (exactly, else with harakat, tatweel and spacing folded); its speaker, role, cue and medium in the
// article (the occurrence nearest the statement). Anything not found is reported, and the run fails.
import { buildGold, type AnnotatedLine } from '../lib/gold-annotations.js';
import { findLoose, lineStarts, nearestLoose, type Span } from './loose-find.js';

interface Annotated extends AnnotatedLine {
  line?: number;
  end_line?: number;
  kind?: string;
  start?: string;
  end?: string;
  speaker?: string | null;
  role?: string | null;
  cue?: string | null;
  medium?: string | null;
}

await buildGold<Annotated>('statements', "// Quote gold (offsets into SaudiNewsNet records' `content`; see scripts/quote-gold/README.md). No article text.", (a, rec, where, problems) => {
  const content = rec.content;
  const starts = lineStarts(content);
  const lineSpan = (l: number | undefined): Span | null => (l === undefined || l >= starts.length ? null : { start: starts[l]!, end: l + 1 < starts.length ? starts[l + 1]! - 1 : content.length });
  const first = lineSpan(a.line);
  const last = lineSpan(a.end_line ?? a.line);
  if (!first || !last || !a.start || !a.end) {
    problems.push(`${where}: bad line or words`);
    return null;
  }
  const s = findLoose(content, a.start, first.start, first.end);
  const e = s ? findLoose(content, a.end, Math.max(s.start, last.start), last.end) : null;
  if (!s || !e) {
    problems.push(`${where}: ${!s ? 'start' : 'end'} words not found in line ${!s ? a.line : (a.end_line ?? a.line)}`);
    return null;
  }
  /** A label's nearest occurrence to the statement (before it first), or null when it is null. */
  const label = (text: string | null | undefined, what: string): [number, number] | null => {
    if (!text) return null;
    const best = nearestLoose(content, text, s.start);
    if (!best) problems.push(`${where}: ${what} «${text}» not found in the content`);
    return best ? [best.start, best.end] : null;
  };
  return {
    kind: a.kind,
    text: [s.start, e.end],
    speaker: label(a.speaker, 'speaker'),
    role: label(a.role, 'role'),
    cue: label(a.cue, 'cue'),
    medium: label(a.medium, 'medium'),
  };
});
