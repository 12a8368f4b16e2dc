/**
 * An organisation's short name, given in quotation marks or brackets right after its full name:
 * «شركة اتحاد اتصالات "موبايلي"», «منظمة الصحة العالمية (WHO)». The short name is the organisation
 * wherever the article writes it: a mention the tagger gave that span another type becomes an
 * organisation, one it missed is added, and the linker gives it the full name's id.
 */
import type { Mention } from '../core/entity-schema.js';
import { segmentClitics } from '../text/clitics.js';
import { defaultKnownNames } from '../text/known-names.js';
import type { Lexicon } from '../text/lexicon.js';
import { TAG } from '../text/lexicon-tags.js';
import { defaultMonths } from '../text/months.js';
import { normalizeText } from '../text/normalize.js';
import { nameKey } from './fold-name.js';
import { withFound } from './merge-mentions.js';
import type { RoleContext } from './role-context.js';

/** Words of a short name at most. */
const MAX_WORDS = 3;
const CLOSE: Readonly<Record<string, string>> = { '«': '»', '“': '”', '"': '"', '(': ')' };
/** Right after the name: white space, then an opening mark. */
const OPENING = /^[ \t]*([«“"(])/u;

/**
 * A short name, not a date or a gloss: no month («(أبريل)»), no adjective («"الألمانية"»,
 * «"سياحية"»), and not only common words with the article («(البرلمان)», «"الورقة البيضاء"»). A
 * common word without it may be one («"موهبة"»).
 */
function nameLike(inner: string, lexicon: Lexicon): boolean {
  const words = normalizeText(inner, 'morph').trim().split(/\s+/u);
  if (defaultMonths().has(normalizeText(inner, 'search').trim())) return false;
  if (words.length === 1 && /^ال.+(?:ي|ية)$/u.test(words[0]!)) return false;
  // An adjective alone describes («"سياحية"»), it names no one.
  if (words.length === 1 && ((lexicon.get(segmentClitics(words[0]!, { lexicon }).lemma) ?? 0) & TAG.adjective) !== 0) return false;
  const common = (w: string): boolean => {
    const seg = segmentClitics(w, { lexicon });
    return seg.known && !defaultKnownNames().has(seg.lemma) && ((lexicon.get(seg.lemma) ?? 0) & TAG.proper) === 0;
  };
  const definite = words.some((w) => w.startsWith('ال'));
  return !(words.every(common) && (definite || words.length > 1));
}

/** The mentions with the short names found, and each short name's key with its full name's mention. */
export function withQuotedShortNames(mentions: readonly Mention[], ctx: RoleContext): { mentions: Mention[]; fullNames: Map<string, Mention> } {
  const { text, words } = ctx;
  const fullNames = new Map<string, Mention>();
  for (const m of mentions) {
    // A full name of two words or more: a one-word «organisation» before a quotation is more often
    // something else the tagger called one.
    if (m.type !== 'ORG' || !/\s/u.test(m.text.trim())) continue;
    const open = OPENING.exec(text.slice(m.end, m.end + 4));
    if (!open) continue;
    const from = m.end + open[0].length;
    const close = text.indexOf(CLOSE[open[1]!]!, from);
    if (close < 0 || close - from > 40) continue;
    const inner = text.slice(from, close);
    const key = nameKey(inner);
    if (!/\p{L}/u.test(key) || inner.includes('\n') || key.split(' ').length > MAX_WORDS || !nameLike(inner, ctx.lexicon())) continue;
    if (!fullNames.has(key)) fullNames.set(key, m);
  }
  if (!fullNames.size) return { mentions: [...mentions], fullNames };
  // Every place the article writes a short name: a run of words whose key is one.
  const found: Array<Pick<Mention, 'type' | 'start' | 'end' | 'text'>> = [];
  for (let k = 0; k < words.length; k++) {
    if (words[k]!.kind !== 'arabic' && words[k]!.kind !== 'latin') continue;
    for (let n = MAX_WORDS; n >= 1; n--) {
      if (k + n > words.length) continue;
      const start = words[k]!.start;
      const end = words[k + n - 1]!.end;
      if (!fullNames.has(nameKey(text.slice(start, end)))) continue;
      found.push({ type: 'ORG', start, end, text: text.slice(start, end) });
      k += n - 1;
      break;
    }
  }
  return { mentions: withFound(mentions, found), fullNames };
}
