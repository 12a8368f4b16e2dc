/**
 * Places in a list of places: «القريات ودومة الجندل وطبرجل والناصفة والعيساوية», «أحياء الثقبة
 * والعقربية». An item of one or two words between the list's separators (a comma, or و on its first
 * word), right after a place, is a place too when the list holds two places found before it, and
 * the item reads as a name: no stopword, role or title word, no person's name the lists know, and
 * no common word the corpus counts saw («والتعليم», «والحديثة»).
 */
import type { Mention } from '../core/entity-schema.js';
import { segmentClitics } from '../text/clitics.js';
import { defaultKnownNames } from '../text/known-names.js';
import { NOMINAL, TAG } from '../text/lexicon-tags.js';
import { isKnownWord } from '../text/inflection.js';
import { defaultMorphologyTables } from '../text/morphology-tables.js';
import { defaultWordCounts } from '../text/word-counts.js';
import { normalizeText } from '../text/normalize.js';
import { defaultStopwords } from '../text/stopwords.js';
import { coveredWords, wordsOf } from './extract-role.js';
import { classify, type RoleContext } from './role-context.js';

const COMMAS: ReadonlySet<string> = new Set(['،', ',']);
/** Words in an item, at most. */
const MAX_ITEM_WORDS = 2;
/** How often the corpus counts must have seen a word for it to be the common word in a list. */
const COMMON_COUNT = 2;
/** Endings of the accusative and oblique a known word takes after a comma: «مشيرا», «تحديدًا», «مشيرين». */
const ACCUSATIVE = /(?:[^ا]اً?|ين)$/u;
/** Places the list must hold before an item, at least. */
const MIN_PLACES = 2;

export function findListedPlaces(mentions: readonly Mention[], ctx: RoleContext): Mention[] {
  const { words, text } = ctx;
  if (mentions.filter((m) => m.type === 'LOC').length < MIN_PLACES) return [];
  const stop = defaultStopwords();
  const names = defaultKnownNames();
  const lexicon = ctx.lexicon();
  const counts = defaultWordCounts();
  const covered = coveredWords(ctx, mentions);
  /** Per word index where a place's words end (exclusive): its start. */
  const placeEnds = new Map<number, number>();
  for (const m of mentions) {
    if (m.type !== 'LOC') continue;
    const [a, b] = wordsOf(ctx, m.start, m.end);
    placeEnds.set(b, a);
  }
  // «و» written on the first word of an item.
  const conj = (k: number): boolean => words[k]!.kind === 'arabic' && words[k]!.key.length > 3 && words[k]!.key.startsWith('و');
  /** An item starts at word `a`: a comma right before it, or و on its first word. */
  const separated = (a: number): boolean => conj(a) || (a > 0 && COMMAS.has(words[a - 1]!.key));
  /** The word the place before an item at `a` ends on (exclusive), past a comma. */
  const before = (a: number): number => (a > 0 && COMMAS.has(words[a - 1]!.key) ? a - 1 : a);
  /** An item ends before word `k`: a separator, a mark, a function word, or the sentence's end. */
  const ends = (k: number): boolean => k >= words.length || words[k]!.kind !== 'arabic' || words[k]!.breakBefore || COMMAS.has(words[k]!.key) || conj(k) || stop.has(words[k]!.key);
  const nameLike = (a: number, b: number): boolean => {
    for (let k = a; k < b; k++) {
      const w = words[k]!;
      if (w.kind !== 'arabic' || (k > a && w.breakBefore)) return false;
      const f = k === a && conj(a) ? w.key.slice(1) : w.key;
      const kind = classify(ctx, k).kind;
      if (f.length < 3 || stop.has(f) || kind === 'title' || kind === 'head' || kind === 'link' || kind === 'prep') return false;
      const morph = normalizeText(text.slice(w.start, w.end), 'morph').slice(k === a && conj(a) ? 1 : 0);
      if (names.person(morph.replace(/^ال/u, ''))) return false;
      const seg = segmentClitics(morph, { lexicon });
      const tags = lexicon.get(seg.lemma) ?? 0;
      // A common word the corpus counts saw is the word («والتعليم», «والحديثة»); a rare reading
      // the lexicon allows («الناصفة» as ناصف + ة) is no bar to a name.
      if (seg.known && !(tags & TAG.proper) && (counts.get(seg.lemma) ?? 0) >= COMMON_COUNT) return false;
      // A verb («وأصبحت», «نقارن») or a word in the accusative («مشيرا», «تحديدًا», «مشيرين»), as after a
      // place a clause goes on: «… في عسير، مشيرا إلى …».
      if (seg.known && !(tags & TAG.proper) && (ACCUSATIVE.test(morph) || (isKnownWord(seg.lemma, lexicon, defaultMorphologyTables(), TAG.verb) && !(tags & NOMINAL)))) return false;
    }
    return true;
  };
  const out: Mention[] = [];
  /** Places in the list so far, and where its last item ended (exclusive). */
  let count = 0;
  let listEnd = -1;
  for (let a = 1; a < words.length; a++) {
    // A place found: the list goes on from it, or starts with it.
    const start = placeEnds.get(a);
    if (start !== undefined) {
      count = listEnd >= 0 && separated(start) && before(start) === listEnd ? count + 1 : 1;
      listEnd = a;
    }
    if (!separated(a) || covered[a] || before(a) !== listEnd || count < MIN_PLACES) continue;
    let b = a + 1;
    while (b - a < MAX_ITEM_WORDS && !ends(b) && !covered[b]) b++;
    // «… والعيساوية في الشمال»: the item ends where `ends` says, or is none.
    if (!ends(b)) continue;
    if (!nameLike(a, b)) continue;
    const from = conj(a) ? words[a]!.start + 1 : words[a]!.start;
    out.push({ type: 'LOC', start: from, end: words[b - 1]!.end, text: text.slice(from, words[b - 1]!.end) });
    count++;
    listEnd = b;
    a = b - 1;
  }
  return out;
}
