/**
 * Attributed statements of an article: who said what, how and where.
 *
 * A speech verb (data/quotes/cues.txt) opens a statement when its clause follows in the same
 * sentence: a colon or a quotation («أضاف: «…»», «قال إن …» with the quote right after), or
 * أن/إن (indirect; «أشار إلى أن» through the verb's preposition). Between the verb and the clause
 * stand the speaker and the medium: «أكد رامي عبد الرحمن، مدير المرصد، في تصريح لـ«الشرق
 * الأوسط»، أن …». A quotation with no verb before it looks after it for «، قال …» or «بحسب …»,
 * or continues the quote of the paragraph before.
 *
 * The speaker is the first person or organisation named there (a place when it comes first: «قالت
 * موسكو»), else a group the article does not name («مصدر عسكري»). With no subject, the speaker is
 * carried: «من جهته» turns to the entity just mentioned, and «وأضاف»/«وتابع» to the last speaker.
 * A participle opens a clause of its own («…، لافتةً إلى أن …»), «نقل عن X قوله إن» and «وبحسب X،
 * فإن» give X, and persons the tagger missed are read after their role first (missed-names.ts).
 *
 * The finder walks the words once; at each, the statement rules (statement-rules/) are tried in
 * order, and the speaker rules (speaker-rules/) read the words between verb and clause. Last, a
 * speaker named only by a role is the one person the article gives it (role-named-later.ts), and a
 * speaker the article gives a role elsewhere keeps it (actor-role.ts).
 */
import type { Entity } from '../core/entity-schema.js';
import type { AnalysedDocument } from '../core/document.js';
import { keyedTokens } from '../text/keyed-tokens.js';
import { roleContext, type RoleContext } from '../entities/role-context.js';
import { splitSentences } from '../text/sentences.js';
import { findTimes } from '../times/find-times.js';
import type { Quote } from '../core/quote-schema.js';
import { roleKindAt, type Context } from './context.js';
import { withActorRoles } from './actor-role.js';
import { withRoleHolders } from './role-named-later.js';
import { defaultQuoteCues, type QuoteCues } from './cues.js';
import { Finding } from './finding.js';
import { missedNames } from './missed-names.js';
import { inNamesake } from './namesake.js';
import { findQuoteMarks } from './quote-marks.js';
import { STATEMENT_RULES } from './statement-rules/index.js';
import { quoteWords, type QWord } from './words.js';

/** What the quote finder reads of an analysed document: its tokens, its linked entities, and its time expressions (a time is no speaker). */
export type QuoteInput = Pick<AnalysedDocument, 'text' | 'tokens' | 'entities'> & { times: ReadonlyArray<{ start: number; end: number }> };

/**
 * Finds the attributed statements of `text`, using its linked `entities` (spans into the same text).
 * `times` are the text's time expressions where the caller has them; else they are found here.
 */
export function findQuotes(text: string, tagged: readonly Entity[], cues: QuoteCues = defaultQuoteCues(), times?: ReadonlyArray<{ start: number; end: number }>): Quote[] {
  const doc = { text, tokens: keyedTokens(text, splitSentences(text)), entities: tagged, times: times ?? findTimes(text, { ref: null }) };
  return quotesOf(doc, roleContext(text), cues);
}

/** The attributed statements of an analysed document; `roles` is its role context (the one its entities were linked with). */
export function quotesOf(doc: QuoteInput, roles: RoleContext = roleContext(doc.text), cues: QuoteCues = defaultQuoteCues()): Quote[] {
  const { text, entities: tagged, times } = doc;
  const words = quoteWords(doc.tokens);
  const isTitle = (w: QWord): boolean => roleKindAt(roles, w.start) === 'title';
  const entities = missedNames(text, tagged, roles, cues).filter((e) => !inNamesake(words, e, cues, isTitle));
  const marks = findQuoteMarks(text);
  const markAt = new Map<number, number>();
  {
    let m = 0;
    for (let i = 0; i < words.length && m < marks.length; i++) {
      while (m < marks.length && marks[m]!.start < words[i]!.start) m++;
      if (m < marks.length && marks[m]!.start === words[i]!.start) markAt.set(i, m);
    }
  }
  const markWords = new Int32Array(marks.length);
  for (const [i, m] of markAt) {
    const mk = marks[m]!;
    let first = -1;
    let last = -1;
    for (let k = i + 1; k < words.length && words[k]!.end <= mk.innerEnd; k++) {
      if (!words[k]!.word) continue;
      markWords[m]!++;
      if (first < 0) first = words[k]!.start;
      last = words[k]!.end;
    }
    // A quotation that is one entity's name («هيئة تحرير الشام», «فرات بوست») is a name, however
    // many words it has: it counts as one, so no verb takes it for a statement.
    if (first >= 0 && entities.some((e) => e.start <= first && e.end >= last)) markWords[m] = 1;
  }
  const ctx: Context = { text, words, entities, cues, marks, markAt, speakers: [], speakerRoles: [], speakerMedia: [], markWords, times, roles };
  const f = new Finding(ctx);
  for (let i = 0; i < words.length; i++) {
    for (const rule of STATEMENT_RULES) {
      const last = rule(f, i);
      if (last === null) continue;
      i = last;
      break;
    }
  }
  return withActorRoles(withRoleHolders(text, f.quotes, entities), entities);
}
