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
 */
import type { Entity } from '../entities/entity-schema.js';
import { defaultQuoteCues, fold, type QuoteCues } from './cues.js';
import { findQuoteMarks, type QuoteMarks } from './quote-marks.js';
import type { Quote, Speaker, TextSpan } from './quote-schema.js';
import { quoteWords, type QWord } from './words.js';
import { isEntity, orgBefore, orgNameEnd, personByTitle } from './back-reference.js';
import { speakerRole } from './speaker-role.js';
import { namesAfterRoles } from './missed-names.js';
import { roleContext } from '../entities/role-context.js';
import { findTimes } from '../times/find-times.js';
import { accordingTo, reportedSpeaker } from './reported.js';
import { phraseAt, clauseStart, COMMAS, MEDIUM_PREPS, span, THAT, TRAILING_PREPS, type Context } from './context.js';

/** Words between a verb and its clause at most (the speaker, a role, a medium). */
const MAX_GAP = 40;
/** Words of an unnamed subject after the verb that a participle's sentence opens with, at most. */
const SUBJECT_WORDS = 3;
/** Words between a participle and its clause at most (its preposition). */
const PARTICIPLE_GAP = 2;
/** A quotation of fewer words right after a verb is a name or a term («لـ«الشرق الأوسط»»), not a statement. */
const MIN_QUOTE_WORDS = 3;
/** A quotation with no verb around it counts as a statement (speaker unknown) from this many words. */
const MIN_BARE_WORDS = 8;

/** An unnamed speaker's words at most («بيان صادر عن وزارة الصحة»), and words that end them (time, not who). */
const MAX_GROUP_WORDS = 7;
const GROUP_STOPS = new Set(['امس', 'اليوم', 'الليله', 'صباح', 'مساء', 'بعد', 'قبل', 'خلال', 'يوم', 'عندما', 'حين', 'وقت', 'الذي', 'التي', 'الذين']);
const SPEAKER_TYPES = new Set(['PERS', 'ORG']);


/**
 * The verb of word `i` (without و/ف in front): its lemma, where its letters start, whether it is
 * passive, and whether it is a participle («لافتة إلى أن», «مضيفاً أن», «قائلاً:»).
 */
function verbAt(ctx: Context, i: number): { lemma: string; start: number; passive: boolean; participle: boolean } | null {
  const w = ctx.words[i]!;
  if (!w.word) return null;
  const { cues } = ctx;
  const look = (f: string, start: number): { lemma: string; start: number; passive: boolean; participle: boolean } | null => {
    const lemma = cues.verbs.get(f);
    // «وبين الوزير أن …» but not «بين الطرفين»: a homograph is a verb only where a clause starts.
    if (lemma) return cues.homographs.has(f) && !clauseStart(ctx, i) ? null : { lemma, start, passive: cues.passive.has(f), participle: false };
    const p = cues.participles.get(f);
    return p ? { lemma: p, start, passive: false, participle: true } : null;
  };
  const direct = look(w.fold, w.start);
  if (direct) return direct;
  if ((w.fold.startsWith('و') || w.fold.startsWith('ف')) && w.fold.length > 2) {
    // Past the clitic letter and any harakat on it.
    let s = w.start + 1;
    while (s < w.end && /\p{M}/u.test(ctx.text[s]!)) s++;
    return look(w.fold.slice(1), s);
  }
  return null;
}


/** Words of a quotation (letters and digits only). */
function wordCount(ctx: Context, m: number): number {
  return ctx.markWords[m] ?? 0;
}


/** The medium phrase starting at word `i` («في تصريح لـ«…»», «خلال مؤتمر صحافي»): its end word index, or -1. */
function mediumAt(ctx: Context, i: number, limit: number): number {
  const w = ctx.words[i]!;
  let f = w.fold;
  let j = i;
  // A medium needs its preposition: «في بيان», «ببيان»; «البيان» alone is a subject («قال البيان إن»).
  if (MEDIUM_PREPS.has(f)) j = i + 1;
  else if (f.length > 2 && f.startsWith('ب')) f = f.slice(1);
  else return -1;
  const head = ctx.words[j];
  if (!head || j >= limit) return -1;
  let h = j === i ? f : head.fold;
  if (h.startsWith('ال')) h = h.slice(2);
  // «تصريحات صحافية», «بيانه», «تغريدة له»: a suffix on the noun.
  // «كلمته», «كلمتها»: ة before a suffix is written ت.
  const known = ctx.cues.media.has(h) || ctx.cues.media.has(h.replace(/(ه|ها|هم|هما)$/, '')) || ctx.cues.media.has(h.replace(/ت(ه|ها|هم|هما)$/, 'ه'));
  if (!known) return -1;
  // Up to the next comma, or the clause; not the verb's preposition before it («في بيان | من أن»).
  let k = j + 1;
  while (k < limit && !COMMAS.has(ctx.words[k]!.fold) && !(TRAILING_PREPS.has(ctx.words[k]!.fold) && THAT.has(ctx.words[k + 1]?.fold ?? ''))) {
    const m = ctx.markAt.get(k);
    if (m !== undefined) {
      // A quoted name in the medium («لـ«الشرق الأوسط»»): past its closing mark.
      const end = ctx.marks[m]!.end;
      while (k < limit && ctx.words[k]!.start < end) k++;
      continue;
    }
    k++;
  }
  return k;
}

/** Entities starting in [from, to) of the text, in order. */
function entitiesIn(ctx: Context, from: number, to: number): Entity[] {
  return ctx.entities.filter((e) => e.start >= from && e.end <= to);
}

const entitySpeaker = (e: Entity, carried: boolean): Speaker => ({
  text: e.text,
  start: e.start,
  end: e.end,
  canonical: e.canonical,
  name: e.name,
  type: e.type,
  carried,
});

interface Found {
  speaker: Speaker | null;
  role: Quote['role'];
  medium: TextSpan | null;
  /** The region held an explicit subject (even one not resolved to a name). */
  explicit: boolean;
}

/**
 * The speaker and medium in the words [from, to) between a verb and its clause (or after a
 * verb that follows its quote).
 */
function subjectIn(ctx: Context, from: number, to: number, lemma: string | null): Found {
  const { words, text } = ctx;
  from = skipLead(ctx, from, to);
  let medium: TextSpan | null = null;
  const inMedium: Array<[number, number]> = [];
  for (let i = from; i < to; i++) {
    const end = mediumAt(ctx, i, to);
    if (end < 0) continue;
    const s = words[i]!.start;
    const e = words[end - 1]!.end;
    if (!medium) medium = span(text, s, e);
    inMedium.push([s, e]);
    i = end - 1;
  }
  const outsideMedium = (e: { start: number; end: number }): boolean => !inMedium.some(([s, t]) => e.start >= s && e.end <= t);
  if (from >= to) return { speaker: null, role: null, medium, explicit: false };
  const regionStart = words[from]!.start;
  const regionEnd = words[to - 1]!.end;
  // Not a speaker: a name inside another name's role («المتحدثة باسم الصليب الأحمر ليلى منصور»),
  // or the one spoken to («لـ«رويترز»», «لوكالة الأنباء»).
  const inRegion = entitiesIn(ctx, regionStart, regionEnd).filter(outsideMedium);
  const ents = inRegion.filter((e) => !inRegion.some((o) => o !== e && o.role && e.start >= o.role.start && e.end <= o.role.end) && !addressee(ctx, e));
  // The first word decides whether the verb has a subject here: a preposition the verb takes
  // («أشار إلى …»), a medium, or nothing at all means it has none.
  const first = words[from]!;
  const preps = lemma ? ctx.cues.preps.get(lemma) : undefined;
  const startsWithPrep = preps?.has(first.fold) ?? false;
  const firstInMedium = !outsideMedium(first);
  if (!startsWithPrep && !firstInMedium) {
    // An unnamed speaker: «مصدر عسكري», «مصادر محلية», «المتحدث باسم الجيش», «بيان صادر عن القيادة».
    let head = first.fold;
    if (head.startsWith('ال')) head = head.slice(2);
    // A name that starts with the group word («الجيش اللبناني» from the alias table) is a name; the
    // group word alone tagged as a name («الناشطون» as PERS) is the tagger's slip.
    const firstIsName = ents.some((e) => e.start <= first.start && e.end > first.start && (e.end > first.end || e.source === 'alias'));
    if (first.word && !firstIsName && (ctx.cues.groups.has(first.fold) || ctx.cues.groups.has(head))) {
      let k = from + 1;
      while (k < to && k - from < MAX_GROUP_WORDS && words[k]!.word && words[k]!.fold.length > 1 && !preps?.has(words[k]!.fold) && !GROUP_STOPS.has(words[k]!.fold) && outsideMedium(words[k]!)) k++;
      // Not ending on a preposition («البيان في وقت متأخر» → «البيان»).
      while (k > from + 1 && TRAILING_PREPS.has(words[k - 1]!.fold)) k--;
      // «المتحدث ذاته», «المسؤول نفسه»: the speaker named before.
      const last = ctx.speakers[ctx.speakers.length - 1];
      if (k > from + 1 && ctx.cues.same.has(words[from + 1]!.fold) && last) return { speaker: { ...last, carried: true }, role: null, medium, explicit: true };
      // «المسؤول», «المصدر», «الناشطون» alone: the group the article named before; «الوزارة»,
      // «الجمعية»: the organisation it named before («وزارة الصحة والسكان»).
      if (k === from + 1 && first.fold.startsWith('ال')) {
        const before = [...ctx.speakers].reverse().find((sp) => sp.canonical === null && fold(sp.text).split(/\s+/)[0]!.replace(/^ال/, '') === head);
        if (before) return { speaker: { ...before, carried: true }, role: null, medium, explicit: true };
        const org = ctx.cues.groups.has(head) ? orgBefore(ctx, head, first.start) : null;
        if (org && isEntity(org)) return { speaker: entitySpeaker(org, true), role: null, medium, explicit: true };
        if (org) return { speaker: { ...org, canonical: null, name: null, type: null, carried: true }, role: null, medium, explicit: true };
      }
      const person = ents.find((e) => e.type === 'PERS' && e.start > first.start);
      // «المتحدث باسم الوزارة العقيد فادي نصار»: the group word heads a role of a named person.
      if (person && person.role && person.role.start <= first.start) return { speaker: entitySpeaker(person, false), role: person.role, medium, explicit: true };
      return { speaker: { ...span(text, first.start, words[k - 1]!.end), canonical: null, name: null, type: null, carried: false }, role: null, medium, explicit: true };
    }
    const person = ents.find((e) => SPEAKER_TYPES.has(e.type));
    // A place or other name is the speaker only when it is the subject itself: «قالت موسكو».
    const lead = ents[0];
    if (lead && lead.start <= first.end && !SPEAKER_TYPES.has(lead.type)) return { speaker: entitySpeaker(lead, false), role: lead.role, medium, explicit: true };
    if (person) return { speaker: entitySpeaker(person, false), role: speakerRole(ctx, ctx.roles, person, from, to), medium, explicit: true };
    // «من جهته، أكد الوزير»: the person the article gave that role.
    const titled = first.word ? personByTitle(ctx, first.fold, first.start) : null;
    if (titled) return { speaker: entitySpeaker(titled, true), role: titled.role, medium, explicit: true };
    // A short name the tagger missed («قال الشرع»): a word of a person named earlier in the article.
    const known = first.word ? shortNameOf(ctx, first) : null;
    if (known) return { speaker: { ...entitySpeaker(known, false), ...span(text, first.start, first.end) }, role: known.role, medium, explicit: true };
  }
  return { speaker: null, role: null, medium, explicit: startsWithPrep ? false : !firstInMedium && first.word };
}

/**
 * Words before a subject that are none: a participle after its verb («أكد قائلاً»), an honorific
 * for the person just named («وأوضح معاليه»), a time («صرح الأسبوع الماضي بأن»).
 */
function skipLead(ctx: Context, from: number, to: number): number {
  const inTime = (w: QWord): boolean => ctx.times.some((t) => w.start >= t.start && w.end <= t.end);
  while (from < to) {
    const w = ctx.words[from]!;
    if (!w.word || !(ctx.cues.pronouns.has(w.fold) || verbAt(ctx, from)?.participle || inTime(w))) break;
    from++;
  }
  return from;
}

/** The mention is spoken to, not speaking: «ل» right before it («لرويترز», «لـ«رويترز»», «لـ وكالة»). */
function addressee(ctx: Context, e: Entity): boolean {
  let k = e.start - 1;
  while (k >= 0 && /[«“"\s\u0640]/u.test(ctx.text[k]!)) k--;
  // «لإذاعة موزاييك», «لقناة الجزيرة»: an outlet after ل.
  const before = ctx.words.findLast((w) => w.end <= k + 1);
  if (before && before.word && before.fold.startsWith('ل') && ctx.cues.outlets.has(before.fold.slice(1).replace(/^ال/, ''))) return true;
  if (k < 0 || ctx.text[k] !== 'ل') return false;
  // The ل is a word of its own («لـ») or the start of the one the entity is in («لوكالة رويترز» → «وكالة رويترز»).
  return k === 0 || !/[\p{L}\p{M}]/u.test(ctx.text[k - 1]!) || k === e.start - 1;
}

/**
 * The person named earlier whose first or last name word is `w` («الشرع» → «أحمد الشرع»), when
 * exactly one earlier person fits. Words of one letter pair or less never match.
 */
function shortNameOf(ctx: Context, w: QWord): Entity | null {
  if (w.fold.length < 3) return null;
  const fits = new Map<string, Entity>();
  for (const e of ctx.entities) {
    if (e.start >= w.start || e.type !== 'PERS') continue;
    const parts = fold(e.text).split(/\s+/);
    if (parts.length > 1 && (parts[0] === w.fold || parts[parts.length - 1] === w.fold)) fits.set(e.canonical, e);
  }
  return fits.size === 1 ? [...fits.values()][0]! : null;
}

/** The sentence's first words, after و/ف: a turn («من جهته») to the entity just mentioned? */
function turnsTo(ctx: Context, sentenceFirst: number): boolean {
  return ctx.cues.turn.some((p) => phraseAt(ctx, sentenceFirst, p) >= 0);
}

/**
 * The subject before the verb in its own sentence («أما جارته سعاد الزين فتؤكد أن …»): the first
 * person or organisation of the sentence, when no comma or other verb stands between it and the verb.
 */
function subjectBefore(ctx: Context, sentenceFirst: number, v: number): { speaker: Speaker; role: Quote['role'] } | null {
  const from = ctx.words[sentenceFirst]!.start;
  const verbStart = ctx.words[v]!.start;
  const e = ctx.entities.find((x) => x.start >= from && x.end <= verbStart && SPEAKER_TYPES.has(x.type));
  if (!e) return null;
  for (let k = sentenceFirst; k < v; k++) {
    const w = ctx.words[k]!;
    if (w.start < e.end) continue;
    if (COMMAS.has(w.fold) || w.fold === ':' || verbAt(ctx, k)) return null;
  }
  return { speaker: entitySpeaker(e, false), role: e.role };
}

/**
 * The subject of the sentence a participle ends («رحّب الوزير سامر العتيبي بالمشروع، مؤكداً أن …»,
 * «ودعت المديرية السكان إلى …، مؤكدةً أن …»): its first person or organisation (not one inside
 * another's role), else an unnamed subject right after its first word, the verb.
 */
function sentenceSubject(ctx: Context, sentenceFirst: number, v: number): { speaker: Speaker; role: Quote['role'] } | null {
  const from = ctx.words[sentenceFirst]!.start;
  const to = ctx.words[v]!.start;
  const ents = ctx.entities.filter((e) => e.start >= from && e.end <= to);
  const e = ents.find((x) => SPEAKER_TYPES.has(x.type) && !ents.some((o) => o !== x && o.role && x.start >= o.role.start && x.end <= o.role.end));
  if (e) return { speaker: entitySpeaker(e, false), role: e.role };
  // An organisation the tagger missed: «وطالبت شركة المياه | السكان بـ…».
  const head = ctx.words[sentenceFirst + 1];
  if (head && head.word && !head.fold.startsWith('ال') && ctx.cues.groups.has(head.fold)) {
    // Three words at most here: a place the tagger missed may end the name («نقابة مزارعي عكار | الخسائر»).
    const end = Math.min(orgNameEnd(ctx, sentenceFirst + 1, v), sentenceFirst + 1 + SUBJECT_WORDS);
    if (end - sentenceFirst > 2) return { speaker: { ...span(ctx.text, head.start, ctx.words[end - 1]!.end), canonical: null, name: null, type: null, carried: false }, role: null };
  }
  // Else at most three words: the object follows.
  let k = sentenceFirst + 1;
  while (k < v && k - sentenceFirst <= SUBJECT_WORDS && !COMMAS.has(ctx.words[k]!.fold)) k++;
  const found = subjectIn(ctx, sentenceFirst + 1, k, null);
  return found?.speaker ? { speaker: found.speaker, role: found.role } : null;
}

/** The last person or organisation mentioned before `pos`. */
function lastEntityBefore(ctx: Context, pos: number): Entity | null {
  let best: Entity | null = null;
  for (const e of ctx.entities) if (e.end <= pos && SPEAKER_TYPES.has(e.type) && (!best || e.start > best.start)) best = e;
  return best;
}

/** The clause of a verb: the word index of its opener (colon, quotation or أن), or null. */
function clauseAfter(ctx: Context, v: number, lemma: string, participle = false): { at: number; kind: 'colon' | 'mark' | 'that'; mark?: number } | null {
  const { words } = ctx;
  const sentence = words[v]!.sentence;
  const preps = ctx.cues.preps.get(lemma);
  // A participle takes its clause at once («لافتة إلى أن», «قائلاً:»): «مبلغاً … أن» is no cue.
  const gap = participle ? PARTICIPLE_GAP : MAX_GAP;
  for (let i = v + 1; i < words.length && i - v <= gap; i++) {
    const w = words[i]!;
    if (w.sentence !== sentence && !(ctx.markAt.has(i) && i === v + 1)) {
      // A colon may end the sentence the splitter saw: «وأضاف: ¶«…»».
      if (!(i > v + 1 && words[i - 1]!.fold === ':')) return null;
    }
    if (w.fold === ':') {
      const next = ctx.markAt.get(i + 1);
      return next !== undefined ? { at: i + 1, kind: 'mark', mark: next } : { at: i, kind: 'colon' };
    }
    const m = ctx.markAt.get(i);
    if (m !== undefined) {
      // A quotation right after the verb and its subject is the statement; a short one is a name,
      // and so is one the sentence goes on past to its clause («يقول X، مدير «المرصد …»، إن …»).
      let j = i;
      while (j + 1 < words.length && words[j + 1]!.start < ctx.marks[m]!.end) j++;
      if (wordCount(ctx, m) >= MIN_QUOTE_WORDS && !opensLater(ctx, j + 1, sentence)) return { at: i, kind: 'mark', mark: m };
      i = j;
      continue;
    }
    if (THAT.has(w.fold)) return { at: i, kind: 'that' };
    // «أشار إلى أن»: the verb's preposition then أن.
    if (preps?.has(w.fold) && words[i + 1] && THAT.has(words[i + 1]!.fold)) return { at: i + 1, kind: 'that' };
    // Another speech verb first: this one has no clause of its own; but «أكد قائلاً: …» and «شدد
    // الوزير مؤكداً أن …» are one cue (a participle after a comma has its own: «…، مضيفاً أن»).
    if (w.word && verbAt(ctx, i)) {
      if (verbAt(ctx, i)!.participle && !COMMAS.has(words[i - 1]!.fold)) continue;
      return null;
    }
  }
  return null;
}

/** Does a clause opener (a colon, أن/إن, or another quotation after a comma) come from word `k` on in the sentence? */
function opensLater(ctx: Context, k: number, sentence: number): boolean {
  const { words } = ctx;
  // Straight on after the quotation: «…» و… / «…»، قال — the quotation is itself the statement.
  if (k < words.length && words[k]!.sentence === sentence && verbAt(ctx, COMMAS.has(words[k]!.fold) ? k + 1 : k)) return false;
  for (let i = k; i < words.length && i - k <= MAX_GAP && words[i]!.sentence === sentence && !words[i]!.paraStart; i++) {
    const f = words[i]!.fold;
    if (f === ':' || THAT.has(f)) return true;
    if (verbAt(ctx, i)) return false;
  }
  return false;
}

/** The end of the sentence of word `i` (offset), or of the paragraph when it comes first. */
function sentenceEnd(ctx: Context, i: number): number {
  const { words } = ctx;
  const s = words[i]!.sentence;
  let j = i;
  while (j + 1 < words.length && words[j + 1]!.sentence === s && !words[j + 1]!.paraStart) j++;
  // Leave the full stop out.
  while (j > i && !words[j]!.word && !/[»”"]/.test(words[j]!.fold)) j--;
  return words[j]!.end;
}

/**
 * The end of an indirect clause: its sentence's, or a comma before a participle that opens a clause
 * of its own («… إلى أن الفيول وصل، لافتة إلى أن …»).
 */
function clauseEnd(ctx: Context, at: number): number {
  const end = sentenceEnd(ctx, at);
  const { words } = ctx;
  for (let k = at + 1; k + 1 < words.length && words[k]!.start < end; k++) {
    if (!COMMAS.has(words[k]!.fold)) continue;
    const v = verbAt(ctx, k + 1);
    if (v?.participle && clauseAfter(ctx, k + 1, v.lemma, true)) return words[k - 1]!.end;
  }
  return end;
}

/** Finds the attributed statements of `text`, using its linked `entities` (spans into the same text). */
export function findQuotes(text: string, tagged: readonly Entity[], cues: QuoteCues = defaultQuoteCues()): Quote[] {
  const words = quoteWords(text);
  const roles = roleContext(text);
  const entities = namesAfterRoles(text, tagged, roles, cues);
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
    for (let k = i + 1; k < words.length && words[k]!.end <= mk.innerEnd; k++) if (words[k]!.word) markWords[m]!++;
  }
  const ctx: Context = { text, words, entities, cues, marks, markAt, speakers: [], markWords, times: findTimes(text, { ref: null }), roles };
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
    const e = lastEntityBefore(ctx, cueStart);
    return e ? { speaker: entitySpeaker(e, true), role: e.role } : { speaker: null, role: null };
  };
  const firstOfSentence = (i: number): number => {
    let j = i;
    while (j > 0 && words[j - 1]!.sentence === words[i]!.sentence && !words[j]!.paraStart) j--;
    return j;
  };
  const push = (q: Quote): void => {
    quotes.push(q);
    if (q.speaker) ctx.speakers.push(q.speaker);
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
    const clause = clauseAfter(ctx, i, v.lemma, v.participle);
    if (!clause) continue;
    const subjectTo = clause.kind === 'that' ? clause.at : clause.kind === 'mark' ? clause.at - (words[clause.at - 1]?.fold === ':' ? 1 : 0) : clause.at;
    // «نقلت الوكالة عن مصدر قوله إن …»: the speaker is the one reported.
    const through = reportedSpeaker(ctx, v.lemma, i + 1, subjectTo);
    const found = through ? subjectIn(ctx, through[0], through[1], null) : subjectIn(ctx, i + 1, subjectTo, v.lemma);
    const first = firstOfSentence(i);
    const who = found.speaker
      ? { speaker: found.speaker, role: found.role }
      : found.explicit || v.passive
        ? { speaker: null, role: null }
        : subjectBefore(ctx, first, i) ?? (v.participle ? sentenceSubject(ctx, first, i) : null) ?? carry(first, v.start);
    const cue = { ...span(text, v.start, words[i]!.end), lemma: v.lemma };
    if (clause.kind === 'mark') {
      const mk = marks[clause.mark!]!;
      usedMarks.add(clause.mark!);
      push({ ...span(text, mk.innerStart, mk.innerEnd), kind: 'direct', speaker: who.speaker, role: who.role, cue, medium: found.medium });
      lastDirect = quotes[quotes.length - 1]!;
      while (i + 1 < words.length && words[i + 1]!.start < mk.end) i++;
      continue;
    }
    const startWord = clause.at + 1;
    if (startWord >= words.length) continue;
    const end = clauseEnd(ctx, clause.at);
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
