/**
 * An interview written as questions and answers: «وفي هذا اللقاء تكشف … ¶ ما الموهبة التي تمتلكينها؟
 * ¶ أحب العناية بالشعر …». In an article that presents an interview (data/quotes/cues.txt: interview)
 * before three questions or more standing as paragraphs of their own, a paragraph right after a
 * question, itself no question, is a direct statement of the one interviewed: the person the article
 * names most before its first question. Questions in a column, with no interview presented, are the
 * writer's own.
 */
import type { Entity } from '../../core/entity-schema.js';
import { span, type Context } from '../context.js';
import { entitySpeaker } from '../speaker.js';
import type { Finding } from '../finding.js';

/** Questions standing as paragraphs that make an article an interview, at least. */
const MIN_QUESTIONS = 3;

export function interviewAnswer(f: Finding, i: number): number | null {
  const { ctx } = f;
  const { words, text } = ctx;
  if (!words[i]!.paraStart || i === 0) return null;
  // Read once per text: «??=» would read it again at every paragraph of a text that is no interview (null).
  if (f.interview === undefined) f.interview = interviewOf(ctx);
  const interview = f.interview;
  if (!interview || !isQuestion(ctx, i - 1) || !interview.person) return null;
  let last = i;
  while (last + 1 < words.length && !words[last + 1]!.paraStart) last++;
  if (isQuestion(ctx, last)) return null;
  const e = interview.person;
  f.push({ ...span(text, words[i]!.start, paragraphEnd(ctx, last)), kind: 'direct', speaker: entitySpeaker(e, true), role: e.role, cue: null, medium: null });
  return last;
}

/** The paragraph ending at word `k` is a question: its last mark is «؟» or «?». */
const isQuestion = (ctx: Context, k: number): boolean => /[؟?]\s*$/u.test(ctx.text.slice(ctx.words[k]!.start, ctx.words[k]!.end + 2));

/** The end of a paragraph's words, its closing full stop left out. */
function paragraphEnd(ctx: Context, last: number): number {
  let k = last;
  while (k > 0 && !ctx.words[k]!.word && !ctx.words[k]!.paraStart) k--;
  return ctx.words[k]!.end;
}

/** Whether the text is an interview, and whom with: the person named most before its first question. */
function interviewOf(ctx: Context): { person: Entity | null } | null {
  const { words } = ctx;
  const questions: number[] = [];
  for (let k = 0; k < words.length; k++) if ((k + 1 === words.length || words[k + 1]!.paraStart) && isQuestion(ctx, k)) questions.push(k);
  if (questions.length < MIN_QUESTIONS) return null;
  let firstQ = questions[0]!;
  while (firstQ > 0 && !words[firstQ]!.paraStart) firstQ--;
  if (!words.slice(0, firstQ).some((w) => ctx.cues.interviews.has(w.fold.replace(/^[وف]/u, '')))) return null;
  const before = ctx.entities.filter((e) => e.type === 'PERS' && e.end <= words[firstQ]!.start);
  const counts = new Map<string, { e: Entity; n: number }>();
  for (const e of before) {
    const c = counts.get(e.canonical);
    if (c) c.n++;
    else counts.set(e.canonical, { e, n: 1 });
  }
  let best: { e: Entity; n: number } | null = null;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;
  return { person: best?.e ?? null };
}
