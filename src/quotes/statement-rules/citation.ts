/**
 * Scripture cited: «وقال تعالى (( يا أيها الذين آمنوا … ))», «قال صلى الله عليه وسلم (( … ))»,
 * «لقوله صلى الله عليه وسلم مروا أولادكم بالصلاة …», «قال الله تعالى: ( … )». After a speech verb or
 * a noun of saying, the words of respect (data/quotes/cues.txt: citation, cited) name who is cited:
 * God, or the Prophet; the cited words are a direct statement of theirs, not of the preacher or writer
 * whose words stand around them. The cited words run to the bracket or quotation mark that closes
 * the one after the name, else to the end of the sentence. The writer's speaker goes on after them.
 */
import { sentenceEnd } from '../clause.js';
import { citedAt, citesAt } from '../cited.js';
import { span } from '../context.js';
import type { Finding } from '../finding.js';

/** Opening brackets and marks of a citation, with their closing ones; the longer first. */
const BRACKETS: ReadonlyArray<readonly [string, string]> = [
  ['((', '))'],
  ['//', '//'],
  ['(', ')'],
  ['﴿', '﴾'],
  ['«', '»'],
  ['“', '”'],
  ['"', '"'],
];

export function citation(f: Finding, i: number): number | null {
  const { ctx } = f;
  const { words, text } = ctx;
  const w = words[i]!;
  if (!w.word) return null;
  // The cited words first: most words have none after them, and reading a verb costs more.
  const who = citedAt(ctx, i + 1);
  if (!who) return null;
  const cites = citesAt(ctx, i);
  if (!cites) return null;
  // The cited words: inside the bracket after the name, else to the end of the sentence.
  let at = words[who.end - 1]!.end;
  while (at < text.length && /[ \t:\u00a0]/u.test(text[at]!)) at++;
  const pair = BRACKETS.find(([open]) => text.startsWith(open, at));
  let start: number;
  let end: number;
  if (pair) {
    start = at + pair[0].length;
    const close = text.indexOf(pair[1], start);
    const para = text.indexOf('\n', start);
    end = close >= 0 && (para < 0 || close < para) ? close : para >= 0 ? para : text.length;
  } else {
    if (!who.respect) return null;
    start = at;
    end = who.end < words.length ? sentenceEnd(ctx, who.end) : at;
  }
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  if (end <= start) return null;
  for (let k = who.end; k < words.length && words[k]!.start < end; k++) {
    const m = ctx.markAt.get(k);
    if (m !== undefined) f.usedMarks.add(m);
  }
  const name = words[who.from]!;
  const speaker = { ...span(text, name.start, words[who.end - 1]!.end), canonical: null, name: who.who, type: null, carried: false };
  f.pushCited({ ...span(text, start, end), kind: 'direct', speaker, role: null, cue: { ...span(text, cites.start, w.end), lemma: cites.lemma }, medium: null });
  let k = i;
  while (k + 1 < words.length && words[k + 1]!.start < end + (pair ? pair[1].length : 0)) k++;
  return k;
}
