/**
 * The names a byline gives at the start of a paragraph: its writer, a person («رغد عشميل – عين
 * اليوم», «عين اليوم – هيفاء عبدالله»), its dateline, a place («عبدالله البرقاوي- سبق- الرياض:
 * …», «خالد السويلمي ـ سبق ـ عرعر: …»), and a news agency it credits, an organisation («واس –
 * المنامة: …», «عين اليوم – واس»). A byline is up to four parts that dashes («-», «–», «—», or
 * a tatweel standing alone) separate, up to a colon or the line's end; one part is an outlet, an
 * agency or a credit word («متابعات»), or else a place. The writer is a part of two or three words, the first
 * without the article and none a stopword, a place or an outlet; the dateline is the last part,
 * before a colon, after the outlet.
 */
import type { Mention } from '../core/entity-schema.js';
import { isPlaceName } from '../text/places.js';
import { normalizeText } from '../text/normalize.js';
import { defaultStopwords } from '../text/stopwords.js';
import { isOutletName } from './outlet-names.js';
import { isNewsAgency } from './self-mentions.js';
import type { RoleContext } from './role-context.js';

/** Words that credit a story in a byline instead of a writer or a place, in search form. */
const CREDIT_WORDS: ReadonlySet<string> = new Set(['متابعات', 'متابعة', 'خاص', 'وكالات'].map((w) => normalizeText(w, 'search')));
/** Characters a byline's head spans at most, up to its colon or the line's end. */
const MAX_BYLINE = 70;
/** A dash between a byline's parts: «-», «–», «—», or a tatweel standing alone («ـ»). */
const DASH = /\s*[-\u2013\u2014]\s*|\s+\u0640+\s+/gu;
/** Quotation marks around an outlet's name in a byline: «"الشرق الأوسط"». */
const QUOTE_MARKS = /[«»"“”]/gu;
/** Words of a dateline's place at most («مكة المكرمة»). */
const PLACE_WORDS = 2;

interface Part {
  text: string;
  start: number;
  end: number;
  words: string[];
}

export function findBylineAuthors(ctx: RoleContext): Mention[] {
  const { words, text } = ctx;
  const stop = defaultStopwords();
  const out: Mention[] = [];
  for (let k = 0; k < words.length; k++) {
    if (k > 0 && !words[k]!.breakBefore) continue;
    const parts = bylineParts(text, words[k]!.start) ?? creditedOpening(text, words[k]!.start);
    if (!parts) continue;
    const agency = (p: Part): boolean => isNewsAgency(p.text.replace(QUOTE_MARKS, '').trim());
    const credit = (p: Part): boolean => isOutletName(p.text.replace(QUOTE_MARKS, '').trim()) || (p.words.length === 1 && CREDIT_WORDS.has(normalizeText(p.text, 'search'))) || agency(p);
    // An outlet, an agency or a credit word anchors the byline, else a place («مروان عيسى – جدة»).
    let at = parts.parts.findIndex(credit);
    if (at < 0) at = parts.parts.findIndex((p) => isPlaceName(p.text));
    if (at < 0) continue;
    parts.parts.forEach((p, i) => {
      // «واس – المنامة:», «عين اليوم – واس»: a news agency credited is the story's source, an organisation.
      if (agency(p)) out.push(withoutMarks(p, 'ORG'));
      if (i === at || credit(p)) return;
      // «… - سبق - عرعر:»: the last part after the outlet, before a colon, is where it was written.
      if (i === parts.parts.length - 1 && i > at && parts.colon) {
        if (p.words.length <= PLACE_WORDS && !stop.has(normalizeText(p.words[0]!, 'search'))) out.push({ type: 'LOC', start: p.start, end: p.end, text: p.text });
      } else if (writer(p)) out.push({ type: 'PERS', start: p.start, end: p.end, text: p.text });
    });
  }
  return out;

  /** A writer's name: 2 or 3 Arabic words, the first without the article, none a stopword or place, the whole no outlet or place. */
  function writer(p: Part): boolean {
    if (p.words.length < 2 || p.words.length > 3 || !p.words.every((w) => /^[\u0621-\u064A\u0640\u064B-\u0652]+$/u.test(w))) return false;
    const keys = p.words.map((w) => normalizeText(w, 'search'));
    if (keys[0]!.startsWith('ال') || keys.some((w) => stop.has(w) || CREDIT_WORDS.has(w)) || p.words.some((w) => isPlaceName(w))) return false;
    return !isOutletName(p.text) && !isPlaceName(p.text);
  }
}

/** The part's span as a mention of `type`, without the brackets or quotation marks around it: «(د.ب.أ)» → «د.ب.أ». */
function withoutMarks(p: Part, type: Mention['type']): Mention {
  const lead = p.text.length - p.text.replace(AROUND, '').length;
  const text = p.text.replace(AROUND, '').replace(AROUND_END, '');
  return { type, start: p.start + lead, end: p.start + lead + text.length, text };
}
const AROUND = /^[\s([«"“]+/u;
const AROUND_END = /[\s)\]»"”]+$/u;

/** The parts of the byline that opens at `start`: two to four, and whether a colon ends them; else null. */
function bylineParts(text: string, start: number): { parts: Part[]; colon: boolean } | null {
  // Only the reach of a byline is read: a text of many paragraphs costs linear time.
  const reach = text.slice(start, Math.min(text.length, start + MAX_BYLINE + 1));
  const nl = reach.indexOf('\n');
  const colonAt = reach.indexOf(':');
  const colon = colonAt >= 0 && (nl < 0 || colonAt < nl) && colonAt < MAX_BYLINE;
  // A line longer than a byline, with no colon in reach, is text.
  if (!colon && nl < 0 && start + reach.length < text.length) return null;
  const head = reach.slice(0, colon ? colonAt : nl < 0 ? reach.length : nl);
  const parts: Part[] = [];
  let from = 0;
  DASH.lastIndex = 0;
  for (let m = DASH.exec(head); ; m = DASH.exec(head)) {
    const to = m ? m.index : head.length;
    const raw = head.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    if (!t) return null;
    parts.push({ text: t, start: start + from + lead, end: start + from + lead + t.length, words: t.split(/\s+/u) });
    if (!m) break;
    from = m.index + m[0].length;
  }
  return parts.length >= 2 && parts.length <= 4 ? { parts, colon } : null;
}

/**
 * A writer and a credit opening a longer line, with no colon after them: «سلوى سعد – متابعات كشف
 * اللاعب …». The parts are the words before the first dash and the credit after it (an outlet of up
 * to three words, or a credit word).
 */
function creditedOpening(text: string, start: number): { parts: Part[]; colon: boolean } | null {
  DASH.lastIndex = 0;
  const head = text.slice(start, Math.min(text.length, start + MAX_BYLINE));
  const m = DASH.exec(head);
  if (!m || head.slice(0, m.index).includes('\n')) return null;
  const first = head.slice(0, m.index).trim();
  const lead = head.length - head.trimStart().length;
  const after = head.slice(m.index + m[0].length).split(/\s+/u);
  for (let n = Math.min(3, after.length); n >= 1; n--) {
    const credit = after.slice(0, n).join(' ');
    if (!isOutletName(credit) && !(n === 1 && CREDIT_WORDS.has(normalizeText(credit, 'search')))) continue;
    const cStart = start + m.index + m[0].length;
    return {
      parts: [
        { text: first, start: start + lead, end: start + lead + first.length, words: first.split(/\s+/u) },
        { text: credit, start: cStart, end: cStart + credit.length, words: after.slice(0, n) },
      ],
      colon: false,
    };
  }
  return null;
}
