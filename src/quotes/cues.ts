/**
 * The cue words of attributed statements (data/quotes/cues.txt) as look-ups by search form: speech
 * verbs and their forms, the prepositions they take, attribution after a quote, turns, media and
 * the heads of unnamed speakers.
 */
import { RasdError } from '../errors.js';
import { normalizeText } from '../text/normalize.js';
import { readDataText } from '../text/read-data.js';

export interface QuoteCues {
  /** Every verb form (search form) → its lemma as written in the file. */
  verbs: ReadonlyMap<string, string>;
  /** Lemma → prepositions (search form) it takes before its clause («أشار» → «الي»). */
  preps: ReadonlyMap<string, ReadonlySet<string>>;
  /** Phrases of attribution after a quote, as word lists in search form. */
  after: ReadonlyArray<readonly string[]>;
  /** Phrases that turn to the entity just mentioned. */
  turn: ReadonlyArray<readonly string[]>;
  /** Phrases that open a sentence before its verb («وفي السياق ذاته بين …»), and the particles before a verb («وقد بين»). */
  openers: ReadonlyArray<readonly string[]>;
  verbParticles: ReadonlySet<string>;
  /** Documents that speak for whoever issued them: «وذكر التقرير», «وأضاف البيان». */
  documents: ReadonlySet<string>;
  /** Words between a document and its issuer: «بيان صادر عن …», «دراسة أجراها …». */
  issuing: ReadonlySet<string>;
  /** Prepositions written on with a letter that opens a complement, which open none: «بشأن», «بخصوص». */
  compoundPreps: ReadonlySet<string>;
  /** Ordinals and superlatives between a medium's preposition and its noun: «في أول تقرير». */
  mediumModifiers: ReadonlySet<string>;
  /** Verbs of praying (lemmas), and the names of God they address, who is no speaker: «ودعا الله أن …». */
  prayerVerbs: ReadonlySet<string>;
  prayedTo: ReadonlySet<string>;
  /** Medium nouns, without the article. */
  media: ReadonlySet<string>;
  /** Heads of unnamed speakers. */
  groups: ReadonlySet<string>;
  /** Passive verb forms: the speaker is whoever the sentence names, never one carried from before. */
  passive: ReadonlySet<string>;
  /** Active participles (every ending, search form) → lemma: «لافته», «مضيفا», «قائلا». */
  participles: ReadonlyMap<string, string>;
  /** Verb forms that are verbs only at the start of a sentence or after a comma («بين», «رد»). */
  homographs: ReadonlySet<string>;
  /** Lemma → nouns that, right after the verb, are its object in an idiom, never its subject: «لفت» → «النظر». */
  verbObjects: ReadonlyMap<string, ReadonlySet<string>>;
  /** Lemmas of verbs that report speech only with a colon soon after them («واختتم: …», «وأكمل: …»). */
  colonOnly: ReadonlySet<string>;
  /** Lemma → the preposition before the one reported and the words after them («عن» … «قوله»). */
  reported: ReadonlyMap<string, { prep: string; saying: ReadonlySet<string> }>;
  /** Honorific pronouns for the person just named («معاليه»). */
  pronouns: ReadonlySet<string>;
  /** «ذاته», «نفسه» after a group word: the speaker named before. */
  same: ReadonlySet<string>;
  /** Outlet nouns: a name after «ل» + one of them is spoken to («لإذاعة موزاييك»). */
  outlets: ReadonlySet<string>;
  /** Nouns of places and institutions named after a person («مركز الملك سلمان», «طريق سهل بن حثمة»). */
  namesakes: ReadonlySet<string>;
  /** Lemma → prepositions (search form) after which a noun phrase is the statement, with no أن («دعا … إلى وقف …»). */
  complements: ReadonlyMap<string, ReadonlySet<string>>;
  /** Phrases of the writer's own notes, no one's statement («يذكر أن», «يشار إلى أن»), as word lists in search form. */
  editorial: ReadonlyArray<readonly string[]>;
  /** Prepositions that open a medium phrase («في تصريح», «خلال مؤتمر», «عبر حسابه», «على منصة»). */
  mediumPreps: ReadonlySet<string>;
  /** Prepositions a name or a speaker's words never end on («البيان في وقت متأخر» → «البيان»). */
  trailingPreps: ReadonlySet<string>;
  /** Words that end an unnamed speaker's words or an organisation's name: times and relatives («مصدر أمس»). */
  nameStops: ReadonlySet<string>;
  /** Demonstratives before a definite noun as subject («وأعلنت هذه الوحدات»). */
  demonstratives: ReadonlySet<string>;
  /** Verbs (lemmas, search form) whose direct object opening with a report noun is the statement: «أعلن الجيش مقتل …». */
  objectVerbs: ReadonlySet<string>;
  /** Particles that open a clause before its subject: «لكن محللين قالوا …», «فيما أكدوا …». */
  openingParticles: ReadonlySet<string>;
  /** Verbs (lemmas) of describing, whose words before the clause hold their object: «ووصف المشهد بأنه …». */
  describing: ReadonlySet<string>;
  /** Report nouns (search form) that open such an object: «مقتل», «ضرورة». */
  reportNouns: ReadonlySet<string>;
  /** Words that open a speaker who is part of a group, before «من» or a noun: «عدد من المواطنين», «أحد الباعة». */
  quantifiers: ReadonlySet<string>;
  /** «بقوله»: by saying, before a quote whose speaker is the verb's own subject. */
  saying: ReadonlySet<string>;
  /** Scripture cited: who is cited, the words of respect after the name (longest first), and the names. */
  citations: ReadonlyArray<{ who: string; respect: ReadonlyArray<readonly string[]>; names: ReadonlyArray<readonly string[]> }>;
  /** The first words of those names and words of respect: a word none of them opens cites no one. */
  citationStarts: ReadonlySet<string>;
  /** Nouns of saying that cite as a verb does: «لقوله تعالى». */
  citing: ReadonlySet<string>;
  /** Verbs (lemmas) that attribute only where their source follows («علمت "الوطن" من مصادر أن …»). */
  sourced: ReadonlySet<string>;
  /** Words that present an interview before its questions («اللقاء», «حوار»). */
  interviews: ReadonlySet<string>;
  /** Words after which a verb's letters spell its verbal noun: «عدم ذكر اسمه», «دون كشف هويته». */
  verbalNounBefore: ReadonlySet<string>;
}

export const fold = (s: string): string => normalizeText(s, 'search');
const words = (phrase: string): string[] => fold(phrase).split(/\s+/).filter(Boolean);

/** The kinds that list words (or lemmas), and the field of {@link QuoteCues} each fills. */
const WORD_KINDS = {
  medium: 'media',
  group: 'groups',
  passive: 'passive',
  homograph: 'homographs',
  pronoun: 'pronouns',
  same: 'same',
  outlet: 'outlets',
  namesake: 'namesakes',
  'medium-prep': 'mediumPreps',
  'trailing-prep': 'trailingPreps',
  'name-stop': 'nameStops',
  demonstrative: 'demonstratives',
  'verb-particle': 'verbParticles',
  document: 'documents',
  issuing: 'issuing',
  'compound-prep': 'compoundPreps',
  'medium-modifier': 'mediumModifiers',
  'prayer-verb': 'prayerVerbs',
  'prayed-to': 'prayedTo',
  saying: 'saying',
  quantifier: 'quantifiers',
  citing: 'citing',
  sourced: 'sourced',
  interview: 'interviews',
  'object-verb': 'objectVerbs',
  'report-noun': 'reportNouns',
  describing: 'describing',
  'opening-particle': 'openingParticles',
  'verbal-noun-before': 'verbalNounBefore',
} as const satisfies Record<string, keyof QuoteCues>;
type WordKind = keyof typeof WORD_KINDS;
type WordField = (typeof WORD_KINDS)[WordKind];
/** Kinds that list lemmas, written as the verb lines write them. */
const LEMMA_KINDS: ReadonlySet<string> = new Set(['prayer-verb', 'sourced', 'describing']);
/** The other kinds, with their own columns. */
const OTHER_KINDS = ['verb', 'colon-verb', 'verb-object', 'participle', 'reported', 'prep', 'complement', 'after', 'turn', 'editorial', 'opener', 'citation', 'cited'];

/** Parses the cue file; throws E_DATA naming the line of a malformed entry. */
export function parseQuoteCues(source: string, file = 'quotes/cues.txt'): QuoteCues {
  const verbs = new Map<string, string>();
  const colonOnly = new Set<string>();
  const verbObjects = new Map<string, Set<string>>();
  const preps = new Map<string, Set<string>>();
  const after: string[][] = [];
  const turn: string[][] = [];
  const openers: string[][] = [];
  const editorial: string[][] = [];
  const forms = new Map<string, string[]>();
  const stems = new Map<string, string[]>();
  const reported = new Map<string, { prep: string; saying: Set<string> }>();
  const complements = new Map<string, Set<string>>();
  const citations = new Map<string, { who: string; respect: string[][]; names: string[][] }>();
  const cited = (who: string) => citations.get(who) ?? citations.set(who, { who, respect: [], names: [] }).get(who)!;
  const sets = Object.fromEntries(Object.values(WORD_KINDS).map((f) => [f, new Set<string>()])) as Record<WordField, Set<string>>;
  source.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const cols = line.split('\t');
    const bad = (why: string): never => {
      throw new RasdError('E_DATA', `data/${file}:${i + 1}: ${why}: ${JSON.stringify(line)}`);
    };
    const list = (s: string | undefined): string[] => (s ?? '').split('|').map((p) => p.trim()).filter(Boolean);
    switch (cols[0]) {
      case 'verb':
      case 'colon-verb':
        if (cols.length !== 3 || !cols[1] || !list(cols[2]).length) bad(`expected ${cols[0]}<TAB>lemma<TAB>form|form|…`);
        for (const f of list(cols[2])) verbs.set(fold(f), cols[1]!);
        forms.set(cols[1]!, list(cols[2]).map(fold));
        if (cols[0] === 'colon-verb') colonOnly.add(cols[1]!);
        break;
      case 'participle':
        // «-»: the verb has no participle in use as a speech cue (زاد → مزيد is «more»).
        if (cols.length !== 3 || !cols[1] || !list(cols[2]).length) bad('expected participle<TAB>lemma<TAB>stem|stem|… (or -)');
        stems.set(cols[1]!, list(cols[2]).filter((x) => x !== '-').map(fold));
        break;
      case 'verb-object': {
        if (cols.length !== 3 || !cols[1] || !list(cols[2]).length) bad('expected verb-object<TAB>lemma<TAB>word|word|…');
        const set = verbObjects.get(cols[1]!) ?? new Set<string>();
        for (const w of list(cols[2])) set.add(fold(w));
        verbObjects.set(cols[1]!, set);
        break;
      }
      case 'reported':
        if (cols.length !== 4 || !cols[1] || !cols[2] || !list(cols[3]).length) bad('expected reported<TAB>lemma<TAB>prep<TAB>word|word|…');
        reported.set(cols[1]!, { prep: fold(cols[2]!), saying: new Set(list(cols[3]).map(fold)) });
        break;
      case 'prep':
      case 'complement': {
        if (cols.length !== 3 || !cols[1] || !cols[2]) bad(`expected ${cols[0]}<TAB>lemma<TAB>word`);
        const to = cols[0] === 'prep' ? preps : complements;
        const set = to.get(cols[1]!) ?? new Set<string>();
        set.add(fold(cols[2]!));
        to.set(cols[1]!, set);
        break;
      }
      case 'citation':
      case 'cited':
        if (cols.length !== 3 || !cols[1] || !list(cols[2]).length) bad(`expected ${cols[0]}<TAB>who<TAB>phrase|phrase|…`);
        cited(cols[1]!)[cols[0] === 'citation' ? 'respect' : 'names'].push(...list(cols[2]).map(words));
        break;
      case 'after':
      case 'turn':
      case 'editorial':
      case 'opener':
        if (cols.length !== 2 || !list(cols[1]).length) bad(`expected ${cols[0]}<TAB>phrase|phrase|…`);
        ({ after, turn, editorial, opener: openers })[cols[0]].push(...list(cols[1]).map(words));
        break;
      default: {
        const field = Object.hasOwn(WORD_KINDS, cols[0]!) ? WORD_KINDS[cols[0] as WordKind] : undefined;
        if (!field) return bad(`unknown kind (${[...OTHER_KINDS, ...Object.keys(WORD_KINDS)].join(', ')})`);
        if (cols.length !== 2 || !list(cols[1]).length) bad(`expected ${cols[0]}<TAB>word|word|…`);
        // Lemmas stay as the verb lines write them; words are matched in the search form.
        for (const w of list(cols[1])) sets[field].add(LEMMA_KINDS.has(cols[0]!) ? w : fold(w));
      }
    }
  });
  // Longest phrases first, so «على حد قوله» wins over a shorter one.
  after.sort((a, b) => b.length - a.length);
  turn.sort((a, b) => b.length - a.length);
  // A turn opens a sentence too: «من جهته بين المهندس أن …».
  openers.push(...turn);
  const participles = participleForms(forms, stems);
  for (const c of citations.values()) {
    if (!c.respect.length) throw new RasdError('E_DATA', `data/${file}: «${c.who}» has cited names but no citation line`);
    c.respect.sort((a, b) => b.length - a.length);
    c.names.sort((a, b) => b.length - a.length);
  }
  const citationStarts = new Set([...citations.values()].flatMap((c) => [...c.respect, ...c.names].map((p) => p[0]!)));
  return { ...sets, verbs, colonOnly, verbObjects, preps, after, turn, openers, participles, reported, complements, editorial, citations: [...citations.values()], citationStarts };
}

/** Endings of a participle: masculine, «ـا» (accusative), «ـة», plurals and duals, in search form. */
const PARTICIPLE_ENDINGS = ['', 'ا', 'ه', 'ين', 'ون', 'ات', 'ان', 'تين', 'تان'];

/**
 * Participle forms of every verb: the stems the file gives, else م + the imperfect for the derived
 * forms (a lemma with أ/ا in front, of four letters or more, or doubled: يؤكد → مؤكد, يستبعد →
 * مستبعد, يشدد → مشدد). A bare triliteral (لفت/نبه) may be form I or II, so the file says which.
 */
export function participleForms(forms: ReadonlyMap<string, readonly string[]>, stems: ReadonlyMap<string, readonly string[]>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [lemma, fs] of forms) {
    let list = stems.get(lemma);
    if (!list) {
      const l = fold(lemma);
      const derived = l.startsWith('ا') || l.length >= 4 || (l.length === 3 && l[1] === l[2]);
      const imperfect = fs.find((f) => f.startsWith('ي'));
      list = derived && imperfect ? ['م' + imperfect.slice(1)] : [];
    }
    for (const stem of list) for (const e of PARTICIPLE_ENDINGS) out.set(stem + e, lemma);
  }
  return out;
}

let shipped: QuoteCues | undefined;

/** The shipped cues (data/quotes/cues.txt), read once. */
export function defaultQuoteCues(): QuoteCues {
  shipped ??= parseQuoteCues(readDataText('quotes/cues.txt'));
  return shipped;
}

const openers = new WeakMap<QuoteCues, ReadonlySet<string>>();

/**
 * The first words of the attribution phrases after a statement («وفقا», «بحسب», «نقلا»), not those
 * that are prepositions or clause particles in their own right («على حد قوله», «كما قال»): a word
 * that ends a speaker's words («مراسل الأناضول | وفقا للمعلومات») and opens no name.
 */
export function attributionOpeners(cues: QuoteCues): ReadonlySet<string> {
  let set = openers.get(cues);
  if (!set) {
    set = new Set(cues.after.map((p) => p[0]!).filter((w) => !cues.trailingPreps.has(w) && !cues.openingParticles.has(w)));
    openers.set(cues, set);
  }
  return set;
}
