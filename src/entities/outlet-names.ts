/**
 * News outlets (data/entities/outlets.txt) where the text marks a name as one: in quotation marks
 * of its own («في تصريح لـ"سبق"», «وكانت «عكاظ» نشرت»), or right after an outlet noun («صحيفة
 * الوطن», «قناة العربية»). They are organisations: a mention the tagger gave the same span another
 * type becomes one, and one it missed is added. Many outlets' names are common words («الوطن», «اليوم»,
 * «سبق»), so a name standing alone in the text is left as the tagger reads it.
 */
import type { Mention } from '../core/entity-schema.js';
import { normalizeText } from '../text/normalize.js';
import { readLines } from '../text/read-data.js';
import { withFound } from './merge-mentions.js';
import type { RoleContext } from './role-context.js';

/** Characters between an outlet name's quotation marks, at most. */
const MAX_QUOTED = 60;
/** Words of an outlet's name, at most. */
const MAX_WORDS = 4;
/** Nouns before an outlet's name: «صحيفة», «لقناة», «وموقع». */
const OUTLET_NOUN = /^[وف]?[بلك]?(?:ال)?(?:صحيفه|جريده|موقع|قناه|وكاله|مجله|اذاعه|تلفزيون|شبكه)$/u;
const QUOTES: Readonly<Record<string, string>> = { '«': '»', '“': '”', '"': '"' };

let bundled: ReadonlySet<string> | undefined;

/** The listed outlets' names, in search form with single spaces, read once. */
export function outletNames(): ReadonlySet<string> {
  bundled ??= new Set(readLines('entities/outlets.txt').flatMap((l) => l.split('|')).map(key).filter(Boolean));
  return bundled;
}

const key = (s: string): string => normalizeText(s, 'search').replace(/\s+/gu, ' ').trim();

/** A listed outlet's name: «الوطن», «سكاي نيوز عربية». */
export const isOutletName = (name: string, names: ReadonlySet<string> = outletNames()): boolean => names.has(key(name));

/** The mentions with the outlets the text marks as such. */
export function withOutletNames(mentions: readonly Mention[], ctx: RoleContext, names: ReadonlySet<string> = outletNames()): Mention[] {
  const { text, words } = ctx;
  const found: Array<Pick<Mention, 'type' | 'start' | 'end' | 'text'>> = [];
  const add = (start: number, end: number): void => {
    found.push({ type: 'ORG', start, end, text: text.slice(start, end) });
  };
  // In quotation marks of its own.
  const marks = /[«“"]/gu;
  for (let m = marks.exec(text); m; m = marks.exec(text)) {
    const close = closingMark(text, m.index, QUOTES[m[0]]!.charCodeAt(0));
    if (close < 0) continue;
    const inner = text.slice(m.index + 1, close);
    const lead = inner.length - inner.trimStart().length;
    if (names.has(key(inner))) add(m.index + 1 + lead, m.index + 1 + inner.trimEnd().length);
    marks.lastIndex = close + 1;
  }
  // Right after an outlet noun: the longest listed name.
  for (let k = 0; k + 1 < words.length; k++) {
    if (!OUTLET_NOUN.test(words[k]!.key)) continue;
    for (let n = Math.min(MAX_WORDS, words.length - k - 1); n >= 1; n--) {
      const last = words[k + n]!;
      if (words.slice(k + 1, k + n + 1).some((w) => w.breakBefore || w.kind !== 'arabic' && w.kind !== 'number')) continue;
      if (names.has(key(text.slice(words[k + 1]!.start, last.end)))) {
        add(words[k + 1]!.start, last.end);
        break;
      }
    }
  }
  return withFound(mentions, found);
}

/**
 * The closing mark (code `closer`) of the quotation opening at `open`, within {@link MAX_QUOTED}
 * characters and the same line; else -1. Bounded, so a run of opening marks costs linear time.
 */
function closingMark(text: string, open: number, closer: number): number {
  const stop = Math.min(text.length, open + MAX_QUOTED + 1);
  for (let i = open + 1; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c === closer) return i;
    if (c === 10) return -1;
  }
  return -1;
}
