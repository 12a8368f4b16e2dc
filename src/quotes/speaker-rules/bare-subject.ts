/**
 * An indefinite subject that no list names, read by its word class: a noun that opens the words after
 * a finite verb is its subject in Arabic's verb-first order, and so is a word the lexicon cannot read
 * (a name the tagger missed). «وكشف تقرير تداول أن …» → «تقرير تداول»; «وقال حاكما الولايتين إن …» →
 * «حاكما الولايتين»; «وكتب ريدناب الذي رحل … «…»» → «ريدناب».
 * Not after a participle (its words are its object), not where an object may stand before a complement
 * («دعا المجلس الحكومات إلى …»), and not a preposition's phrase, a particle, a verb or an adverb in the
 * accusative («وقال مجدداً إن …»). Tried last: every rule that reads a name or a role goes first.
 */
import { segmentClitics } from '../../text/clitics.js';
import { NOMINAL, TAG } from '../../text/lexicon-tags.js';
import { normalizeText } from '../../text/normalize.js';
import { stem } from '../../text/stem.js';
import { span, type Context } from '../context.js';
import { unnamedSpeaker, type Speaking } from '../speaker.js';
import { spokenTo, type SubjectRegion } from '../subject-region.js';
import { verbAt } from '../verb-at.js';
import { nounPhraseEnd } from '../noun-phrase.js';
import { isVerbalNoun } from '../word-shape.js';

/** Words of a subject taken this way, at most. */
const MAX_WORDS = 7;
/** Proclitics that make a word a preposition's phrase («بتصريح», «للصحيفة»), not a subject. */
const PREPOSITIONS: ReadonlySet<string> = new Set(['ب', 'ل', 'ك']);

export function bareSubject(r: SubjectRegion): Speaking | null {
  const { ctx, first, from, to } = r;
  if (r.participle || r.objectFollows || r.saying || !first.word || first.fold.startsWith('ال') || !opensSubject(ctx, from)) return null;
  const { words, cues } = ctx;
  let end = from + 1;
  while (end < to && end - from < MAX_WORDS) {
    const w = words[end]!;
    if (!w.word || w.fold.length < 2 || r.preps?.has(w.fold) || cues.nameStops.has(w.fold) || cues.saying.has(w.fold) || verbAt(ctx, end) || spokenTo(ctx, w) || !r.outsideMedium(w)) break;
    end++;
  }
  // «دان وجهاء وأعيان محافظة القطيف | الجريمة الإرهابية»: a noun no genitive can be is the verb's object.
  end = nounPhraseEnd(ctx, from, end);
  while (end > from + 1 && cues.trailingPreps.has(words[end - 1]!.fold)) end--;
  return { speaker: unnamedSpeaker(span(ctx.text, first.start, words[end - 1]!.end), false), role: null };
}

/** Word `k` can open a subject: a noun with no preposition on it, or a word the lexicon cannot read. */
export function opensSubject(ctx: Context, k: number): boolean {
  const { cues } = ctx;
  const w = ctx.words[k]!;
  if (!w.word || /^[0-9\u0660-\u0669]/u.test(w.fold) || cues.trailingPreps.has(w.fold) || cues.verbParticles.has(w.fold) || cues.saying.has(w.fold) || verbAt(ctx, k)) return false;
  // «واقترح تحديد يوم …»: a derived verb's verbal noun is the verb's object, unless it names a document («وكشف تقرير تداول»).
  if (isVerbalNoun(w.fold) && !cues.documents.has(w.fold) && !cues.media.has(w.fold)) return false;
  const lexicon = ctx.roles.lexicon();
  const form = normalizeText(ctx.text.slice(w.start, w.end), 'morph');
  const seg = segmentClitics(form, { lexicon });
  if (!seg.known) return form.length >= 3;
  if (seg.proclitics.some((c) => PREPOSITIONS.has(c.tag))) return false;
  // A form known through its suffix («حاكما», the dual in construct) has its stem's tags.
  const tags = lexicon.get(seg.lemma) ?? lexicon.get(stem(seg.lemma, { lexicon }, seg.lemma)) ?? 0;
  if (!(tags & NOMINAL) || tags & TAG.function) return false;
  // A word that may be a verb, before God's name, is a eulogy («صلى الله عليه وسلم»), no subject.
  const next = ctx.words[k + 1];
  if (tags & TAG.verb && next && cues.prayedTo.has(next.fold)) return false;
  return !isAdverb(ctx, k, form);
}

/**
 * Word `k` (in morph form `form`) is an adverb in the accusative: a word the lexicon reads without its final alef
 * («مجدداً», «سابقاً»), with no definite noun after it (that alef is a dual's in construct: «حاكما الولايتين»).
 */
function isAdverb(ctx: Context, k: number, form: string): boolean {
  if (form.length <= 3 || !form.endsWith('ا') || ctx.roles.lexicon().get(form.slice(0, -1)) === undefined) return false;
  const next = ctx.words[k + 1];
  return !(next?.word && next.fold.startsWith('ال'));
}
