/**
 * A speech verb and its clause (clause.ts): «قال X إن …», «أضاف: «…»», «أشار إلى أن …», «دعا
 * المجلس الحكومات إلى …», and a document's words («وجاء في بيان الجيش: «…»»). Between verb and
 * clause stand the speaker and the medium; with none named there, the antecedent of a relative
 * before the verb, the subject before it, a participle's sentence, or the speaker carried on.
 * A speech verb inside the clause after its own subject opens a statement of its own (nested-statement.ts).
 */
import { groupBefore, relativeAntecedent, sentenceSubject, subjectBefore } from '../carried-subject.js';
import { clauseAfter, clauseEnd, complementAfter, MIN_QUOTE_WORDS, paragraphEnd, wordCount } from '../clause.js';
import { citedAt } from '../cited.js';
import { phraseAt, span } from '../context.js';
import type { Finding } from '../finding.js';
import { nestedVerb } from '../nested-statement.js';
import { reportedSpeaker } from '../reported.js';
import { entitySpeaker, SPEAKER_TYPES, subjectIn, type Found } from '../subject.js';
import { verbAt } from '../verb-at.js';

export function speechVerb(f: Finding, i: number): number | null {
  const { ctx } = f;
  const { words, text, marks, markAt, cues } = ctx;
  // «وجاء في بيان الجيش: «…»», «وجاء في البيان أن …»: a document speaks for its issuer.
  const doc = documentAt(ctx, i);
  const v = verbAt(ctx, i) ?? (doc >= 0 ? { lemma: 'جاء', start: words[i]!.start, passive: false, participle: false } : null);
  if (!v) return null;
  // «يُذكر أن …»: the writer's own note.
  if (cues.editorial.some((p) => phraseAt(ctx, i, p) >= 0)) return null;
  // «وتذكر قوله تعالى: (…)»: scripture cited is the verb's object, and the citation rule reads it next.
  if (i + 1 < words.length && cues.citing.has(words[i + 1]!.fold) && citedAt(ctx, i + 2)) return null;
  const proper = clauseAfter(ctx, i, v.lemma, v.participle);
  // «ودعا جميع المستفيدين إلى الإبلاغ … عبر البريد الإلكتروني: …»: a noun complement before a
  // colon is the statement, and the colon belongs to it.
  const complement = !proper || proper.kind === 'colon' ? complementAfter(ctx, i, v.lemma, v.participle) : null;
  const clause = proper && (!complement || proper.at < complement.at) ? proper : complement;
  if (!clause) return null;
  // A complement written on its first word («باحترام») opens the statement at that word, and the
  // word before it is the verb's object, no subject («يطالب الحوثيين بالاستسلام»).
  const attached = 'from' in clause ? clause.from : undefined;
  const opensAt = attached ?? clause.at + 1;
  // A report noun as the object («أعلن الجيش مقتل …»): the subject stands right before it.
  const subjectTo = clause.kind === 'that' ? (attached !== undefined && !('object' in clause) ? attached - 1 : clause.at) : clause.kind === 'mark' ? clause.at - (words[clause.at - 1]?.fold === ':' ? 1 : 0) : clause.at;
  // «نقلت الوكالة عن مصدر قوله إن …»: the speaker is the one reported.
  const through = reportedSpeaker(ctx, v.lemma, i + 1, subjectTo);
  // «علمت "الوطن" أن …» with no source after it: the outlet's own reporting, no one's statement.
  if (!through && cues.sourced.has(v.lemma)) return null;
  // A verb inside another's clause after its subject (nested-statement.ts): the words before it speak.
  const nestedFrom = f.nested?.at === i ? f.nested.from : -1;
  f.nested = null;
  let found =
    nestedFrom >= 0 ? subjectIn(ctx, nestedFrom, i, v.lemma) : through ? subjectIn(ctx, through[0], through[1], null) : subjectIn(ctx, doc >= 0 ? doc : i + 1, subjectTo, v.lemma, v.participle, clause !== proper);
  // A document speaks for the person or organisation named after it («بيان رئيس الإقليم مسعود
  // برزاني»), or for the one the speaker rules find (an issuer named before); else for no one known.
  if (doc >= 0) found = documentSpeaker(ctx, doc, subjectTo, found);
  // «ووصف المشهد بأنه …»: before a describing verb's clause stands its object; only a named subject speaks there.
  if (cues.describing.has(v.lemma) && nestedFrom < 0 && !through && !found.speaker?.type) found = { ...found, speaker: null, role: null, explicit: false };
  const first = f.firstOfSentence(i);
  const who = found.speaker
    ? { speaker: found.speaker, role: found.role }
    : // A participle's words before its clause are its object («معتبراً الزيارة بأنها …»), not its subject.
      (found.explicit && !v.participle) || v.passive
      ? { speaker: null, role: null }
      : (relativeAntecedent(ctx, i) ?? subjectBefore(ctx, first, i) ?? groupBefore(ctx, first, i) ?? (v.participle ? (f.particleClauseSubject(first, i) ?? f.sameSentenceSpeaker(i) ?? sentenceSubject(ctx, first, i)) : null) ?? f.carry(first, v.start));
  const cue = { ...span(text, v.start, words[i]!.end), lemma: v.lemma };
  if (clause.kind === 'mark') {
    const mk = marks[clause.mark!]!;
    f.usedMarks.add(clause.mark!);
    // «قال: «… المسجد، مبينا أن …»»: a participle that reports speech after a comma is the
    // writer's voice again; the quotation ends before it, and the participle's statement follows.
    const cut = f.reportingParticiple(clause.at + 1, mk.innerEnd);
    const end = cut >= 0 ? words[cut - 1]!.start : mk.innerEnd;
    // A stray mark right before the participle («…التعهد"، مشيرة إلى أن …») quotes nothing.
    if (end > mk.innerStart) {
      f.pushDirect({ ...span(text, mk.innerStart, end), kind: 'direct', speaker: who.speaker, role: who.role, cue, medium: found.medium });
    }
    return wordsBefore(f, i, cut >= 0 ? words[cut]!.start : mk.end);
  }
  if (opensAt >= words.length) return null;
  // «يقول أبو تمام: ¶ السيف أصدق إنباءً …»: a colon that ends its paragraph opens the next one, a verse or a speech.
  const end = clause.kind === 'colon' && words[opensAt]!.paraStart ? paragraphEnd(ctx, opensAt) : clauseEnd(ctx, opensAt - 1);
  const start = words[opensAt]!.start;
  if (end <= start) return null;
  // Quotations inside the clause belong to it: an indirect clause with quoted words is mixed.
  let mixed = false;
  for (let k = opensAt; k < words.length && words[k]!.start < end; k++) {
    const q = markAt.get(k);
    if (q !== undefined) {
      f.usedMarks.add(q);
      if (wordCount(ctx, q) >= MIN_QUOTE_WORDS) mixed = true;
    }
  }
  // A nested statement's speaker is not carried on: «وأضافت» after it goes on with the outer one.
  f.push({ ...span(text, start, end), kind: clause.kind === 'colon' ? 'direct' : mixed ? 'mixed' : 'indirect', speaker: who.speaker, role: who.role, cue, medium: found.medium }, nestedFrom < 0);
  if (clause.kind === 'colon') f.lastDirect = f.quotes[f.quotes.length - 1]!;
  // «وأضافت أن غيدان أكد أن …»: the finder goes on at the inner verb, which speaks for its subject.
  const inner = clause.kind === 'that' && attached === undefined ? nestedVerb(ctx, opensAt) : -1;
  if (inner >= 0 && words[inner]!.start < end) {
    f.nested = { at: inner, from: opensAt };
    return inner - 1;
  }
  return wordsBefore(f, i, end);
}

/** The last word from `i` on that starts before `offset`: where the finder goes on after. */
function wordsBefore(f: Finding, i: number, offset: number): number {
  const { words } = f.ctx;
  let k = i;
  while (k + 1 < words.length && words[k + 1]!.start < offset) k++;
  return k;
}

/** «جاء» (و/ف in front or not) and «في» before a document noun («بيان», «البيان», «التقرير»): the noun's word index; else -1. */
function documentAt(ctx: Finding['ctx'], i: number): number {
  const { words, cues } = ctx;
  const w = words[i]!;
  if (!w.word || (w.fold !== 'جاء' && w.fold !== 'وجاء' && w.fold !== 'فجاء') || words[i + 1]?.fold !== 'في') return -1;
  const n = words[i + 2];
  if (!n?.word) return -1;
  const noun = n.fold.startsWith('ال') ? n.fold.slice(2) : n.fold;
  return cues.documents.has(noun) ? i + 2 : -1;
}

/** The speaker of a document's words: the first person or organisation named in its words [doc, to), else `found` when it names one, else no one. */
function documentSpeaker(ctx: Finding['ctx'], doc: number, to: number, found: Found): Found {
  const { words } = ctx;
  const end = words[Math.max(doc, to - 1)]!.end;
  const e = ctx.entities.find((x) => x.start >= words[doc]!.end && x.end <= end && SPEAKER_TYPES.has(x.type));
  if (e) return { ...found, speaker: entitySpeaker(e, false), role: e.role, explicit: true };
  return found.speaker?.type ? found : { ...found, speaker: null, role: null, explicit: true };
}
