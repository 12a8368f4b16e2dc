/**
 * The event lexicon: triggers (data/events/triggers.txt) and the cue words around them
 * (data/events/cues.txt), normalised when loaded. A trigger word marked ~ is read by the search
 * analyser, so «قصفت», «القصف» and «يقصف» all match «~قصف»; any other word, and every cue word, is
 * matched by its search form, with or without proclitics.
 */
import { EventTypeSchema, type EventType } from '../core/event-schema.js';
import { RasdError } from '../errors.js';
import { Analyzer } from '../text/analyze.js';
import { defaultLexicon } from '../text/lexicon.js';
import { TAG } from '../text/lexicon-tags.js';
import { normalizeText } from '../text/normalize.js';
import { readDataText } from '../text/read-data.js';

/** One trigger line's words: its type, modes and strength, and the stems of the phrase it matches. */
export interface Trigger {
  type: EventType;
  modes: readonly string[];
  /** Reports an event wherever it is not negated or planned; a weak one needs a participant or a count beside it. */
  strong: boolean;
  /** The subject is the host and the object the visitor, who is the actor: «استقبل الأمير الوزير». */
  host: boolean;
  /** The phrase's words: a stem where the word is matched by its stem (~ in the file), else null and the word is matched by its search form in `keys`. */
  stems: ReadonlyArray<string | null>;
  keys: readonly string[];
  /** The line of the data file (earlier lines win). */
  line: number;
}

export const CUE_KINDS = ['negation', 'denial', 'future', 'hypothetical', 'may', 'historical', 'call', 'accident', 'sport', 'culture', 'participant', 'people', 'target', 'title', 'role', 'participant-stop', 'clause', 'quantifier', 'direction', 'relative', 'suffer', 'support', 'undergo', 'mutual', 'agent-prep', 'recipient-prep', 'against-prep', 'killed', 'injured', 'arrested', 'displaced'] as const;
export type CueKind = (typeof CUE_KINDS)[number];
/** Kinds whose words are also matched by their stem, in any inflected form («المساجد» is a «مسجد»); the others as written (the stems of «الحر» and «حادث» reach too far). */
const INFLECTING: ReadonlySet<CueKind> = new Set(['participant', 'people', 'target']);

export interface EventLexicon {
  /** Triggers by the stem of their first word, or {@link KEY_MARK} and its search form where it is matched as written, in file order. */
  triggers: ReadonlyMap<string, readonly Trigger[]>;
  /** One-word cues of each kind, by search form. */
  cues: Readonly<Record<CueKind, ReadonlySet<string>>>;
  /** The stems of the one-word cues of the kinds that inflect (participants): «المساجد» is a «مسجد». */
  cueStems: Readonly<Record<CueKind, ReadonlySet<string>>>;
  /** Cues of several words, by the search form of their first word: the rest of each phrase. */
  cuePhrases: Readonly<Record<CueKind, ReadonlyMap<string, ReadonlyArray<readonly string[]>>>>;
}

/** Marks a trigger's first word matched by its search form, not its stem. */
export const KEY_MARK = '=';

let analyzer: Analyzer | undefined;
/** The search analyser the events read stems with: the lexicon's words and the sentences' share its cache. */
export function eventAnalyzer(): Analyzer {
  return (analyzer ??= new Analyzer({}));
}

/** The search analyser's stem of one word, or null where it gives none (a stopword). */
export function stemOf(word: string): string | null {
  const terms = eventAnalyzer().analyze(word);
  return terms.length ? terms[0]!.term : null;
}

export const searchForm = (s: string): string => normalizeText(s, 'search');

/**
 * Parses the data files: the triggers, the cues and the nouns of people (data/lexicon/people-nouns.txt,
 * whose singulars and plurals are the cues of kind `people`); throws E_DATA naming the file
 * and line of a malformed entry.
 */
export function parseEventLexicon(triggerSource: string, cueSource: string, peopleSource = '', files = ['events/triggers.txt', 'events/cues.txt', 'lexicon/people-nouns.txt']): EventLexicon {
  const triggers = new Map<string, Trigger[]>();
  triggerSource.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const [type, modes, flagList, words] = line.split('\t');
    const where = `data/${files[0]}:${i + 1}`;
    const parsed = EventTypeSchema.safeParse(type);
    const flags = (flagList ?? '').split(',');
    const strength = flags[0];
    if (!parsed.success || !modes || (strength !== 'strong' && strength !== 'weak') || flags.slice(1).some((f) => f !== 'host') || !words) {
      throw new RasdError('E_DATA', `${where}: expected TYPE<TAB>modes<TAB>strong|weak[,host]<TAB>words, got "${line}"`);
    }
    for (const phrase of words.split('|')) {
      const ws = phrase.split(/\s+/u).filter(Boolean);
      if (!ws.length) throw new RasdError('E_DATA', `${where}: an empty phrase`);
      // «~قصف» is matched by its stem; any other word as written (its search form).
      const stems = ws.map((w) => (w.startsWith('~') ? stemOf(w.slice(1)) ?? '' : null));
      if (stems.includes('')) throw new RasdError('E_DATA', `${where}: «${phrase}» has a ~word the analyser drops (a stopword)`);
      const t: Trigger = { type: parsed.data, modes: modes === '-' ? [] : modes.split(','), strong: strength === 'strong', host: flags.includes('host'), stems, keys: ws.map((w) => searchForm(w.replace(/^~/u, ''))), line: i + 1 };
      const key = stems[0] ?? KEY_MARK + t.keys[0]!;
      const list = triggers.get(key) ?? [];
      list.push(t);
      triggers.set(key, list);
    }
  });
  const cues = Object.fromEntries(CUE_KINDS.map((k) => [k, new Set<string>()])) as Record<CueKind, Set<string>>;
  const cueStems = Object.fromEntries(CUE_KINDS.map((k) => [k, new Set<string>()])) as Record<CueKind, Set<string>>;
  const cuePhrases = Object.fromEntries(CUE_KINDS.map((k) => [k, new Map<string, string[][]>()])) as Record<CueKind, Map<string, string[][]>>;
  cueSource.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const [kind, words] = line.split('\t');
    if (!(CUE_KINDS as readonly string[]).includes(kind ?? '') || !words) throw new RasdError('E_DATA', `data/${files[1]}:${i + 1}: expected one of ${CUE_KINDS.join(', ')}<TAB>words, got "${line}"`);
    for (const phrase of words.split('|')) {
      const ws = searchForm(phrase).split(/\s+/u).filter(Boolean);
      if (ws.length === 1) {
        cues[kind as CueKind].add(ws[0]!);
        const stem = INFLECTING.has(kind as CueKind) ? stemOf(phrase) : null;
        if (stem) cueStems[kind as CueKind].add(stem);
      }
      else if (ws.length > 1) {
        const map = cuePhrases[kind as CueKind];
        const list = map.get(ws[0]!) ?? [];
        list.push(ws.slice(1));
        map.set(ws[0]!, list);
      }
    }
  });
  // The nouns of people, singular and plural, less the words that open a cue of another kind («صاحب»
  // opens a title) or are function words as well («إمام» folds to «امام», before).
  const opensOther = (f: string): boolean => CUE_KINDS.some((k) => k !== 'participant' && (cues[k].has(f) || cuePhrases[k].has(f)));
  const functionWord = (w: string): boolean => ((defaultLexicon().get(normalizeText(w, 'morph')) ?? 0) & TAG.function) !== 0;
  peopleSource.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const sides = line.split('\t');
    const words = sides.flatMap((side) => side.split('|')).filter((w) => w && w !== '-');
    if (sides.length !== 2 || !words.length || words.some((w) => /\s/u.test(w))) throw new RasdError('E_DATA', `data/${files[2]}:${i + 1}: expected singular<TAB>plural|plural (one word each, - for none), got "${line}"`);
    for (const w of words) {
      const f = searchForm(w);
      if (opensOther(f) || functionWord(w)) continue;
      cues.people.add(f);
      const stem = stemOf(w);
      if (stem) cueStems.people.add(stem);
    }
  });
  return { triggers, cues, cueStems, cuePhrases };
}

let bundled: EventLexicon | undefined;
/** The bundled event lexicon. */
export function defaultEventLexicon(): EventLexicon {
  return (bundled ??= parseEventLexicon(readDataText('events/triggers.txt'), readDataText('events/cues.txt'), readDataText('lexicon/people-nouns.txt')));
}
