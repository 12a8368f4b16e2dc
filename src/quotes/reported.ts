/**
 * Statements passed on by someone else: «نقلت الوكالة عن مصدر في الوزارة قوله إن …» and «ونُقل عن
 * مسؤول محلي قوله إن …» (the speaker is the one reported), and «وبحسب X، فإن …» (the speaker is X).
 */
import { clauseStart, COMMAS, phraseAt, THAT, type Context } from './context.js';
import { verbAt } from './verb-at.js';
import { fold } from './cues.js';
import type { Speaker } from '../core/quote-schema.js';

/** Words the speaker stands in [from, to) of a reporting verb: between its preposition and «قوله» (or the clause). */
export function reportedSpeaker(ctx: Context, lemma: string, from: number, to: number): [number, number] | null {
  const r = ctx.cues.reported.get(lemma);
  if (!r || to <= from) return null;
  // «قوله» may be left out: «نقلت رويترز عن مصادر حكومية أن …».
  const end = r.saying.has(ctx.words[to - 1]!.fold) ? to - 1 : to;
  for (let k = from; k < end; k++) if (ctx.words[k]!.fold === r.prep) return k + 1 < end ? [k + 1, end] : null;
  return null;
}

/** The most words between «بحسب» and «فإن». */
const MAX_GAP = 25;

/**
 * «وبحسب X، فإن …» at word `i` (which opens a sentence or clause): where the cue starts (past و/ف),
 * the first word after it, and the word index of what opens the statement: «فإن», «فقد», or the
 * comma after the source («حسب الهيئة، تم تسجيل …»).
 */
export function accordingTo(ctx: Context, i: number): { cueStart: number; from: number; joined: boolean; that: number; opener: 'that' | 'comma' } | null {
  const { words } = ctx;
  const p = afterPhraseAt(ctx, i);
  if (!p) return null;
  const cueStart = words[i]!.start + p.skip;
  // The first comma after the source, where no «فإن» or «فقد» comes: «حسب الهيئة، تم تسجيل …».
  let comma = -1;
  for (let k = p.from + 1; k < words.length && k - p.from <= MAX_GAP && words[k]!.sentence === words[i]!.sentence; k++) {
    const f = words[k]!.fold;
    // «وبحسب X، فإن …»; «وبحسب وزارة الاقتصاد الألمانية فإن …», «وفقا للمكتب الاتحادي فقد ازداد …»: no
    // comma needs to end the source when it is a noun phrase, and a verb or another clause before
    // «فإن» makes it a clause of its own.
    const opener = (f.startsWith('ف') && THAT.has(f.slice(1))) || f === 'فقد';
    // «وبحسب "الفرنسية"، فقد أضاف التقرير أن …»: a speech verb of its own after it reports its own statement.
    if (opener && (clauseStart(ctx, k) || !clauseBetween(ctx, p.from, k))) return k + 1 < words.length && verbAt(ctx, k + 1) ? null : { cueStart, from: p.from, joined: p.joined, that: k, opener: 'that' };
    if (comma < 0 && COMMAS.has(f) && !clauseBetween(ctx, p.from, k)) comma = k;
  }
  // The comma opens a statement only where the phrase opens its sentence, or a clause with و («…،
  // وبحسب ناشطين أكراد، النظام …»): after a clause, «…، بحسب الخبراء، و…» closes the clause before it.
  // Not before a name in apposition («وبحسب منسقة الشؤون الإنسانية، جوليا فيشر، …»), a verb of its
  // own, or fewer than three words.
  const prev = words[i - 1];
  if (comma < 0 || (p.skip === 0 && prev && prev.sentence === words[i]!.sentence && !words[i]!.paraStart)) return null;
  const next = words[comma + 1];
  const rest = words.slice(comma + 1, comma + 4);
  if (!next?.word || verbAt(ctx, comma + 1) || ctx.entities.some((e) => e.type === 'PERS' && e.start === next.start) || rest.length < 3 || rest.some((w) => w.sentence !== words[i]!.sentence)) return null;
  return { cueStart, from: p.from, joined: p.joined, that: comma, opener: 'comma' };
}

/** A verb, «أن» or a mark of punctuation in words [from, to): the words are more than a noun phrase. */
function clauseBetween(ctx: Context, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = ctx.words[k]!;
    if (!w.word || THAT.has(w.fold) || verbAt(ctx, k)) return true;
  }
  return false;
}

/**
 * The attribution phrase of the cue file (`after`: «بحسب», «وفقا ل», «حسبما») that starts at word
 * `i`: the index of the word after it, the letters of و/ف in front that are not the cue's (1 for
 * «وبحسب»), and whether the phrase's last letter is joined to the word before `from` («وفقا
 * لجمعية …»: that word opens the source); null when none starts there.
 */
export function afterPhraseAt(ctx: Context, i: number): { from: number; skip: number; joined: boolean } | null {
  const w = ctx.words[i]!;
  for (const p of ctx.cues.after) {
    const from = phraseAt(ctx, i, p);
    if (from >= 0) return { from, skip: w.fold !== p[0] && w.fold.length > p[0]!.length ? 1 : 0, joined: p.length > 1 && p[p.length - 1]!.length === 1 && ctx.words[from - 1]!.fold !== p[p.length - 1] };
  }
  return null;
}

/**
 * Where an attribution phrase ends, its next word at `from`: past its joined «ل» («وفقا ل|جمعية»,
 * «وفقاً لـ|…»), else at the end of the word before `from`.
 */
export function phraseEnd(ctx: Context, from: number, joined: boolean): number {
  const w = ctx.words[from - 1]!;
  return joined ? w.start + (ctx.text[w.start + 1] === 'ـ' ? 2 : 1) : w.end;
}

/**
 * A source: an entity, one named before, or an unnamed group («تقارير», «مصادر محلية»); not any
 * noun phrase («وفق الطرق المتبعة», «حسب الإنجازات التي …», «ووفقاً لآلية العمل المتبعة»).
 */
export function isSource(ctx: Context, sp: Speaker | null): sp is Speaker {
  if (!sp) return false;
  if (sp.canonical !== null || sp.carried) return true;
  const head = fold(sp.text).split(/\s+/u)[0]!;
  const { groups, quantifiers } = ctx.cues;
  return groups.has(head) || groups.has(head.replace(/^ال/u, '')) || quantifiers.has(head);
}
