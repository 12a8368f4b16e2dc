/**
 * The writer a byline names at the start of a paragraph: «لجين الأحمدي – عين اليوم», «عين اليوم –
 * هيفاء عبدالله», «علي حفول - سبق- نجران: دشن …», «سلوى سعد – متابعات». Two or three words on one
 * side of a dash, the first without the article and none a stopword, a place or an outlet, are a
 * person when the other side is an outlet, a place or a credit word («متابعات»).
 */
import type { Mention } from '../core/entity-schema.js';
import { isPlaceName } from '../text/places.js';
import { defaultStopwords } from '../text/stopwords.js';
import { isOutletName } from './outlet-names.js';
import type { RoleContext } from './role-context.js';

/** Words that credit a story in a byline instead of a writer or a place. */
const CREDIT_WORDS: ReadonlySet<string> = new Set(['متابعات', 'خاص', 'وكالات']);
const DASHES: ReadonlySet<string> = new Set(['-', '\u2013', '\u2014']);
/** Words of an outlet's name in a byline, at most («سكاي نيوز عربية»). */
const OUTLET_WORDS = 3;

export function findBylineAuthors(ctx: RoleContext): Mention[] {
  const { words, text } = ctx;
  const stop = defaultStopwords();
  const surface = (k: number): string => text.slice(words[k]!.start, words[k]!.end);
  const isDash = (k: number): boolean => k < words.length && DASHES.has(words[k]!.key);
  // A writer's name: 2 or 3 Arabic words from `a` to `b` (exclusive; «عبدالله» may come as two
  // pieces), the first without the article, the whole no outlet or place.
  const nameAt = (a: number, b: number): boolean => {
    let count = 0;
    for (let k = a; k < b; k++) {
      const w = words[k]!;
      if (w.kind !== 'arabic' || (k > a && w.breakBefore) || stop.has(w.key) || isPlaceName(surface(k))) return false;
      if (w.part !== 'tail') count++;
    }
    if (count < 2 || count > 3 || words[a]!.part === 'tail' || words[b - 1]!.part === 'head') return false;
    const first = words[a]!.key;
    const whole = text.slice(words[a]!.start, words[b - 1]!.end);
    return !first.startsWith('ال') && !CREDIT_WORDS.has(first) && !isOutletName(whole) && !isPlaceName(whole);
  };
  // An outlet (1 to 3 words), a place or a credit word starting at `a`, on the same line: its end, or -1.
  const creditAt = (a: number): number => {
    if (a >= words.length || words[a]!.kind !== 'arabic') return -1;
    if (CREDIT_WORDS.has(words[a]!.key) || isPlaceName(surface(a))) return a + 1;
    // The longest outlet name on the line.
    let n = 1;
    while (n < OUTLET_WORDS && a + n < words.length && !words[a + n]!.breakBefore) n++;
    for (; n >= 1; n--) if (isOutletName(text.slice(words[a]!.start, words[a + n - 1]!.end))) return a + n;
    return -1;
  };
  const out: Mention[] = [];
  const add = (a: number, b: number): void => {
    out.push({ type: 'PERS', start: words[a]!.start, end: words[b - 1]!.end, text: text.slice(words[a]!.start, words[b - 1]!.end) });
  };
  for (let k = 0; k < words.length; k++) {
    if (k > 0 && !words[k]!.breakBefore) continue;
    // The writer first: «لجين الأحمدي – عين اليوم».
    for (let d = k + 2; d <= k + 4; d++) {
      if (isDash(d) && !words[d]!.breakBefore && nameAt(k, d) && creditAt(d + 1) >= 0) {
        add(k, d);
        break;
      }
    }
    // The credit first: «عين اليوم – هيفاء عبدالله», the name ending its line.
    const c = creditAt(k);
    if (c >= 0 && isDash(c) && !words[c]!.breakBefore) {
      const a = c + 1;
      let b = a;
      while (b < words.length && b - a < 5 && !(b > a && words[b]!.breakBefore) && words[b]!.kind === 'arabic') b++;
      if ((b === words.length || words[b]!.breakBefore) && nameAt(a, b)) add(a, b);
    }
  }
  return out;
}
