/**
 * A mention's name: its span with و/ف and ب/ك/ل in front left out («وأحمد الشرع» → «أحمد الشرع»),
 * the actor the alias table knows by it, and its search key, the same in every article.
 */
import { segmentClitics } from '../text/clitics.js';
import { foreignScore } from '../text/foreign-shape.js';
import { defaultKnownNames } from '../text/known-names.js';
import { isPlaceName, placeInfo } from '../text/places.js';
import { normalizeText } from '../text/normalize.js';
import type { Span } from '../core/types.js';
import type { AliasIndex } from './alias-index.js';
import { typesFit } from './canonicalize.js';
import type { EntityType } from '../core/entity-schema.js';
import { offsetAfterLetters } from '../text/keyed-tokens.js';
import { nameKey } from './fold-name.js';
import type { CanonicalEntity } from './parse-aliases.js';

/** The name behind a mention. */
export interface MentionName extends Span {
  /** The search key of the name: «احمد الشرع», «الامم المتحده» (also for «للأمم المتحدة»). */
  key: string;
  /** The known actor, or null. */
  entity: CanonicalEntity | null;
}

const FIRST_WORD = /^[^\s]+/u;

/**
 * «ليام», «فالنسيا»: a foreign name's first ب/ل/ف/ك is its own, not a clitic, when the word looks
 * foreign as written and far less so without the letter (the letter-gram model of
 * src/text/foreign-shape.ts), and what is left is no person's name or place the lists know
 * («بخالد» is ب + خالد, «بنجران» ب + نجران). و, the conjunction before so many names, is always cut.
 */
function foreignInitial(word: string, base: string): boolean {
  const names = defaultKnownNames();
  if (names.person(base) || isPlaceName(base)) return false;
  const whole = foreignScore(normalizeText(word, 'search'));
  return whole >= FOREIGN_WORD && whole - foreignScore(normalizeText(base, 'search')) >= FOREIGN_DROP;
}
/** The foreign score a written word reaches (about half of looksForeign's threshold: names are short). */
const FOREIGN_WORD = 8;
/** How much more foreign the word must look with its first letter than without it. */
const FOREIGN_DROP = 4;

/** The letter before `at` is a preposition's ل that opens its word, after و/ف or not («ل|لحكومة», «ول|لجنة»). */
function afterPrepositionLam(text: string, at: number): boolean {
  if (at < 1 || text[at - 1] !== 'ل') return false;
  let k = at - 2;
  if (k >= 0 && (text[k] === 'و' || text[k] === 'ف')) k--;
  return k < 0 || !/\p{L}|\p{M}/u.test(text[k]!);
}

/** How many times more people the place without the و or ف must hold than the place with it. */
const POPULATION_RATIO = 4;

/** The mention without a leading و/ف where the rest names a far more populous place (see mentionName); else null. */
function conjunctionOnPlace(text: string, span: Span, firstEnd: number): MentionName | null {
  const raw = text.slice(span.start, span.end);
  if (!/^[وف]/u.test(raw) || firstEnd - span.start < 4) return null;
  const whole = placeInfo(normalizeText(raw, 'search'))?.population ?? null;
  const start = offsetAfterLetters(text, span.start, firstEnd, 1);
  const rest = text.slice(start, span.end);
  const without = placeInfo(normalizeText(rest, 'search'))?.population ?? null;
  if (whole === null || without === null || without < whole * POPULATION_RATIO) return null;
  return { start, end: span.end, key: nameKey(rest), entity: null };
}

/** The name of `text.slice(span.start, span.end)`, for a mention of `type`. */
export function mentionName(text: string, span: Span, type: EntityType, aliases: AliasIndex): MentionName {
  const raw = text.slice(span.start, span.end);
  const firstEnd = span.start + (FIRST_WORD.exec(raw)?.[0].length ?? 0);
  const rawKey = nameKey(raw);
  // «لحوثيين»: a span that already left out the preposition of «للحوثيين» finds the actor with it back.
  const lamForm = rawKey.startsWith('ل') ? aliases.nodes.get('ل' + rawKey)?.hit : undefined;
  const hit = aliases.nodes.get(rawKey)?.hit ?? (lamForm ? { ...lamForm, skip: 0 } : undefined);
  // A whole mention that is a listed person's name is that person, whatever the tagger called it
  // («أوباما» tagged ORG); a longer name holding it («إدارة أوباما») is no match here. A form the
  // table lists as ambiguous alone (`~`) names its actor only where the tagger gave the actor's
  // own type: «الخليج» tagged a place is the Gulf, not the club.
  const fits = hit?.entity && (hit.scan ? typesFit(type, hit.entity.type) : type === hit.entity.type);
  // «الرياض وجدة»: a place whose first letter may be و or ف is read without it where that names a
  // place far more people live in (جدة, not وجدة in Morocco).
  const joined = type === 'LOC' && (!hit?.entity || (hit.entity.type === 'LOC' && hit.skip === 0)) ? conjunctionOnPlace(text, span, firstEnd) : null;
  if (joined) return joined;
  if (hit?.entity && (fits || hit.entity.type === 'PERS')) {
    const start = hit.skip > 0 ? offsetAfterLetters(text, span.start, firstEnd, hit.skip) : span.start;
    return { start, end: span.end, key: nameKey(text.slice(start, span.end)), entity: hit.entity };
  }
  // Unknown names: the lexicon decides the clitics (وليد and فادي stay whole, وأحمد is و + أحمد).
  const first = normalizeText(text.slice(span.start, firstEnd), 'morph');
  const seg = segmentClitics(first);
  // «لحكومة الأمريكية» of «للحكومة»: a span that already left out the preposition's ل starts on the
  // article's, which stays («الحكومة» in the key), though the lexicon reads it as ل + «حكومة».
  if (seg.proclitics[0]?.tag === 'ل' && afterPrepositionLam(text, span.start)) {
    return { start: span.start, end: span.end, key: 'ا' + nameKey(text.slice(span.start, span.end)), entity: null };
  }
  let skip = 0;
  let lamLam = false;
  for (let i = 0; i < seg.proclitics.length; i++) {
    const c = seg.proclitics[i]!;
    if (c.tag === 'ال') break;
    // «للجنة»: ل + the article, whose alif the writing drops. The span leaves out the first ل, as it
    // does any clitic («لجنة», the article's ل kept), and the key reads «ال».
    if (c.tag === 'ل' && seg.proclitics[i + 1]?.tag === 'ال' && seg.proclitics[i + 1]!.surface === 'ل') {
      lamLam = true;
      skip += 1;
      break;
    }
    skip += c.surface.length;
  }
  if (skip === 1 && seg.proclitics.length === 1 && seg.proclitics[0]!.tag !== 'و' && foreignInitial(first, seg.base)) skip = 0;
  // A word the lists know whole keeps its first letter: «فالنسيا» is no ف + «النسيا», as «المانيا» is no ال + «مانيا».
  const names = defaultKnownNames();
  if (skip > 0 && names.has(first) && !names.has(seg.base.replace(/^ال/u, ''))) skip = 0;
  const start = skip > 0 && seg.base.length >= 2 ? offsetAfterLetters(text, span.start, firstEnd, skip) : span.start;
  let key = nameKey(text.slice(start, span.end));
  if (lamLam && key.startsWith('ل')) key = 'ا' + key;
  return { start, end: span.end, key, entity: null };
}
