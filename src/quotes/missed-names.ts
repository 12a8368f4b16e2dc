/**
 * Persons the tagger missed, found beside a role:
 * - after the role that heads them: «وزيرة الطاقة اللبنانية ريما فرحات، في …», «رئيس بلدية الخليل
 *   سامر التميمي لانتقادات»; a boundary follows the name: punctuation, «ل» + noun («لإذاعة»), a
 *   preposition, أن/إن or a speech verb; the role goes on to the end of an organisation it names,
 *   even one named after a person («المتحدث الرسمي لمركز الملك سلمان للإغاثة … رأفت الصباغ»);
 * - before the role they hold, as a speech verb's subject: «وأوضح رأفت الصباغ المتحدث الرسمي
 *   للمركز، أن …», the outlet spoken to before it or not («صرح لـ”عين اليوم” عيضة الهذلي الناطق …»).
 * Each becomes a PERS entity with its role. The name is two to four words, the first without the
 * article. Names the tagger found are left as they are.
 */
import type { Entity } from '../core/entity-schema.js';
import { offsetAfterLetters } from '../text/keyed-tokens.js';
import { classify, type RoleContext } from '../entities/role-context.js';
import { MAX_ROLE_WORDS, roleRun } from '../entities/role-phrase.js';
import { defaultKnownNames, writtenAsGivenName } from '../text/known-names.js';
import { isKnownWord } from '../text/inflection.js';
import { defaultMorphologyTables } from '../text/morphology-tables.js';
import { normalizeText } from '../text/normalize.js';
import { attributionOpeners, fold, type QuoteCues } from './cues.js';
import { THAT } from './context.js';
import { isIndefiniteAccusative, isReportNoun, prepositionOnNoun } from './word-shape.js';
import { NOMINAL, TAG } from '../text/lexicon-tags.js';

const MAX_NAME_WORDS = 4;
const BOUNDARY_KINDS = new Set(['punct', 'lcons', 'stop', 'prep']);
const NOT_NAME_KINDS = new Set(['title', 'head', 'link', 'prep', 'stop']);

/** `entities` with the persons named after a role that the tagger missed, in text order. */
export function missedNames(text: string, entities: readonly Entity[], rctx: RoleContext, cues: QuoteCues): Entity[] {
  return namesBeforeRoles(text, namesAfterRoles(text, entities, rctx, cues), rctx, cues);
}

/** Whether words `[first, n)` may be a name the tagger missed: Arabic words, the first without the article, no cue word among them. */
function nameLike(rctx: RoleContext, first: number, n: number, boundaryWord: (key: string) => boolean): boolean {
  for (let k = first; k < n; k++) {
    const w = rctx.words[k]!;
    const c = classify(rctx, k);
    if (w.breakBefore || w.kind !== 'arabic' || boundaryWord(w.key) || BOUNDARY_KINDS.has(c.kind) || NOT_NAME_KINDS.has(c.kind) || (k === first && (c.kind !== 'other' || opensPhrase(rctx, k))) || accusative(rctx, k)) return false;
  }
  return true;
}

/** «مسؤول في الوزارة | مفضلا عدم ذكر اسمه»: an accusative participle of state is no name's word. */
const accusative = (rctx: RoleContext, k: number): boolean => isIndefiniteAccusative(rctx.text.slice(rctx.words[k]!.start, rctx.words[k]!.end), rctx.lexicon(), TAG.adjective);

/**
 * «وكيل وزارة العمل للتفتيش | وتطوير بيئة العمل،»: و on a noun goes on with the role, and opens no
 * name; a given name that starts with the letter («وليد», «وائل») is a name.
 */
function conjoinedNoun(rctx: RoleContext, k: number): boolean {
  const w = rctx.words[k]!;
  const form = normalizeText(rctx.text.slice(w.start, w.end), 'morph');
  if (!form.startsWith('و') || form.length < 4 || defaultKnownNames().person(form)) return false;
  return isKnownWord(form.slice(1), rctx.lexicon(), defaultMorphologyTables(), NOMINAL);
}

/** «المدير العام | بتجهيز عدد …»: ب or ك on a noun opens a preposition's phrase, not a name. */
const opensPhrase = (rctx: RoleContext, k: number): boolean => {
  const w = rctx.words[k]!;
  return prepositionOnNoun(normalizeText(rctx.text.slice(w.start, w.end), 'morph'), 'بك', rctx.lexicon());
};

const boundaryWordOf = (cues: QuoteCues): ((key: string) => boolean) => {
  // «مراسل الأناضول | وفقا للمعلومات»: an attribution phrase («وفقا ل», «بحسب») is no name's first word.
  const attribution = attributionOpeners(cues);
  return (key: string): boolean =>
    key.length < 2 || THAT.has(key) || cues.mediumPreps.has(key) || cues.trailingPreps.has(key) || cues.verbs.has(key) || cues.verbs.has(key.slice(1)) || key === 'قد' || attribution.has(key);
};

const isSpeechVerb = (cues: QuoteCues, key: string): boolean => cues.verbs.has(key) || (key.length > 3 && (key[0] === 'و' || key[0] === 'ف') && cues.verbs.has(key.slice(1)));

/** Words of an outlet spoken to in quotation marks, at most: «لـ”عين اليوم”». */
const MAX_ADDRESSEE = 4;

/** The word after «لـ”…”» (the outlet spoken to) at word `k`, else `k`: «صرح لـ”عين اليوم” عيضة الهذلي الناطق …». */
function afterAddressee(rctx: RoleContext, k: number): number {
  const { words } = rctx;
  if (words[k]?.key !== 'ل' || words[k + 1]?.kind !== 'quote') return k;
  for (let j = k + 2; j < words.length && j - k <= MAX_ADDRESSEE + 2; j++) if (words[j]!.kind === 'quote') return j + 1;
  return k;
}

/** `entities` with the persons named between a speech verb and the role they hold that the tagger missed. */
function namesBeforeRoles(text: string, entities: readonly Entity[], rctx: RoleContext, cues: QuoteCues): Entity[] {
  const { words } = rctx;
  const boundaryWord = boundaryWordOf(cues);
  const added: Entity[] = [];
  for (let v = 0; v + 3 < words.length; v++) {
    if (!isSpeechVerb(cues, words[v]!.key)) continue;
    const first = afterAddressee(rctx, v + 1);
    // The role's head right after two to four name words.
    let head = -1;
    for (let n = first + 2; n <= first + MAX_NAME_WORDS && n < words.length; n++) {
      if (classify(rctx, n).kind === 'head' && roleRun(rctx, n, Math.min(words.length - 1, n + MAX_ROLE_WORDS - 1)) >= n) {
        head = n;
        break;
      }
    }
    if (head < 0 || !nameLike(rctx, first, head, boundaryWord)) continue;
    const start = words[first]!.start;
    const end = words[head - 1]!.end;
    if (entities.some((e) => e.start < end && start < e.end)) continue;
    const r = roleRun(rctx, head, Math.min(words.length - 1, head + MAX_ROLE_WORDS - 1));
    const skip = classify(rctx, head).skip;
    const hw = words[head]!;
    const roleStart = skip > 0 ? offsetAfterLetters(text, hw.start, hw.end, skip) : hw.start;
    const name = text.slice(start, end);
    added.push({ type: 'PERS', text: name, start, end, canonical: `pers:${fold(name)}`, name, role: { text: text.slice(roleStart, words[r]!.end), start: roleStart, end: words[r]!.end }, source: 'ner' });
    v = r;
  }
  return added.length ? [...entities, ...added].sort((a, b) => a.start - b.start) : [...entities];
}

/** Words between a role run and the comma before a name at most: «بالحكومة الشرعية». */
const MAX_ROLE_TAIL = 3;

/** Kinds of the words a role may go on with before its comma: definite nouns, «بالحكومة», «لشؤون». */
const ROLE_TAIL_KINDS = new Set(['def', 'link', 'lcons']);

/**
 * The comma at word `k`, or after up to {@link MAX_ROLE_TAIL} words of the role's own kind
 * («بالحكومة الشرعية»; not a name: «ناجم الغرسلي،»); else -1.
 */
function commaWithin(rctx: RoleContext, k: number, boundaryWord: (key: string) => boolean): number {
  const { words } = rctx;
  for (let i = k; i < words.length && i - k <= MAX_ROLE_TAIL; i++) {
    const w = words[i]!;
    if (w.key === ',') return i;
    if (w.breakBefore || w.kind !== 'arabic' || boundaryWord(w.key) || !ROLE_TAIL_KINDS.has(classify(rctx, i).kind)) return -1;
  }
  return -1;
}

/**
 * A word's class for reading a name: as classify says, but a person's given name the lists know,
 * folded like a particle and written as the name is (with ي, not ى), is a name's word where another
 * such word follows, or a name's particle comes before it: «الفريق علي غيدان», «أحمد بن علي»; not
 * «وزير الخارجية على هامش المؤتمر».
 */
function kindAt(rctx: RoleContext, n: number): { kind: string } {
  const c = classify(rctx, n);
  if (c.kind !== 'prep' && c.kind !== 'stop') return c;
  const w = rctx.words[n]!;
  const surface = rctx.text.slice(w.start, w.end);
  // «أحمد بن علي إن …»: after a name's particle, the given name ends the name.
  const afterParticle = n > 0 && !w.breakBefore && classify(rctx, n - 1).kind === 'particle';
  const next = rctx.words[n + 1];
  if (!afterParticle && (!next || next.breakBefore || next.kind !== 'arabic' || classify(rctx, n + 1).kind !== 'other')) return c;
  return writtenAsGivenName(surface) ? { kind: 'other' } : c;
}

/**
 * The last word of a role run that ends at word `r`, carried to the end of an organisation or place
 * that the run's last word opens or the run cuts: «المتحدث الرسمي لمركز الملك | سلمان للإغاثة
 * والأعمال الإنسانية» ends at «الإنسانية», where the name after it starts («رأفت الصباغ»).
 */
function pastOrganisation(rctx: RoleContext, entities: readonly Entity[], r: number): number {
  const { words } = rctx;
  if (r < 0) return r;
  const cut = entities.find((e) => e.type !== 'PERS' && e.start < words[r]!.end && e.end > words[r]!.end);
  if (!cut) return r;
  let k = r;
  while (k + 1 < words.length && words[k + 1]!.start < cut.end) k++;
  return k;
}

/** `entities` with the persons named after a role that heads them that the tagger missed. */
function namesAfterRoles(text: string, entities: readonly Entity[], rctx: RoleContext, cues: QuoteCues): Entity[] {
  const { words } = rctx;
  const overlapping = (start: number, end: number): Entity[] => entities.filter((e) => e.start < end && start < e.end);
  const covered = (start: number, end: number): boolean => overlapping(start, end).length > 0;
  const dropped = new Set<Entity>();
  // A lone letter is no name's word: «فهد الرشيدي لـ«القبس»».
  const boundaryWord = boundaryWordOf(cues);
  // A report noun opens the speech verb's object after the name: «أكد عضو اللقاء النائب نعمة طعمة | ضرورة التمسك …».
  const reportNoun = (key: string): boolean => isReportNoun(cues, key);
  const added: Entity[] = [];
  for (let j = 0; j < words.length; j++) {
    if (classify(rctx, j).kind !== 'head' || covered(words[j]!.start, words[j]!.end)) continue;
    // «نبيل العربي الأمين العام لجامعة الدول العربية بإعلان …»: a role right after a person's name is that person's.
    if (entities.some((e) => e.type === 'PERS' && e.end <= words[j]!.start && text.slice(e.end, words[j]!.start).trim() === '')) continue;
    const r = pastOrganisation(rctx, entities, roleRun(rctx, j, Math.min(words.length - 1, j + MAX_ROLE_WORDS - 1)));
    if (r < j) continue;
    // «منسقة الشؤون الإنسانية في اليمن، جوليا فيشر، فإن»: the name set off by commas, also after
    // words the role run left («وزير العدل بالحكومة الشرعية، المبروك قريرة، إن»).
    const comma = commaWithin(rctx, r + 1, boundaryWord);
    const commaAfter = comma >= 0 && !words[comma + 1]?.breakBefore;
    const first = commaAfter ? comma + 1 : r + 1;
    let n = first;
    let ok = true;
    while (n < words.length && n - first < MAX_NAME_WORDS) {
      const w = words[n]!;
      if (w.breakBefore) break;
      const c = kindAt(rctx, n);
      const named = c !== classify(rctx, n);
      if (BOUNDARY_KINDS.has(c.kind) || (boundaryWord(w.key) && !named) || (n > first && reportNoun(w.key))) break;
      // The first word has no article, but for a name set off by commas whose next word has none
      // («، المبروك قريرة،»; not «، الثلاثاء الماضي،»).
      const opens = c.kind === 'other' || (commaAfter && c.kind === 'def' && kindAt(rctx, n + 1).kind === 'other');
      if (NOT_NAME_KINDS.has(c.kind) || w.kind !== 'arabic' || (n === first && (!opens || opensPhrase(rctx, n) || conjoinedNoun(rctx, n))) || accusative(rctx, n)) {
        ok = false;
        break;
      }
      n++;
    }
    const count = n - first;
    const next = words[n];
    const ends = commaAfter ? next?.key === ',' : !next || next.breakBefore || BOUNDARY_KINDS.has(classify(rctx, n).kind) || boundaryWord(next.key) || reportNoun(next.key);
    if (!ok || count < 2 || !ends) {
      j = r;
      continue;
    }
    const start = words[first]!.start;
    const end = words[n - 1]!.end;
    // A person the tagger found is kept; a place or organisation over the name is its slip
    // («هالة يونس» with «يونس» as a place, «للاتحاد منير الطرابلسي» as an organisation).
    const over = overlapping(start, end);
    if (over.some((e) => e.type === 'PERS' || e.start >= start && e.end > end)) {
      j = n - 1;
      continue;
    }
    for (const e of over) dropped.add(e);
    const w = words[j]!;
    const skip = classify(rctx, j).skip;
    const roleStart = skip > 0 ? offsetAfterLetters(text, w.start, w.end, skip) : w.start;
    const name = text.slice(start, end);
    added.push({
      type: 'PERS',
      text: name,
      start,
      end,
      canonical: `pers:${fold(name)}`,
      name,
      role: { text: text.slice(roleStart, words[r]!.end), start: roleStart, end: words[r]!.end },
      source: 'ner',
    });
    j = n - 1;
  }
  return added.length ? [...entities.filter((e) => !dropped.has(e)), ...added].sort((a, b) => a.start - b.start) : [...entities];
}
