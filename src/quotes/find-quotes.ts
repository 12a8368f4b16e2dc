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
 */
import type { Entity } from '../core/entity-schema.js';
import type { AnalysedDocument } from '../core/document.js';
import { keyedTokens } from '../text/keyed-tokens.js';
import { roleContext, type RoleContext } from '../entities/role-context.js';
import { splitSentences } from '../text/sentences.js';
import { findTimes } from '../times/find-times.js';
import { firstPerson, lastEntityBefore, sentenceSubject, subjectBefore, turnsTo } from './carried-subject.js';
import { clauseAfter, clauseEnd, complementAfter, MIN_QUOTE_WORDS, sentenceEnd, wordCount } from './clause.js';
import { clauseStart, COMMAS, phraseAt, span, type Context } from './context.js';
import { defaultQuoteCues, type QuoteCues } from './cues.js';
import { missedNames } from './missed-names.js';
import { inNamesake } from './namesake.js';
import { findQuoteMarks } from './quote-marks.js';
import type { Quote, Speaker } from '../core/quote-schema.js';
import { accordingTo, reportedSpeaker } from './reported.js';
import { entitySpeaker, subjectIn } from './subject.js';
import { verbAt } from './verb-at.js';
import { quoteWords } from './words.js';

/** A quotation with no verb around it counts as a statement (speaker unknown) from this many words. */
const MIN_BARE_WORDS = 8;

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
  const entities = missedNames(text, tagged, roles, cues).filter((e) => !inNamesake(words, e, cues));
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
  const quotes: Quote[] = [];
  const usedMarks = new Set<number>();
  let lastSpeaker: Speaker | null = null;
  let lastRole: Quote['role'] = null;
  /** The quote of the last paragraph that held a direct quote, for quotes carried on. */
  let lastDirect: Quote | null = null;

  const carry = (sentenceFirst: number, cueStart: number): { speaker: Speaker | null; role: Quote['role'] } => {
    if (turnsTo(ctx, sentenceFirst)) {
      const e = lastEntityBefore(ctx, words[sentenceFirst]!.start);
      if (e) return { speaker: entitySpeaker(e, true), role: e.role };
    }
    if (lastSpeaker) return { speaker: { ...lastSpeaker, carried: true }, role: lastRole };
    // No one spoke before: «وأشار إلى أن …» goes on with the person the sentence before it is about
    // («وأعرب مدير المطار يوسف الظاهري عن سعادته، مثمناً توجيهات … سليمان الحمدان. وأشار إلى أن»).
    if (sentenceFirst > 0 && cueStart < words[sentenceFirst]!.end) {
      const p = firstPerson(ctx, words[firstOfSentence(sentenceFirst - 1)]!.start, words[sentenceFirst]!.start);
      if (p) return { speaker: entitySpeaker(p, true), role: p.role };
    }
    const e = lastEntityBefore(ctx, cueStart);
    return e ? { speaker: entitySpeaker(e, true), role: e.role } : { speaker: null, role: null };
  };
  const firstOfSentence = (i: number): number => {
    let j = i;
    while (j > 0 && words[j - 1]!.sentence === words[i]!.sentence && !words[j]!.paraStart) j--;
    return j;
  };
  /** The first word in `[from, …)` before `end` that is a participle after a comma taking a clause of أن: «، مبينا أن», or -1. */
  const reportingParticiple = (from: number, end: number): number => {
    for (let k = from + 1; k < words.length && words[k]!.end <= end; k++) {
      if (!COMMAS.has(words[k - 1]!.fold)) continue;
      const v = verbAt(ctx, k);
      if (v?.participle && clauseAfter(ctx, k, v.lemma, true)?.kind === 'that') return k;
    }
    return -1;
  };
  /** «بين المهندس السيد أنه …، موضحاً أنه …»: a participle goes on with the speaker of the statement before it in its sentence. */
  const sameSentenceSpeaker = (i: number): { speaker: Speaker; role: Quote['role'] } | null => {
    const last = quotes[quotes.length - 1];
    if (!last?.speaker || !last.cue) return null;
    const cueWord = words.findIndex((w) => w.start >= last.cue!.start);
    if (cueWord < 0 || words[cueWord]!.sentence !== words[i]!.sentence) return null;
    for (let k = cueWord + 1; k < i; k++) if (words[k]!.paraStart) return null;
    return { speaker: { ...last.speaker, carried: true }, role: last.role };
  };
  const push = (q: Quote): void => {
    quotes.push(q);
    if (q.speaker) {
      ctx.speakers.push(q.speaker);
      ctx.speakerRoles.push(q.role);
      ctx.speakerMedia.push(q.medium);
    }
    if (q.speaker) {
      lastSpeaker = q.speaker;
      lastRole = q.role;
    }
  };

  for (let i = 0; i < words.length; i++) {
    const m = markAt.get(i);
    if (m !== undefined && !usedMarks.has(m)) {
      // A quotation no verb before it claimed: attribution after it, or a quote carried on.
      const mk = marks[m]!;
      usedMarks.add(m);
      const count = wordCount(ctx, m);
      let j = i;
      while (j + 1 < words.length && words[j + 1]!.start < mk.end) j++;
      const afterAt = j + 1 < words.length && COMMAS.has(words[j + 1]!.fold) ? j + 2 : j + 1;
      const inner = span(text, mk.innerStart, mk.innerEnd);
      let done = false;
      if (count >= MIN_QUOTE_WORDS && afterAt < words.length && words[afterAt]!.sentence === words[j]!.sentence) {
        const v = verbAt(ctx, afterAt);
        const p = v ? -1 : cues.after.map((ph) => phraseAt(ctx, afterAt, ph)).find((e) => e >= 0) ?? -1;
        if (v || p >= 0) {
          const cueEnd = v ? words[afterAt]!.end : words[p - 1]!.end;
          const cueStart = v ? v.start : words[afterAt]!.start;
          const lemma = v ? v.lemma : text.slice(cueStart, cueEnd);
          const from = v ? afterAt + 1 : p;
          let to = from;
          while (to < words.length && words[to]!.sentence === words[afterAt]!.sentence && !words[to]!.paraStart && words[to]!.fold !== '.') to++;
          const found = subjectIn(ctx, from, to, v?.lemma ?? null);
          const who = found.speaker ? { speaker: found.speaker, role: found.role } : found.explicit || v?.passive ? { speaker: null, role: null } : carry(firstOfSentence(i), cueStart);
          push({ ...inner, kind: 'direct', speaker: who.speaker, role: who.role, cue: { ...span(text, cueStart, cueEnd), lemma }, medium: found.medium });
          lastDirect = quotes[quotes.length - 1]!;
          done = true;
        }
      }
      if (!done && words[i]!.paraStart && lastDirect && count >= MIN_QUOTE_WORDS) {
        // «…» opening a paragraph right after a paragraph of quotes: the same speaker goes on.
        const prev: Quote = lastDirect;
        push({ ...inner, kind: 'direct', speaker: prev.speaker ? { ...prev.speaker, carried: true } : null, role: prev.role, cue: null, medium: null });
        done = true;
      } else if (!done && count >= MIN_BARE_WORDS) {
        push({ ...inner, kind: 'direct', speaker: null, role: null, cue: null, medium: null });
        lastDirect = quotes[quotes.length - 1]!;
        done = true;
      }
      i = j;
      continue;
    }
    // «وبحسب منسقة الشؤون الإنسانية، جوليا فيشر، فإن …».
    const acc = words[i]!.word && clauseStart(ctx, i) ? accordingTo(ctx, i) : null;
    if (acc) {
      const found = subjectIn(ctx, acc.from, acc.that, null);
      const end = sentenceEnd(ctx, acc.that);
      if (acc.that + 1 < words.length && words[acc.that + 1]!.start < end) {
        push({ ...span(text, words[acc.that + 1]!.start, end), kind: 'indirect', speaker: found.speaker, role: found.role, cue: { ...span(text, acc.cueStart, words[acc.from - 1]!.end), lemma: text.slice(acc.cueStart, words[acc.from - 1]!.end) }, medium: found.medium });
        while (i + 1 < words.length && words[i + 1]!.start < end) i++;
        continue;
      }
    }
    const v = verbAt(ctx, i);
    if (!v) continue;
    // «يُذكر أن …»: the writer's own note.
    if (cues.editorial.some((p) => phraseAt(ctx, i, p) >= 0)) continue;
    const proper = clauseAfter(ctx, i, v.lemma, v.participle);
    // «ودعا جميع المستفيدين إلى الإبلاغ … عبر البريد الإلكتروني: …»: a noun complement before a
    // colon is the statement, and the colon belongs to it.
    const complement = !proper || proper.kind === 'colon' ? complementAfter(ctx, i, v.lemma) : null;
    const clause = proper && (!complement || proper.at < complement.at) ? proper : complement;
    if (!clause) continue;
    // A complement written on its first word («باحترام») opens the statement at that word, and the
    // word before it is the verb's object, no subject («يطالب الحوثيين بالاستسلام»).
    const attached = 'from' in clause ? clause.from : undefined;
    const opensAt = attached ?? clause.at + 1;
    const subjectTo = clause.kind === 'that' ? (attached !== undefined ? attached - 1 : clause.at) : clause.kind === 'mark' ? clause.at - (words[clause.at - 1]?.fold === ':' ? 1 : 0) : clause.at;
    // «نقلت الوكالة عن مصدر قوله إن …»: the speaker is the one reported.
    const through = reportedSpeaker(ctx, v.lemma, i + 1, subjectTo);
    const found = through ? subjectIn(ctx, through[0], through[1], null) : subjectIn(ctx, i + 1, subjectTo, v.lemma, v.participle, clause !== proper);
    const first = firstOfSentence(i);
    const who = found.speaker
      ? { speaker: found.speaker, role: found.role }
      : // A participle's words before its clause are its object («معتبراً الزيارة بأنها …»), not its subject.
        (found.explicit && !v.participle) || v.passive
        ? { speaker: null, role: null }
        : subjectBefore(ctx, first, i) ?? (v.participle ? (sameSentenceSpeaker(i) ?? sentenceSubject(ctx, first, i)) : null) ?? carry(first, v.start);
    const cue = { ...span(text, v.start, words[i]!.end), lemma: v.lemma };
    if (clause.kind === 'mark') {
      const mk = marks[clause.mark!]!;
      usedMarks.add(clause.mark!);
      // «قال: «… المسجد، مبينا أن …»»: a participle that reports speech after a comma is the
      // writer's voice again; the quotation ends before it, and the participle's statement follows.
      const cut = reportingParticiple(clause.at + 1, mk.innerEnd);
      push({ ...span(text, mk.innerStart, cut >= 0 ? words[cut - 1]!.start : mk.innerEnd), kind: 'direct', speaker: who.speaker, role: who.role, cue, medium: found.medium });
      lastDirect = quotes[quotes.length - 1]!;
      while (i + 1 < words.length && words[i + 1]!.start < (cut >= 0 ? words[cut]!.start : mk.end)) i++;
      continue;
    }
    const startWord = opensAt;
    if (startWord >= words.length) continue;
    const end = clauseEnd(ctx, startWord - 1);
    const start = words[startWord]!.start;
    if (end <= start) continue;
    // Quotations inside the clause belong to it: an indirect clause with quoted words is mixed.
    let mixed = false;
    for (let k = startWord; k < words.length && words[k]!.start < end; k++) {
      const q = markAt.get(k);
      if (q !== undefined) {
        usedMarks.add(q);
        if (wordCount(ctx, q) >= MIN_QUOTE_WORDS) mixed = true;
      }
    }
    push({ ...span(text, start, end), kind: clause.kind === 'colon' ? 'direct' : mixed ? 'mixed' : 'indirect', speaker: who.speaker, role: who.role, cue, medium: found.medium });
    if (clause.kind === 'colon') lastDirect = quotes[quotes.length - 1]!;
    while (i + 1 < words.length && words[i + 1]!.start < end) i++;
  }
  return quotes;
}
