/**
 * A definite noun as subject standing for a speaker named before: «وأوضحت الوزارة» → «وزارة الصحة
 * والسكان» (an organisation the article named, tagged or not), «من جهته، أكد الوزير» → the person
 * the article called «وزير الزراعة».
 */
import type { Entity } from '../core/entity-schema.js';
import { roleWordKind } from '../entities/role-words.js';
import { offsetAfterLetters } from '../text/keyed-tokens.js';
import { fold } from './cues.js';
import { span, THAT, type Context } from './context.js';
import { isNisba } from './word-shape.js';
import type { TextSpan } from '../core/quote-schema.js';

/** The most words of an organisation's name the tagger missed («جمعية حماية المستهلك الجزائرية»). */
const MAX_ORG_WORDS = 6;
const CLITICS = /^[وف]?[لب]?/u;
/** A word written with a final ة, harakat or tatweel after it aside (the search form writes ة as ه). */
const TA_MARBUTA_END = /ة[\u064B-\u0652\u0640]*$/u;
const definite = (f: string): boolean => /^(و?ال|لل|و?بال)/u.test(f);

/**
 * The end (word index after it) of a name that starts with its head noun at word `k`. After an
 * indefinite head: a chain of nouns up to the first definite one or a place or name the tagger found
 * («نقابة مزارعي عكار», «شركة المياه»), or a quoted name («صحيفة "تييمو أرخنتينو"»), then only
 * nisba adjectives, «و» + the article and «ل» + a noun («جمعية حماية المستهلك الجزائرية | التجار»,
 * «وزارة الصحة والسكان | في بيان»). After a definite head, only nisba adjectives: «الجيش التركي».
 * Never past a preposition, أن, a verb or a comma.
 */
export function orgNameEnd(ctx: Context, k: number, limit: number): number {
  const { words, cues } = ctx;
  let m = k + 1;
  // A head with the article takes no genitive after it, only its nisba adjectives: «الجيش التركي».
  const definiteHead = definite(words[k]!.fold);
  let chain = !definiteHead;
  while (m < limit && m - k < MAX_ORG_WORDS) {
    const w = words[m]!;
    const f = w.fold;
    // «صحيفة "تييمو أرخنتينو"», «مجموعة "QNB" المصرفية»: a quoted name right after the head is the name's own.
    const quoted = chain && m === k + 1 ? ctx.markAt.get(m) : undefined;
    if (quoted !== undefined) {
      const close = ctx.marks[quoted]!.end;
      while (m < limit && words[m]!.start < close) m++;
      chain = false;
      continue;
    }
    if (!w.word || f.length < 2 || THAT.has(f) || cues.mediumPreps.has(f) || cues.trailingPreps.has(f) || cues.nameStops.has(f) || cues.verbs.has(f) || cues.verbs.has(f.slice(1))) break;
    if (!chain && !(isNisba(f) || (!definiteHead && /^(وال|لل|ل)/u.test(f)))) break;
    // «موقع الكلية الالكتروني»: a masculine nisba does not agree with a feminine head; it describes
    // the noun the head depends on («موقع»), and the head stands alone.
    if (definiteHead && m === k + 1 && f.endsWith('ي') && TA_MARBUTA_END.test(ctx.text.slice(words[k]!.start, words[k]!.end))) break;
    if (chain && (definite(f) || ctx.entities.some((e) => e.start <= w.start && e.end >= w.end))) chain = false;
    m++;
  }
  return m;
}

/** The organisation with head noun `head` (search form, no article) named last before `pos`, as its span or entity. */
export function orgBefore(ctx: Context, head: string, pos: number): Entity | TextSpan | null {
  const { words, text } = ctx;
  const ent = [...ctx.entities].reverse().find((e) => e.end <= pos && e.type === 'ORG' && fold(e.text).split(/\s+/)[0]!.replace(/^ال/, '') === head);
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k]!;
    if (w.end > pos) continue;
    if (ent && w.start < ent.start) break;
    const clitics = CLITICS.exec(w.fold)![0].length;
    const bare = w.fold.slice(clitics);
    // «وزارة الصحة», and a name whose head carries the article: «الجيش التركي».
    if (bare !== head && w.fold !== head && bare !== 'ال' + head) continue;
    // The word opens the organisation the tagger found: the whole name.
    if (ent && w.start >= ent.start && w.start < ent.end) return ent;
    const end = orgNameEnd(ctx, k, words.length);
    if (end - k < 2) continue;
    // «صحيفة "تييمو أرخنتينو"»: the organisation named right after its head word is the one meant.
    const named = ctx.entities.find((e) => e.type === 'ORG' && e.start > w.end && e.end <= words[end - 1]!.end && !words.slice(k + 1, end).some((x) => x.word && x.end <= e.start));
    if (named) return named;
    const skip = w.fold === head ? 0 : clitics;
    return span(text, skip ? offsetAfterLetters(text, w.start, w.end, skip) : w.start, words[end - 1]!.end);
  }
  return ent ?? null;
}

/** An entity, not a span of words. */
export const isEntity = (x: Entity | TextSpan): x is Entity => 'canonical' in x;

/**
 * The person named last before `pos` whose role the definite noun `word` heads («الوزير» → «وزير
 * الزراعة مازن الشامي»), or who has it as the title right before the name («المهندس» → «مدير الإدارة،
 * المهندس فهد الفرطيش», whose role is the office).
 */
export function personByTitle(ctx: Context, word: string, pos: number): Entity | null {
  if (!word.startsWith('ال')) return null;
  const head = word.slice(2);
  const headOf = (role: string): string => fold(role).split(/\s+/)[0]!.replace(/^ال/, '');
  return [...ctx.entities].reverse().find((e) => e.end <= pos && e.type === 'PERS' && ((e.role && headOf(e.role.text) === head) || titleBefore(ctx, e) === head)) ?? null;
}

/** The title (roles.txt) right before a name, spaces only between, without its article: «المهندس فهد …» → «مهندس». */
function titleBefore(ctx: Context, e: Entity): string | null {
  const before = ctx.text.slice(Math.max(0, e.start - 40), e.start);
  const m = /(\S+)\s+$/u.exec(before);
  if (!m || roleWordKind(m[1]!) !== 'title') return null;
  return fold(m[1]!).replace(/^ال/, '');
}
