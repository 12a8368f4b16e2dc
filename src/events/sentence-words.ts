/**
 * The words of one sentence as the event stages read them: each token's search form, the forms it
 * takes without its proclitics («وللمتظاهرين» → «للمتظاهرين», «المتظاهرين», «متظاهرين»), and its
 * stem from the search analyser («وقصفت» → «قصف»). Numbers are words too, for counts.
 */
import type { AnalysedDocument } from '../core/document.js';
import type { Span } from '../core/types.js';
import { TermBuffer } from '../text/term-buffer.js';
import { eventAnalyzer, type CueKind, type EventLexicon } from './lexicon.js';

export interface EventWord extends Span {
  /** Index in the document's tokens. */
  token: number;
  /** The search form. */
  key: string;
  /** The search form and its forms without proclitics, longest first. */
  forms: readonly string[];
  /** The analyser's stem (search form), or null for a stopword or a number. */
  stem: string | null;
  /** A number, or a number word of a quantity («ثلاثة»). */
  number: boolean;
  /** Punctuation stands between it and the word before («، », «:», «"»): a phrase does not run across it. */
  pause: boolean;
}

const buf = new TermBuffer();

/**
 * The forms of a search-form word without و/ف, then ب/ل/ك, then the article: «وبالجيش» → …, «الجيش»,
 * «جيش». «و» and «ف» come off a word of two letters too, so that «ومن», «وفي» are read as «من», «في».
 */
export function procliticForms(key: string): string[] {
  const out = [key];
  let k = key;
  if (k.length > 2 && (k[0] === 'و' || k[0] === 'ف')) out.push((k = k.slice(1)));
  if (k.length > 3 && (k[0] === 'ب' || k[0] === 'ل' || k[0] === 'ك')) {
    // «للجيش» is ل + الجيش.
    if (k[0] === 'ل' && k[1] === 'ل') out.push('ا' + k.slice(1), k.slice(2));
    out.push((k = k.slice(1)));
  }
  if (k.length > 4 && k.startsWith('ال')) out.push(k.slice(2));
  return out;
}

/** The words of sentence `s` of the document. */
export function sentenceWords(doc: AnalysedDocument, s: number, first: number): { words: EventWord[]; next: number } {
  const words: EventWord[] = [];
  const span = doc.sentences[s]!;
  const tokens = doc.tokens;
  let i = first;
  while (i < tokens.length && tokens[i]!.sentence < s) i++;
  const from = i;
  let pause = false;
  for (; i < tokens.length && tokens[i]!.sentence === s; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'arabic' && t.kind !== 'number') {
      if (t.kind === 'punct' || t.kind === 'quote') pause = true;
      continue;
    }
    words.push({ token: i, start: t.start, end: t.end, key: t.key, forms: t.kind === 'arabic' ? procliticForms(t.key) : [t.key], stem: null, number: t.kind === 'number', pause });
    pause = false;
  }
  if (words.length && from < i) {
    const analyzer = eventAnalyzer();
    buf.reset();
    analyzer.analyzeInto(doc.text.slice(span.start, span.end), buf);
    let w = 0;
    for (let k = 0; k < buf.length; k++) {
      const start = span.start + buf.starts[k]!;
      while (w < words.length && words[w]!.start < start) w++;
      if (w < words.length && words[w]!.start === start && !words[w]!.number) words[w]!.stem = analyzer.term(buf.ids[k]!);
    }
  }
  return { words, next: i };
}

/** The word without a joined «و/ف» («وسيزور» → «سيزور»), or as written. */
export const withoutConjunction = (w: EventWord): string => (w.forms.length > 1 && (w.key[0] === 'و' || w.key[0] === 'ف') ? w.forms[1]! : w.key);

/** Whether a word counts what follows it: a number or a quantifier («ثلاثة», «عدد», «كافة»). */
export const counting = (lex: EventLexicon, w: EventWord | undefined): boolean => w !== undefined && (w.number || isCue(lex, 'quantifier', w));

/** The word has the article («الجيش», «والقوات»). */
export const definite = (w: EventWord): boolean => w.forms.some((f) => f.startsWith('ال') && f.length > 3);

/** The word ends as a nisba adjective does, which agrees with its noun: «الأمنية», «يمني», «السعوديين». */
export const nisbaEnding = (w: EventWord): boolean => /ي(?:ه|ين|ون|ات)?$/u.test(w.key);
/**
 * Whether a word without the article ends in the «ن» of a sound plural («مسلحون», «مقاتلين»), which
 * a noun in construct drops: the word after it is its adjective («مسلحون مجهولون»), never its
 * genitive («مسلحون نقطة التفتيش» is two phrases).
 */
export const nunPlural = (w: EventWord): boolean => w.key.length > 4 && /(?:ون|ين)$/u.test(w.key) && !definite(w);
/** Whether `w` may follow `prev` in a phrase as far as the «ن» of a sound plural decides: only an adjective that agrees with it. */
export const afterNunPlural = (prev: EventWord, w: EventWord): boolean => !nunPlural(prev) || w.key.endsWith(prev.key.slice(-2)) || nisbaEnding(w);

/** Whether word `w` is a one-word cue of `kind`, with or without proclitics, or by its stem for a kind that inflects. */
export function isCue(lex: EventLexicon, kind: CueKind, w: EventWord): boolean {
  const set = lex.cues[kind];
  for (const f of w.forms) if (set.has(f)) return true;
  return w.stem !== null && lex.cueStems[kind].has(w.stem) && stemOpens(w);
}

/**
 * Whether the word's stem opens it once its proclitics are off: a noun's endings follow its stem, but
 * a letter before it that no proclitic explains is a verb's prefix («يطالب» is no «طالب»). The first
 * letters are compared, as the stem may spell a hamza otherwise («المسئول», «مسؤول»).
 */
const stemOpens = (w: EventWord): boolean => w.forms.some((f) => f[0] === w.stem![0]);

/**
 * Whether the word is the head noun of a participant the article names without a name: a doer
 * («مسلحون»), a target («مسجد»), or any noun of people («الجاني», «المزارعين»).
 */
export function isParticipantHead(lex: EventLexicon, w: EventWord): boolean {
  return isEventParticipant(lex, w) || isCue(lex, 'people', w);
}

/**
 * Whether the word names a participant of the kind an event's report brings along: an armed or
 * security actor, a victim, a target (cues.txt), which alone confirm a weak trigger beside it. The
 * nouns of people at large do not: «الإعلام» or «مشاعرك» beside «الهجوم» is no attack.
 */
export function isEventParticipant(lex: EventLexicon, w: EventWord): boolean {
  return isCue(lex, 'participant', w) || isCue(lex, 'target', w);
}

/** Where a cue of `kind` that opens at word `i` ends (one past its last word), or -1. */
export function cueAt(lex: EventLexicon, kind: CueKind, words: readonly EventWord[], i: number): number {
  const w = words[i]!;
  const phrases = lex.cuePhrases[kind];
  for (const f of w.forms) {
    const rests = phrases.get(f);
    if (!rests) continue;
    for (const rest of rests) {
      let k = 0;
      while (k < rest.length && words[i + 1 + k]?.forms.includes(rest[k]!)) k++;
      if (k === rest.length) return i + 1 + k;
    }
  }
  return isCue(lex, kind, w) ? i + 1 : -1;
}

/** Whether any word of `words[from..to)` opens a cue of `kind`. */
export function anyCue(lex: EventLexicon, kind: CueKind, words: readonly EventWord[], from: number, to: number): boolean {
  for (let i = Math.max(0, from); i < Math.min(to, words.length); i++) if (cueAt(lex, kind, words, i) >= 0) return true;
  return false;
}
