/**
 * Persons in a list of persons: «وحمد المغيولي وشايع الأمسح وزبن بن عمير», «ونايف هزازي، وأيمن
 * فتيني، وربيع سفياني». An item of two or three words between the list's separators (a comma, or و
 * on its first word), right next to an item the tagger called a person, is a person too when its
 * first word is a given name the lists know and none of its words is a stopword, a place, an
 * outlet, a role word or a word with the article after a preposition.
 */
import type { Mention } from '../core/entity-schema.js';
import { defaultKnownNames } from '../text/known-names.js';
import { normalizeText } from '../text/normalize.js';
import { isPlaceName } from '../text/places.js';
import { defaultStopwords } from '../text/stopwords.js';
import { isOutletName } from './outlet-names.js';
import { classify, type RoleContext } from './role-context.js';
import { coveredWords, wordsOf } from './extract-role.js';

const COMMAS: ReadonlySet<string> = new Set(['،', ',']);
/** The article, after ب/ك/ل or not: a name's first word has none («بالتدخل العاجل»). */
const DEFINITE = /^[بكل]?ال|^لل/u;
/** A preposition written on the article: no word of a name («نعيم بالطيور»). */
const PREP_ARTICLE = /^[بكل]ال|^لل/u;
/** Words in an item, at most (two pieces of «عبدالله» count as one). */
const MAX_ITEM_WORDS = 3;

export function findListedPersons(mentions: readonly Mention[], ctx: RoleContext): Mention[] {
  const { words, text } = ctx;
  const stop = defaultStopwords();
  const names = defaultKnownNames();
  if (!mentions.some((m) => m.type === 'PERS')) return [];
  // Where the persons' words start and end (exclusive), and which words any mention covers: read once.
  const personStarts = new Set<number>();
  const personEnds = new Set<number>();
  const covered = coveredWords(ctx, mentions);
  for (const m of mentions) {
    if (m.type !== 'PERS') continue;
    const [a, b] = wordsOf(ctx, m.start, m.end);
    personStarts.add(a);
    personEnds.add(b);
  }
  const taken = (a: number, b: number): boolean => covered.subarray(a, b).includes(1);
  const personAt = (a: number): boolean => personStarts.has(a);
  const personEndingAt = (b: number): boolean => personEnds.has(b);
  // «و» written on the first word of an item; not the first letter of a name the lists know as one.
  const conj = (k: number): boolean => {
    const w = words[k]!;
    if (w.kind !== 'arabic' || w.key.length <= 2 || !w.key.startsWith('و')) return false;
    return w.key.startsWith('وو') || !names.person(normalizeText(text.slice(w.start, w.end), 'morph'));
  };
  const bare = (k: number): string => normalizeText(text.slice(words[k]!.start, words[k]!.end), 'search').replace(/^و/u, '');
  // An item from `a` to `b` (exclusive) that may be a name.
  const nameLike = (a: number, b: number): boolean => {
    let count = 0;
    for (let k = a; k < b; k++) {
      const w = words[k]!;
      if (w.kind !== 'arabic' || (k > a && w.breakBefore)) return false;
      const f = k === a ? bare(k) : w.key;
      if (stop.has(f) || isPlaceName(f) || (k === a ? DEFINITE : PREP_ARTICLE).test(f) || classify(ctx, k).kind === 'title' || classify(ctx, k).kind === 'head') return false;
      if (w.part !== 'tail') count++;
    }
    if (count < 2 || count > MAX_ITEM_WORDS || isOutletName(text.slice(words[a]!.start, words[b - 1]!.end))) return false;
    // A name opens with a given name the lists know («وحدة الأنشطة», «أعضاء المجلس» do not).
    const given = normalizeText(text.slice(words[a]!.start, words[a]!.end), 'morph');
    return names.person(conj(a) ? given.slice(1) : given);
  };
  const out: Mention[] = [];
  for (let a = 1; a < words.length; a++) {
    // An item opens after a comma, or with و on its first word.
    const afterComma = COMMAS.has(words[a - 1]!.key);
    if (!afterComma && !conj(a)) continue;
    // The item ends before a comma or before the next word with و.
    let b = a + 1;
    while (b < words.length && b - a <= MAX_ITEM_WORDS && !COMMAS.has(words[b]!.key) && !conj(b) && words[b]!.kind === 'arabic' && !words[b]!.breakBefore) b++;
    if (b - a < 2 || taken(a, b) || !nameLike(a, b)) continue;
    // A person right before (ending at the separator) or right after.
    const before = personEndingAt(afterComma ? a - 1 : a);
    const after = b < words.length && (personAt(COMMAS.has(words[b]!.key) ? b + 1 : b));
    if (!before && !after) continue;
    const start = conj(a) ? words[a]!.start + 1 : words[a]!.start;
    out.push({ type: 'PERS', start, end: words[b - 1]!.end, text: text.slice(start, words[b - 1]!.end) });
    a = b - 1;
  }
  return out;
}
