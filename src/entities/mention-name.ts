/**
 * A mention's name: its span with و/ف and ب/ك/ل in front left out («وأحمد الشرع» → «أحمد الشرع»),
 * the actor the alias table knows by it, and its search key, the same in every article.
 */
import { segmentClitics } from '../text/clitics.js';
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

/** The name of `text.slice(span.start, span.end)`, for a mention of `type`. */
export function mentionName(text: string, span: Span, type: EntityType, aliases: AliasIndex): MentionName {
  const raw = text.slice(span.start, span.end);
  const firstEnd = span.start + (FIRST_WORD.exec(raw)?.[0].length ?? 0);
  const hit = aliases.nodes.get(nameKey(raw))?.hit;
  // A whole mention that is a listed person's name is that person, whatever the tagger called it
  // («أوباما» tagged ORG); a longer name holding it («إدارة أوباما») is no match here.
  if (hit?.entity && (typesFit(type, hit.entity.type) || hit.entity.type === 'PERS')) {
    const start = hit.skip > 0 ? offsetAfterLetters(text, span.start, firstEnd, hit.skip) : span.start;
    return { start, end: span.end, key: nameKey(text.slice(start, span.end)), entity: hit.entity };
  }
  // Unknown names: the lexicon decides the clitics (وليد and فادي stay whole, وأحمد is و + أحمد).
  const seg = segmentClitics(normalizeText(text.slice(span.start, firstEnd), 'morph'));
  let skip = 0;
  let lamLam = false;
  for (let i = 0; i < seg.proclitics.length; i++) {
    const c = seg.proclitics[i]!;
    if (c.tag === 'ال') break;
    // «للجنة»: ل + the article's ل cannot be cut apart; the span keeps both, the key reads «ال».
    if (c.tag === 'ل' && seg.proclitics[i + 1]?.tag === 'ال' && seg.proclitics[i + 1]!.surface === 'ل') {
      lamLam = true;
      break;
    }
    skip += c.surface.length;
  }
  const start = skip > 0 && seg.base.length >= 2 ? offsetAfterLetters(text, span.start, firstEnd, skip) : span.start;
  let key = nameKey(text.slice(start, span.end));
  if (lamLam && key.startsWith('لل')) key = 'ال' + key.slice(2);
  return { start, end: span.end, key, entity: null };
}
