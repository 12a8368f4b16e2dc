/**
 * Decides what one line is by its own features, with no help from repetition: the first sighting
 * of a widget, a one-article input. The rules run in order; the first that fires names the kind.
 * Body text (long, sentence-like, many function words) never fires one, so a paragraph is only
 * removed with evidence.
 */
import { defaultChromeKinds, type ChromeKinds } from './chrome-kinds.js';
import { isDateShape } from './date-words.js';
import { lineShape } from './line-shape.js';

/** Lines up to this many words may be matched by an opening or ending, or by their UI words. */
export const SHORT_WORDS = 12;
/** … and lines up to this many, by an opening of two words or more, for the kinds that run long. */
const LONG_WORDS = 45;
/** The words of a credit line opened by a role word: the role and a name. */
const CREDIT_WORDS = 5;
const LONG_KINDS = new Set(['contact', 'copyright', 'date', 'ad', 'newsletter', 'follow', 'tags', 'link', 'related', 'read-more', 'comments', 'rating', 'cookie', 'login']);

// Breadcrumbs: three or more short parts joined by the same kind of separator.
const CRUMB = /\s(?:>|»|›|\/|\||←|→)\s/gu;
const MAY_CRUMB = /[>»›/|←→]/;
const NUMBERED = /^\s*\p{Nd}{1,2}\s*[-.)]\s+\P{Nd}/u;

// «11 / 14», «3 من 8», «2 of 5».
const COUNTER = /^[(\[]?\p{Nd}+\s*(?:\/|من|of)\s*\p{Nd}+[)\]]?$/u;
// «‹ ›», «< >», «« »»: carousel arrows with no words.
const ARROWS = /^[\s‹›<>«»←→↑↓◄►▲▼❮❯|]+$/u;
// «ع س/ س ن», «ح ع»: an agency's end code, letters standing alone.
const CODE = /^\p{Script=Arabic}{1,2}(?:[\s/.-]+\p{Script=Arabic}{1,2}){1,5}$/u;
// «أنت هنا: الرئيسية › مقالات › …»: a path, however long its last part.
const PATH_HEAD = /^(?:أنت هنا|انت هنا|الرئيسية|الرئيسيه|home)\s*[:›»>/|]/iu;
// «مطعم في جدة يمنع دخول الأطفال ••• إبرا: جوارديولا»: headlines run together by bullets or diamonds (a ticker).
// (Cheap tests first: most lines hold neither a separator nor a Latin letter.)
const MAY_SEPARATE = /[•◆◇●■★✦|▲▼]/;
const MAY_NAME_SITE = /[A-Za-z]/;
// «تاسي 8528.77 ▲ 0.79%»: a market figure with its arrow.
const MARKET = /[▲▼]\s*[-+−]?\s*\p{Nd}/u;
const TICKER_SEPARATOR = /\s[•◆◇●■★✦|]{2,}\s|\s[◆◇★✦]\s/u;
// «النبأ اليوم | Alnaba Today»: a site's name in Arabic and in Latin letters.
const SITE_NAME = /^[\p{Script=Arabic}\s]{2,40}\s[|\-–]\s[A-Za-z][A-Za-z\s.&'-]{1,40}$/u;
const TIME_ALONE = /^\p{Nd}{1,2}:\p{Nd}{2}(?:\s*(?:ص|م|am|pm|AM|PM))?$/u;
const CLOCK = /\p{Nd}{1,2}:\p{Nd}{2}/gu;
const TWEET_SIGNATURE = /^[—–-]\s*[^()\n]{2,50}\(@[A-Za-z0-9_]{1,20}\)/u;
const STARS = /[★☆✩✭⭐][★☆✩✭⭐\s]*[★☆✩✭⭐][★☆✩✭⭐\s]*[★☆✩✭⭐]/u;
// «#السعودية #النفط #أوبك».
const HASHTAGS = /^(?:#[\p{L}\p{N}_]+[\s،,]*){2,}$/u;

type Rule = (line: string, words: readonly string[], shape: string, kinds: ChromeKinds) => string | null;

/** The rules, in order, each with the case it handles. */
const RULES: ReadonlyArray<[name: string, rule: Rule]> = [
  // «11 / 14» → gallery; «#السعودية #النفط» → tags.
  ['counter', (line) => (line.length <= 24 && COUNTER.test(line) ? 'gallery' : line.includes('#') && HASHTAGS.test(line) ? 'tags' : line.length <= 16 && CODE.test(line) ? 'end-mark' : null)],
  // «9:35», «10:24 م»: a time alone; «الفجر 03:37 الشروق 05:07 الظهر 12:10 …»: a timetable (three times or more, few words).
  ['times', (line, words) => (line.length <= 12 && TIME_ALONE.test(line) ? 'date' : line.length <= 200 && (line.match(CLOCK) ?? []).length >= 3 && words.filter((w) => w !== '#').length <= 8 ? 'timetable' : null)],
  // «— سلمان الحربي (@salman_h) 26 يوليو 2015»: an embedded tweet's signature.
  ['tweet', (line) => (line.length <= 120 && TWEET_SIGNATURE.test(line) ? 'tweet' : null)],
  // «قيّم هذا المقال ★★★☆☆ (64 صوتاً)»: a rating's stars.
  ['stars', (line, words) => (words.length <= SHORT_WORDS && STARS.test(line) ? 'rating' : null)],
  // «عنوان ••• عنوان» → ticker; «النبأ اليوم | Alnaba Today» → nav.
  ['ticker', (line, words) => (words.length <= LONG_WORDS && MAY_SEPARATE.test(line) && (TICKER_SEPARATOR.test(line) || MARKET.test(line)) ? 'ticker' : words.length <= 10 && MAY_NAME_SITE.test(line) && SITE_NAME.test(line) ? 'nav' : null)],
  // «TT», «طباعة», «اقرأ أيضاً:», «…المزيد»: a whole line a kind file names.
  ['whole-line', (_l, _w, shape, k) => k.lines.get(shape) ?? null],
  // «https://example.com/a/1» → link; «name@example.com» → contact.
  ['address', (_l, words) => (words.every((w) => w === 'url') ? 'link' : words.every((w) => w === '@' || w === '#') && words.includes('@') ? 'contact' : null)],
  // «الثلاثاء 21 يوليو 2015 - 10:30 م», «5 شوال 1436 هـ».
  // (Not a row of figures: «• الأحد 24/10 (55-70%)».)
  // (Numbers do not count toward the length: «20 شوال 1436هـ الموافق 5/8/2015م، الساعة 3:30 م».)
  ['date', (line, words) => (words.length <= SHORT_WORDS * 2 && !line.includes('%') && words.filter((w) => w !== '#').length <= SHORT_WORDS && isDateShape(words) ? 'date' : null)],
  // «الرئيسية > أخبار > محليات».
  // (Not a numbered item: «14- فزي له يا أرض / كلمات: سعود البابطين / ألحان: سهم».)
  ['breadcrumb', (line, words) => {
    if (!MAY_CRUMB.test(line) || NUMBERED.test(line)) return null;
    const seps = line.match(CRUMB)?.length ?? 0;
    return (seps >= 2 && words.length <= SHORT_WORDS && !/[.!؟?]$/u.test(line)) || (PATH_HEAD.test(line) && seps >= 1) ? 'breadcrumb' : null;
  }],
  // «نشر في: …», «الوسوم: …», «للتواصل مع الكاتب: …» (short lines).
  // An opening of two words or more may lead a longer line: «للتواصل أرسل SMS إلى 88000 الاتصالات أو …».
  ['opening', (line, words, _s, k) => {
    if (words.length > LONG_WORDS) return null;
    const keys = affixKeys(words, k.maxAffix, false);
    for (let n = keys.length; n >= 1; n--) {
      const kind = k.starts.get(keys[n - 1]!);
      // A credit is a role word and a name («بقلم: سارة أحمد»); a longer line so opened is a headline («تحرير «عدن» .. وإطلاق مشروع»).
      if (kind === 'byline' && (words.length > CREDIT_WORDS || /[«»"“”]/u.test(line))) continue;
      if (kind && (words.length <= SHORT_WORDS || (n >= 2 && LONG_KINDS.has(kind)))) return kind;
    }
    return null;
  }],
  // «… جميع الحقوق محفوظة», «… ثم الرسالة».
  // As openings, an ending of two words or more may close a longer line: «… تبدأ بالرمز 165 مسافة ثم الرسالة».
  ['ending', (_l, words, _s, k) => {
    if (words.length > LONG_WORDS) return null;
    const keys = affixKeys(words, k.maxAffix, true);
    for (let n = keys.length; n >= 1; n--) {
      const kind = k.ends.get(keys[n - 1]!);
      if (kind && (words.length <= SHORT_WORDS || (n >= 2 && LONG_KINDS.has(kind)))) return kind;
    }
    return null;
  }],
  // «نحن نحترم خصوصيتك. نستخدم ملفات تعريف الارتباط لأغراض …»: a phrase only the kind uses, anywhere in the line.
  ['phrase', (_l, words, shape, k) => {
    if (!k.contains.length || words.length > LONG_WORDS) return null;
    for (const [phrase, kind] of k.contains) {
      // ` phrase ` inside ` shape `, without building the padded line.
      const bare = phrase.slice(1, -1);
      for (let at = shape.indexOf(bare); at >= 0; at = shape.indexOf(bare, at + 1)) {
        const end = at + bare.length;
        if ((at === 0 || shape[at - 1] === ' ') && (end === shape.length || shape[end] === ' ')) return kind;
      }
    }
    return null;
  }],
  // «شارك: فيسبوك تويتر واتساب», «12 تعليق | 530 مشاهدة»: mostly UI words.
  // (Not a numbered item: «3 - تطبيق «فيسبوك» Facebook» is the text's own list.)
  ['ui-words', (line, words, _s, k) => (NUMBERED.test(line) ? null : uiKind(words, k))],
];

/** The openings (or endings) of 1…max words, each built on the one before: «نشر», «نشر في», … */
function affixKeys(words: readonly string[], max: number, fromEnd: boolean): string[] {
  const keys: string[] = [];
  let key = '';
  for (let n = 1; n <= Math.min(max, words.length); n++) {
    const w = fromEnd ? words[words.length - n]! : words[n - 1]!;
    key = n === 1 ? w : fromEnd ? `${w} ${key}` : `${key} ${w}`;
    keys.push(key);
  }
  return keys;
}

/** The kind most of a short line's words belong to, when UI words (with numbers) make up most of it. */
export function uiKind(words: readonly string[], k: ChromeKinds): string | null {
  if (!words.length || words.length > SHORT_WORDS) return null;
  const votes = new Map<string, number>();
  let ui = 0;
  for (const w of words) {
    const kind = k.words.get(w);
    if (kind) {
      ui++;
      votes.set(kind, (votes.get(kind) ?? 0) + 1);
    } else if (w === '#' || w === '+' || w === '@') ui += 0.5;
  }
  if (!votes.size || ui < words.length * 0.6) return null;
  const kind = [...votes].sort((a, b) => b[1] - a[1])[0]![0];
  // A section name alone on its line («الاقتصاد», «رياضة») may be the text's own subheading: a menu is several.
  return kind === 'nav' && words.length < 2 ? null : kind;
}

/** The chrome kind of a line judged alone, or null when nothing marks it as chrome. */
export function classifyLine(line: string, kinds: ChromeKinds = defaultChromeKinds()): string | null {
  return classifyShaped(line, lineShape(line), kinds);
}

/** {@link classifyLine} for a line whose shape the caller has already computed. */
export function classifyShaped(line: string, shape: string, kinds: ChromeKinds): string | null {
  // A line with no letter or digit is never text: arrows are a slider's controls, and stars, dashes
  // or bullets («* * *», «───», «•••») a separator.
  if (!shape) return ARROWS.test(line) ? 'slider' : 'separator';
  const words = shape.split(' ');
  for (const [, rule] of RULES) {
    const kind = rule(line, words, shape, kinds);
    if (kind) return kind;
  }
  return null;
}
