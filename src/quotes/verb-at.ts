/**
 * The speech verb at a word: a form listed in data/quotes/cues.txt (with و/ف in front), or a
 * participle of one («لافتة», «مضيفاً»). A homograph («بين», «رد») counts only where a verb may
 * stand: where a clause starts, after an opening phrase («وفي السياق ذاته بين»), «قد» or a relative
 * pronoun after a name («علي الشمري الذي بين أن»), or with
 * a person named and then أن («وعن الحادث الثاني بيّن المريبض أنه»).
 * No word after a name particle is a verb: «صالح آل طالب», nor after «عدم» or «دون», where it is the
 * verbal noun: «طالبا عدم ذكر اسمه».
 */
import { clauseStart, COMMAS, phraseAt, RELATIVES, THAT, type Context } from './context.js';
import { earlierPerson } from './speaker-rules/earlier-person.js';

/** Whether a verb may stand at word `i`: a clause starts there, or only an opener or «قد» stands between. */
function verbPlace(ctx: Context, i: number): boolean {
  if (clauseStart(ctx, i)) return true;
  const prev = ctx.words[i - 1]!.fold;
  const bare = prev.startsWith('و') || prev.startsWith('ف') ? prev.slice(1) : prev;
  if (ctx.cues.verbParticles.has(prev) || ctx.cues.verbParticles.has(bare) || namedRelative(ctx, i)) return true;
  if (ctx.cues.openers.some((p) => i - p.length >= 0 && phraseAt(ctx, i - p.length, p) === i && clauseStart(ctx, i - p.length))) return true;
  return namedThenThat(ctx, i);
}

/**
 * «… علي الشمري الذي بين أن …»: a relative pronoun right before word `i` follows a person's or an
 * organisation's name (a comma between or not), and its clause opens with its verb; not after any
 * noun («المناقشة التي تبين زيفه»).
 */
function namedRelative(ctx: Context, i: number): boolean {
  const { words } = ctx;
  if (i < 2 || !RELATIVES.has(words[i - 1]!.fold)) return false;
  const k = COMMAS.has(words[i - 2]!.fold) ? i - 3 : i - 2;
  return k >= 0 && ctx.entities.some((e) => (e.type === 'PERS' || e.type === 'ORG') && e.end === words[k]!.end);
}

/** «وعن الحادث الثاني بيّن المريبض أنه …»: a person's name (or the surname of one the article names) right after word `i`, then أن. */
function namedThenThat(ctx: Context, i: number): boolean {
  const next = ctx.words[i + 1];
  if (!next?.word) return false;
  const person = ctx.entities.find((e) => e.type === 'PERS' && e.start === next.start);
  let k = i + 1;
  if (person) while (k < ctx.words.length && ctx.words[k]!.end <= person.end) k++;
  // The article's full name may come later: short names link to the one after too.
  else if (next.fold.length > 2 && earlierPerson(ctx, ctx.text.length, (parts) => parts.length > 1 && parts[parts.length - 1] === next.fold)) k = i + 2;
  return k > i + 1 && k < ctx.words.length && THAT.has(ctx.words[k]!.fold);
}

/** Words between a verb of concluding and its colon at most: «واختتم الجهيم حديثه بقوله:». */
const COLON_WORDS = 4;

/** A colon comes in the sentence of word `i` within {@link COLON_WORDS} words after it. */
function colonSoon(ctx: Context, i: number): boolean {
  const { words } = ctx;
  for (let k = i + 1; k < words.length && k - i <= COLON_WORDS + 1 && words[k]!.sentence === words[i]!.sentence; k++) {
    if (words[k]!.fold === ':') return true;
    if (!words[k]!.word) return false;
  }
  return false;
}

/** A dash as writers set off an aside: «ــ» (tatweel alone), «–», «—», «-». */
const isDash = (w: { word: boolean; fold: string }): boolean => w.fold === '' || (!w.word && /^[-–—]$/u.test(w.fold));
/** Words an aside holds at most. */
const ASIDE_WORDS = 6;

/** Whether word `i` lies between two dashes of its sentence, with no other mark between. */
function inAside(ctx: Context, i: number): boolean {
  const { words } = ctx;
  const s = words[i]!.sentence;
  const side = (step: 1 | -1): boolean => {
    for (let k = i + step, n = 0; k >= 0 && k < words.length && n <= ASIDE_WORDS && words[k]!.sentence === s; k += step, n++) {
      if (isDash(words[k]!)) return true;
      if (!words[k]!.word) return false;
    }
    return false;
  };
  return side(-1) && side(1);
}

/**
 * The verb of word `i` (without و/ف in front): its lemma, where its letters start, whether it is
 * passive, and whether it is a participle («لافتة إلى أن», «مضيفاً أن», «قائلاً:»).
 */
export function verbAt(ctx: Context, i: number): { lemma: string; start: number; passive: boolean; participle: boolean } | null {
  const w = ctx.words[i]!;
  if (!w.word) return null;
  const found = verbForm(ctx, i);
  if (!found) return null;
  // «صالح آل طالب»: after a name particle the word is the name's own.
  const prev = ctx.words[i - 1];
  if (prev?.word && ctx.roles.roleWords.cues.get(prev.fold)?.cue?.kind === 'particle') return null;
  // «طالبا عدم ذكر اسمه»: after «عدم» the letters spell the verbal noun.
  if (prev?.word && ctx.cues.verbalNounBefore.has(prev.fold)) return null;
  // «وأوضح المصدر ــ فضل عدم ذكر اسمه ــ أن …»: a verb inside an aside set off by dashes reports nothing.
  return inAside(ctx, i) ? null : found;
}

/** The speech verb or participle word `i` is written as, with و/ف in front or not. */
function verbForm(ctx: Context, i: number): { lemma: string; start: number; passive: boolean; participle: boolean } | null {
  const w = ctx.words[i]!;
  const { cues } = ctx;
  const look = (f: string, start: number): { lemma: string; start: number; passive: boolean; participle: boolean } | null => {
    const lemma = cues.verbs.get(f);
    // «وبين الوزير أن …» but not «بين الطرفين»: a homograph is a verb only where a clause starts;
    // «واختتم: …» but not «واختتمت الدورة أعمالها»: a verb of concluding reports speech only before a colon.
    if (lemma && cues.colonOnly.has(lemma) && !colonSoon(ctx, i)) return null;
    if (lemma) return cues.homographs.has(f) && !verbPlace(ctx, i) ? null : { lemma, start, passive: cues.passive.has(f), participle: false };
    const p = cues.participles.get(f);
    return p ? { lemma: p, start, passive: false, participle: true } : null;
  };
  const direct = look(w.fold, w.start);
  if (direct) return direct;
  if ((w.fold.startsWith('و') || w.fold.startsWith('ف')) && w.fold.length > 2) {
    // Past the clitic letter and any harakat on it.
    let s = w.start + 1;
    while (s < w.end && /\p{M}/u.test(ctx.text[s]!)) s++;
    return look(w.fold.slice(1), s);
  }
  return null;
}
