/**
 * Titles and roles as attributes of a person, not part of the name:
 * «الرئيس السوري المؤقت أحمد الشرع» → name «أحمد الشرع», role «الرئيس السوري المؤقت»,
 * whether the tagger's span holds the title or not.
 */
import { RasdError } from '../errors.js';
import type { Span } from '../core/types.js';
import { offsetAfterLetters } from '../text/keyed-tokens.js';
import { classify, roleContext, type RoleContext, type RoleOptions } from './role-context.js';
import { roleAfter, roleBefore, roleRun } from './role-phrase.js';

/** A span with its text. */
export interface TextSpan extends Span {
  text: string;
}

/** The person's name and the role said of it. */
export interface RoleResult {
  name: TextSpan;
  role: TextSpan | null;
}

/** Options of {@link extractRole}: the word lists, or a context prepared for the text (reused across its mentions). */
export interface ExtractRoleOptions extends RoleOptions {
  context?: RoleContext;
}

/** The first word at or after `offset` (words are in order), by binary search. */
export function wordAt(ctx: RoleContext, offset: number): number {
  let lo = 0;
  let hi = ctx.words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.words[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The words a span covers, `[a, b)`: from the first word at or after `start` to the last that ends by `end`. */
export function wordsOf(ctx: RoleContext, start: number, end: number): [a: number, b: number] {
  const a = wordAt(ctx, start);
  let b = a;
  while (b < ctx.words.length && ctx.words[b]!.end <= end) b++;
  return [a, b];
}

/** Per word of the context, 1 where one of the mentions covers it. */
export function coveredWords(ctx: RoleContext, mentions: readonly Span[]): Uint8Array {
  const covered = new Uint8Array(ctx.words.length);
  for (const m of mentions) {
    const [a, b] = wordsOf(ctx, m.start, m.end);
    covered.fill(1, a, Math.max(a, b));
  }
  return covered;
}

/**
 * Splits a leading title or role off a person mention and finds the role said of it: right before
 * the name («وزير الخارجية الأمريكي أنتوني بلينكن»), or after a comma or dash
 * («رامي عبد الرحمن، مدير المرصد السوري لحقوق الإنسان»); the role before wins. Spans slice the text.
 */
export function extractRole(text: string, mention: Span, options: ExtractRoleOptions = {}): RoleResult {
  if (!(mention.start >= 0 && mention.end <= text.length && mention.start < mention.end)) {
    throw new RasdError('E_OPTION', `mention span [${mention.start}, ${mention.end}) does not fit a text of length ${text.length}`);
  }
  const ctx = options.context ?? roleContext(text, options);
  const a = wordAt(ctx, mention.start);
  let b = wordAt(ctx, mention.end) - 1;
  while (b >= a && ctx.words[b]!.start >= mention.end) b--;
  if (b < a) return { name: slice(text, mention.start, mention.end), role: null };
  // A title inside the span: keep at least one word as the name.
  let n = a;
  if (b > a) {
    const r = roleRun(ctx, a, b - 1);
    if (r >= a) n = r + 1;
  }
  const nameStart = n > a ? ctx.words[n]!.start : mention.start;
  const name = slice(text, nameStart, mention.end);
  const s = roleBefore(ctx, n);
  // «مفتي مصر، الدكتور شوقي علام»: an office before a comma, the titles (if any) after it, says
  // more than the titles alone.
  if (s < 0 || !hasHead(ctx, s, n - 1)) {
    const o = officeBeforeComma(ctx, s >= 0 ? s : n);
    if (o) return { name, role: roleSpan(ctx, o[0], o[1]) };
  }
  const after = roleAfter(ctx, b);
  // «الشيخ تميم بن حمد، أمير قطر»: a role in apposition says more than a title alone.
  if (s >= 0 && (!after || hasHead(ctx, s, n - 1))) {
    const [from, to] = office(ctx, s, n - 1);
    return { name, role: roleSpan(ctx, from, to) };
  }
  return { name, role: after ? roleSpan(ctx, after[0], after[1]) : null };
}

/**
 * The office that ends at a comma right before word `t` (the name, or the titles before it), as
 * [first, last] word: «الناطق الإعلامي لأمانة منطقة الباحة، صديقي الشيخي». Null when the words
 * before the comma are no role with a head (a list of names, a clause).
 */
function officeBeforeComma(ctx: RoleContext, t: number): [number, number] | null {
  if (t < 2) return null;
  const sep = ctx.words[t - 1]!;
  if (sep.key !== ',' || sep.breakBefore || ctx.words[t]!.breakBefore) return null;
  const s = roleBefore(ctx, t - 1);
  if (s < 0 || !hasHead(ctx, s, t - 2)) return null;
  return office(ctx, s, t - 2);
}

/**
 * The office in the role s..e, without the titles and ranks that stand with the name and say none: at
 * its end («مدير شرطة منطقة الباحة اللواء» → «مدير شرطة منطقة الباحة»), and an honorific right before
 * an office's head at its start («معالي مدير الأمن العام» → «مدير الأمن العام»; not «ولي العهد
 * السعودي»). A role of titles alone («اللواء الركن») keeps them.
 */
function office(ctx: RoleContext, s: number, e: number): [number, number] {
  let last = -1;
  for (let j = s; j <= e; ) {
    const c = classify(ctx, j);
    if (c.kind !== 'title') last = c.last;
    j = c.last + 1;
  }
  if (last < s) return [s, e];
  let first = s;
  for (let c = classify(ctx, first); c.kind === 'title' && c.last < last && classify(ctx, c.last + 1).kind === 'head'; c = classify(ctx, first)) first = c.last + 1;
  return [first, Math.min(last, e)];
}

/** Some word of s..e heads a role (رئيس, وزير), not only titles (الشيخ, د.). */
function hasHead(ctx: RoleContext, s: number, e: number): boolean {
  for (let j = s; j <= e; j = classify(ctx, j).last + 1) if (classify(ctx, j).kind === 'head') return true;
  return false;
}

/** The span of words s..e, the clitics of the first word (و, ب) left out. */
function roleSpan(ctx: RoleContext, s: number, e: number): TextSpan {
  const w = ctx.words[s]!;
  const skip = classify(ctx, s).skip;
  const start = skip > 0 ? offsetAfterLetters(ctx.text, w.start, w.end, skip) : w.start;
  return slice(ctx.text, start, ctx.words[e]!.end);
}

function slice(text: string, start: number, end: number): TextSpan {
  return { start, end, text: text.slice(start, end) };
}
