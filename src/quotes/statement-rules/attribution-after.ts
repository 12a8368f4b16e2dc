/**
 * An attribution that closes a sentence: «… على قيد الحياة، وفقا للدراسة التي نشرت يوم 6 إبريل.»,
 * «… بعد حفل موسيقي بحسب "بي بي سي".», «…، حسبما أعلن أمس النائب العام سالم كبيش». The statement
 * is the sentence before the phrase (from its start, or from where the statement before it ended);
 * the speaker stands between the phrase, with the verb after «حسبما», and the sentence's end, or a
 * comma before a clause with و or a dash («… بحسب البنك الدولي، وسوق العمل ضعيفة»).
 */
import { MIN_QUOTE_WORDS, wordCount } from '../clause.js';
import { COMMAS, span } from '../context.js';
import type { Finding } from '../finding.js';
import { afterPhraseAt, isSource, phraseEnd } from '../reported.js';
import { attributionSource } from '../attribution-source.js';
import { verbAt } from '../verb-at.js';

/** Words of the statement at least: fewer are a phrase the sentence opens with, not a claim. */
const MIN_WORDS = 4;
/** Words from the phrase to the sentence's end at most: the speaker, a role, a medium, a time. */
const MAX_SOURCE_WORDS = 16;
/** «له», «لها», «لهم», «لهما», «لهن»: the phrase's «ل» with a pronoun, no name. */
const JOINED_PRONOUN = /^له(?:ا|م|ما|ن)?$/u;
/** Marks that end a source inside its sentence: commas and dashes. */
const PAUSES: ReadonlySet<string> = new Set([...COMMAS, '-', '–', '—']);

export function attributionAfter(f: Finding, i: number): number | null {
  const { ctx } = f;
  const { words, text, cues, markAt } = ctx;
  const w = words[i]!;
  if (!w.word) return null;
  const first = f.firstOfSentence(i);
  if (first === i) return null;
  const phrase = afterPhraseAt(ctx, i);
  if (!phrase || phrase.from >= words.length) return null;
  const { from, skip, joined } = phrase;
  // «حسبما أعلن النائب العام», «وفق ما ذكرته الصحيفة»: the verb after the phrase names the speaker after it.
  const v = verbAt(ctx, from);
  let speakerFrom = v ? from + 1 : from;
  // «حسب إعلان الوزارة», «وفق إفادة المنظمات»: what was said in comes first, then the one who said it.
  const said = !v && speakerFrom + 1 < words.length && (cues.media.has(words[speakerFrom]!.fold) || cues.documents.has(words[speakerFrom]!.fold)) ? speakerFrom : -1;
  if (said >= 0) speakerFrom++;
  // The source runs to the sentence's end, or to a comma with nothing but the sentence's end after it.
  // Inside a sentence it ends at a comma or dash: «… بحسب وثائق قضائية، وتم تحديد …», «… - بحسب
  // أمين الطائف - …»; the statement is still the words before the phrase.
  let to = speakerFrom;
  while (to < words.length && words[to]!.sentence === w.sentence && !words[to]!.paraStart && words[to]!.fold !== '.' && !PAUSES.has(words[to]!.fold)) to++;
  // The comma or dash that ended the source inside its sentence, else null.
  const pause = to < words.length && PAUSES.has(words[to]!.fold) && words[to]!.sentence === w.sentence ? words[to]!.fold : null;
  while (to > speakerFrom && !words[to - 1]!.word && !markAt.has(to - 1) && !/[»”"]/u.test(words[to - 1]!.fold)) to--;
  if (to - speakerFrom > MAX_SOURCE_WORDS) return null;
  // A comma inside the sentence ends a source where a clause with و follows («…، وتم تحديد …»); before
  // anything else («حسب مقولة ميل، "…"») the source is of what follows.
  if (pause && COMMAS.has(pause) && !(words[to + 1]?.word && words[to + 1]!.fold.startsWith('و'))) return null;
  // A source is a name, not a clause or a quotation («كما قال ميل: (إن الطغيان …)»).
  for (let k = speakerFrom; k < to; k++) {
    const m = markAt.get(k);
    if (COMMAS.has(words[k]!.fold) || verbAt(ctx, k) || (m !== undefined && wordCount(ctx, m) >= MIN_QUOTE_WORDS)) return null;
  }
  // The statement: the sentence before the phrase, after the statement before it if that ended in this sentence.
  const last = f.quotes[f.quotes.length - 1];
  let start = first;
  while (last && start < i && words[start]!.start < last.end) start++;
  let end = i;
  while (end > start && !words[end - 1]!.word && !/[»”"]/u.test(words[end - 1]!.fold)) end--;
  let count = 0;
  for (let k = start; k < end; k++) if (words[k]!.word) count++;
  if (count < MIN_WORDS) return null;
  let mixed = false;
  for (let k = start; k < end; k++) {
    const m = markAt.get(k);
    if (m === undefined) continue;
    f.usedMarks.add(m);
    if (wordCount(ctx, m) >= MIN_QUOTE_WORDS) mixed = true;
  }
  // The source: the words after the phrase, from the word its «ل» is joined to («وفقا لموديز»). A
  // phrase with no words after it («… على حد قوله», «وفقا لها») speaks for the one carried on.
  const ownWord = joined && speakerFrom === from;
  const carried = speakerFrom >= to && !(ownWord && !JOINED_PRONOUN.test(words[from - 1]!.fold));
  const found = carried ? null : attributionSource(ctx, speakerFrom, to, v?.lemma ?? null, ownWord);
  // Words that name no one are no source («وفق الطرق المتبعة»).
  if (found && !isSource(ctx, found.speaker)) return null;
  // Inside a sentence, the source is named right after the phrase, not found further in or carried
  // from before («وفق ما تم الاتفاق عليه مع إدارة الاتحاد، و…», «وفق الرؤية الثانية، و…»).
  if (pause && found?.speaker && (found.speaker.carried || found.speaker.start > words[speakerFrom]!.end)) return null;
  const who = found?.speaker ? { speaker: found.speaker, role: found.role } : f.carry(first, w.start);
  const medium = said >= 0 ? span(text, words[said]!.start, words[said]!.end) : (found?.medium ?? null);
  const cueEnd = phraseEnd(ctx, from, joined);
  // The source of a closing attribution is not the one a later «وأضاف» goes on with; one the sentence
  // goes on after («حسب ما أعلن البيت الأبيض، وجاء في بيان …») is.
  f.push({ ...span(text, words[start]!.start, words[end - 1]!.end), kind: mixed ? 'mixed' : 'indirect', speaker: who.speaker, role: who.role, cue: { ...span(text, w.start + skip, v ? words[from]!.end : cueEnd), lemma: text.slice(w.start + skip, cueEnd) }, medium }, pause !== null && COMMAS.has(pause));
  return Math.max(i, to - 1);
}
