/**
 * Statements passed on by someone else: «نقلت الوكالة عن مصدر في الوزارة قوله إن …» and «ونُقل عن
 * مسؤول محلي قوله إن …» (the speaker is the one reported), and «وبحسب X، فإن …» (the speaker is X).
 */
import { clauseStart, phraseAt, THAT, type Context } from './context.js';
import { verbAt } from './verb-at.js';

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
 * the first word after it, and the word index of «فإن».
 */
export function accordingTo(ctx: Context, i: number): { cueStart: number; from: number; that: number } | null {
  const { words } = ctx;
  const p = afterPhraseAt(ctx, i);
  if (!p) return null;
  for (let k = p.from + 1; k < words.length && k - p.from <= MAX_GAP && words[k]!.sentence === words[i]!.sentence; k++) {
    const f = words[k]!.fold;
    // «وبحسب X، فإن …»; «وبحسب وزارة الاقتصاد الألمانية فإن …»: no comma needs to end the source when
    // it is a noun phrase, and a verb or another clause before «فإن» makes it a clause of its own.
    if (f.startsWith('ف') && THAT.has(f.slice(1)) && (clauseStart(ctx, k) || !clauseBetween(ctx, p.from, k))) return { cueStart: words[i]!.start + p.skip, from: p.from, that: k };
  }
  return null;
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
 * `i`: the index of the word after it, and the letters of و/ف in front that are not the cue's (1 for
 * «وبحسب»); null when none starts there.
 */
export function afterPhraseAt(ctx: Context, i: number): { from: number; skip: number } | null {
  const w = ctx.words[i]!;
  for (const p of ctx.cues.after) {
    const from = phraseAt(ctx, i, p);
    if (from >= 0) return { from, skip: w.fold !== p[0] && w.fold.length > p[0]!.length ? 1 : 0 };
  }
  return null;
}
