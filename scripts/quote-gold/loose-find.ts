// Finding an annotator's copied words in an article's text: exactly, else with what copying changes
// folded away (harakat, tatweel, runs of spaces, the kind of quotation mark or comma).

export interface Span {
  start: number;
  end: number;
}

/** What copying may change: harakat and tatweel are dropped, spaces folded, marks unified. */
function foldChar(c: string): string {
  if (/[\u064B-\u0652\u0640]/u.test(c)) return '';
  if (/\s/u.test(c)) return ' ';
  if (/[«»“”"]/u.test(c)) return '"';
  if (c === ',') return '،';
  return c;
}

/** `text[from..to)` folded, with each folded character's index in `text`. */
function folded(text: string, from: number, to: number): { s: string; at: number[] } {
  let s = '';
  const at: number[] = [];
  for (let i = from; i < to; i++) {
    const f = foldChar(text[i]!);
    if (!f || (f === ' ' && s.endsWith(' '))) continue;
    s += f;
    at.push(i);
  }
  return { s, at };
}

/** The first occurrence of `needle` in `text[from..to)`, exact or folded; null when there is none. */
export function findLoose(text: string, needle: string, from: number, to: number): Span | null {
  const n = needle.trim();
  if (!n) return null;
  const i = text.indexOf(n, from);
  if (i >= 0 && i + n.length <= to) return { start: i, end: i + n.length };
  const hay = folded(text, from, to);
  const want = folded(n, 0, n.length).s.trim();
  const j = hay.s.indexOf(want);
  if (j < 0 || !want) return null;
  return { start: hay.at[j]!, end: hay.at[j + want.length - 1]! + 1 };
}

/** Where each line of `content` starts. */
export function lineStarts(content: string): number[] {
  const starts = [0];
  for (let i = content.indexOf('\n'); i >= 0; i = content.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The occurrence of `needle` in `text` nearest to `pos` (exact or folded), or null. */
export function nearestLoose(text: string, needle: string, pos: number): Span | null {
  let best: Span | null = null;
  for (let from = 0; ; ) {
    const m = findLoose(text, needle, from, text.length);
    if (!m) break;
    if (!best || Math.abs(m.start - pos) < Math.abs(best.start - pos)) best = m;
    from = m.end;
  }
  return best;
}
