/**
 * Organisations the tagger missed, found by the noun that heads their name
 * (data/entities/org-names.txt): «أصدرت وزارة الخدمة المدنية …», «رابطة العالم الإسلامي»,
 * «الهيئة العامة للسياحة والتراث الوطني», «الحكومة العراقية»; and, the same way, places built and
 * named after someone or something («طريق الملك عبدالعزيز», «ملعب الجوهرة»), as LOC.
 * - A head without the article takes its genitive: nouns in construct up to the first with the
 *   article («وزارة الخدمة المدنية», «غرفة الرياض»), then what a definite head takes.
 * - A head with the article takes only qualifiers: nisba adjectives («العراقية»), the listed ones
 *   («العامة»), and «ل» or «و» with the article before one more noun («للسياحة والتراث الوطني»).
 *   With none it is no name («الوزارة» stands for one named before).
 * The name never runs past a line break, punctuation, a stopword, a preposition written apart or a
 * word with ب in front («بجدة»).
 */
import type { Mention } from '../core/entity-schema.js';
import { offsetAfterLetters } from '../text/keyed-tokens.js';
import { segmentClitics } from '../text/clitics.js';
import { NOMINAL, TAG } from '../text/lexicon-tags.js';
import { normalizeText } from '../text/normalize.js';
import { isPlaceName, isPlaceNisba } from '../text/places.js';
import { readDataText } from '../text/read-data.js';
import { defaultKnownNames } from '../text/known-names.js';
import { defaultStopwords } from '../text/stopwords.js';
import { RasdError } from '../errors.js';
import { spaceBefore } from './fold-name.js';
import { classify, type RoleContext } from './role-context.js';

/** Words of a name at most. */
const MAX_WORDS = 8;
/** Nouns in construct after a head without the article, up to the one with it, at most. */
const MAX_CHAIN = 3;
/** Words of a person's name after a title in an organisation's name at most: «الملك عبد العزيز». */
const MAX_TITLED_NAME = 3;
/** Words of a nasab inside a person's name, in search form. */
const NASAB: ReadonlySet<string> = new Set(['بن', 'ابن', 'بنت']);
/** Kinds of a word before a name that make the name part of a role: «رئيس», «رئيس مجلس», «باسم». */
const ROLE_LINKS: ReadonlySet<string> = new Set(['head', 'link', 'lcons', 'prep']);
/** Clitics a head may carry: و/ف, then ب/ل/ك. «لل» is ل before the article. */
const CLITICS = /^([وف]?[بلك]?)/u;

export interface OrgNameWords {
  /** Heads of organisations' names. */
  heads: ReadonlySet<string>;
  /** Heads of the names of places built and named («طريق الملك فهد», «ملعب الجوهرة»): the name is a place. */
  placeHeads: ReadonlySet<string>;
  qualifiers: ReadonlySet<string>;
  /** Phrases of a head and its first word that name a kind of body (search form, one space between). */
  generic: ReadonlySet<string>;
  /** Nouns that name a team by a place's name («فريق الخليج», «نادي الرياض»): team-names.ts. */
  teamHeads: ReadonlySet<string>;
  /** Nouns that open an organisation's name only before a title and a person's name («مركز الملك سلمان للإغاثة»). */
  titledHeads: ReadonlySet<string>;
  /** Nouns that open a name only with the article and a country's nisba or a listed qualifier after it («الجيش العراقي»). */
  qualifiedHeads: ReadonlySet<string>;
}

/** Parses `kind<TAB>word|word|…` lines; throws E_DATA naming a bad line. */
export function parseOrgNameWords(source: string, file = 'entities/org-names.txt'): OrgNameWords {
  const lists = { head: new Set<string>(), 'place-head': new Set<string>(), qualifier: new Set<string>(), generic: new Set<string>(), 'team-head': new Set<string>(), 'titled-head': new Set<string>(), 'qualified-head': new Set<string>() };
  source.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const [kind, words, extra] = line.split('\t');
    const to = kind !== undefined && Object.hasOwn(lists, kind) ? lists[kind as keyof typeof lists] : null;
    if (!to || !words || extra !== undefined) throw new RasdError('E_DATA', `${file}:${i + 1}: expected "head|place-head|qualifier|generic|team-head|titled-head|qualified-head<TAB>word|word|…", got ${JSON.stringify(line)}`);
    for (const w of words.split('|')) if (w.trim()) to.add(normalizeText(w.trim(), 'search').split(/\s+/u).join(' '));
  });
  return { heads: lists.head, placeHeads: lists['place-head'], qualifiers: lists.qualifier, generic: lists.generic, teamHeads: lists['team-head'], titledHeads: lists['titled-head'], qualifiedHeads: lists['qualified-head'] };
}

let bundled: OrgNameWords | undefined;
export function defaultOrgNameWords(): OrgNameWords {
  bundled ??= parseOrgNameWords(readDataText('entities/org-names.txt'));
  return bundled;
}

const isNisba = (key: string): boolean => key.startsWith('ال') && key.length >= 5 && /(ي|يه|يين|يون)$/u.test(key);

/**
 * The organisation names of the text the lists let one find, as ORG mentions, and the named places,
 * as LOC. Words right before a name found already describe it and are none of their own: «شركة
 * خدمات حقول النفط | بيكر هيوز».
 */
export function findOrgNames(ctx: RoleContext, found: readonly Mention[] = [], lists: OrgNameWords = defaultOrgNameWords()): Mention[] {
  const { words, text } = ctx;
  const stop = defaultStopwords();
  const out: Mention[] = [];
  const lexicon = ctx.lexicon();
  /** Word `k` is a common noun the lexicon lists as written, no name or place («مخيم», not «جازان»). */
  const commonNoun = (k: number): boolean => {
    const morph = normalizeText(text.slice(words[k]!.start, words[k]!.end), 'morph');
    return ((lexicon.get(morph) ?? 0) & NOMINAL) !== 0 && !isPlaceName(morph) && !names.person(morph);
  };
  /** Word `k` is a verb and no noun to the lexicon: «شركة تعمل في …». */
  const verbOnly = (k: number): boolean => {
    const tags = lexicon.get(normalizeText(text.slice(words[k]!.start, words[k]!.end), 'morph'));
    return tags !== undefined && (tags & TAG.verb) !== 0 && (tags & NOMINAL) === 0;
  };
  const names = defaultKnownNames();
  /**
   * Word `k` may be a word of a person's name after a title: a name the lists know, a word of the
   * nasab («بن»), or a word the lexicon cannot read; not a common word («جامعة الملك سعود | نتائج»).
   */
  const nameLike = (k: number): boolean => {
    const morph = normalizeText(text.slice(words[k]!.start, words[k]!.end), 'morph');
    return NASAB.has(words[k]!.key) || words[k]!.part === 'head' || names.has(morph) || !segmentClitics(morph, { lexicon }).known;
  };
  /** Word `k` is a place's name as written: «باكستان», «لبنان», «فرنسا», «بيروت» start with a letter that is no clitic. */
  const placeAsWritten = (k: number): boolean => ctx.isPlace(normalizeText(text.slice(words[k]!.start, words[k]!.end), 'morph'));
  /** Word `k` goes on the name after word `k - 1`: on its line, with only a space between. */
  const joined = (k: number): boolean => spaceBefore(text, words, k) && words[k]!.kind === 'arabic' && words[k]!.part !== 'tail';
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (w.kind !== 'arabic' || w.part === 'tail') continue;
    let { skip, bare } = headOf(w.key, lists.heads);
    let type: Mention['type'] = 'ORG';
    /** The head names a body only by its qualifier («الدفاع الأمريكي»): in a role it is the office's field («وزير الدفاع الأمريكي»). */
    let byQualifier = false;
    // «مركز الملك سلمان …»: a head of its own only before a title.
    if (skip < 0 && k + 1 < words.length && joined(k + 1) && words[k + 1]!.key.startsWith('ال') && classify(ctx, k + 1).kind === 'title') ({ skip, bare } = headOf(w.key, lists.titledHeads));
    // «الجيش العراقي», «الإدارة الأمريكية»: a head of its own only with the article and a country's nisba or a listed qualifier.
    if (skip < 0 && k + 1 < words.length && joined(k + 1) && (isPlaceNisba(words[k + 1]!.key, true) || lists.qualifiers.has(words[k + 1]!.key))) {
      const q = headOf(w.key, lists.qualifiedHeads);
      if (q.skip >= 0 && q.bare.startsWith('ال')) {
        ({ skip, bare } = q);
        byQualifier = true;
      }
    }
    if (skip < 0) {
      ({ skip, bare } = headOf(w.key, lists.placeHeads));
      type = 'LOC';
      // «عن طريق البريد» is «by way of», no road.
      if (skip < 0 || (k > 0 && words[k - 1]!.key === 'عن')) continue;
    }
    const definite = bare.startsWith('ال');
    let m = k + 1;
    let chain = !definite;
    // The name is one: the head's genitive has the article, or a qualifier came.
    let qualified = false;
    // A nisba or listed qualifier came («العامة»): a complement with ل may follow, and «و» inside it
    // («الهيئة العامة للسياحة»; not «حزب الله | لدعمهم»).
    let adjective = false;
    let complement = false;
    while (m < words.length && m - k < MAX_WORDS && joined(m)) {
      const key = words[m]!.key;
      // Read where it can matter: a ب that opens a place's name is no preposition («بيروت»).
      const place = (chain || key.startsWith('ب')) && placeAsWritten(m);
      if (stop.has(key) || (key.startsWith('ب') && !place) || verbOnly(m)) break;
      if (chain) {
        // The genitive is a bare noun or one with the article, never «و» or «ل» with one
        // («جامعة أوكسفورد | والجامعات», «لجنة | للوقوف على …»), and a few words at most
        // («شركة اتحاد مصانع الأسلاك»; not «لجنة تحقيق ثلاثية مستقلة تضخيم الشركة»).
        if ((/^[وفلب]/u.test(key) && !key.startsWith('ال') && !place) || m - k > MAX_CHAIN) break;
        m++;
        // A place's name is definite, as a noun with the article is: the genitive ends on it, and
        // qualifiers may follow («مجلس علماء باكستان | الأمة الإسلامية»). A name of two words is
        // read whole («شرطة منطقة مكة المكرمة»).
        if (place) {
          if (m < words.length && joined(m) && ctx.isPlace(normalizeText(text.slice(words[m - 1]!.start, words[m]!.end), 'morph'))) m++;
          chain = false;
          qualified = true;
          continue;
        }
        // «مؤسسة الملك عبدالعزيز للموهبة», «جامعة الملك سعود»: a title in the genitive takes the
        // person's name after it, and the name may be qualified then. Further on, after a place's or
        // a person's name, the title opens a person after the organisation («شرطة جازان | المقدم
        // محمد الحربي»); after another head, a name of its own («قاعة موجودات | مكتبة الملك عبد
        // العزيز»); after a common noun it is still this name's («متنزه مخيم الملك عبدالعزيز»).
        if (key.startsWith('ال') && classify(ctx, m - 1).kind === 'title') {
          if (m - 1 > k + 1) {
            const before = words[m - 2]!.key;
            if ([lists.heads, lists.titledHeads, lists.placeHeads].some((h) => headOf(before, h).skip >= 0)) {
              m -= 2;
              break;
            }
            if (!commonNoun(m - 2)) {
              m--;
              break;
            }
          }
          let n = m;
          // «عبدالعزيز» is read as «عبد» and «العزيز»: the tail goes with its head.
          const tail = (i: number): boolean => words[i]!.part === 'tail' && words[i - 1]!.part === 'head';
          // «عبد العزيز» written apart: the word after «عبد» takes its article.
          const afterAbd = (i: number): boolean => words[i - 1]!.key === 'عبد' && joined(i) && words[i]!.key.startsWith('ال');
          while (n < words.length && n - m < MAX_TITLED_NAME && (tail(n) || afterAbd(n) || (joined(n) && !words[n]!.key.startsWith('ال') && !stop.has(words[n]!.key) && !/^[وبل]/u.test(words[n]!.key) && nameLike(n)))) n++;
          if (n > m) {
            m = n;
            chain = false;
            qualified = true;
            adjective = true;
            continue;
          }
        }
        if (key.startsWith('ال')) {
          chain = false;
          qualified = true;
          // «جمعية الثقافة والفنون», «وزارة الشؤون البلدية والقروية»: one more genitive with «و», not another organisation.
          const next = words[m];
          if (next && joined(m) && next.key.startsWith('وال') && !lists.heads.has(next.key.slice(1)) && !lists.heads.has(next.key.slice(3))) m++;
        }
        continue;
      }
      if (isNisba(key) || lists.qualifiers.has(key)) {
        qualified = true;
        adjective = true;
        m++;
        continue;
      }
      // «العامة للسياحة والتراث الوطني», «السوري لحقوق الإنسان»: after a qualifier, ل with a noun,
      // and «و» with another inside it; not a second organisation («والمؤسسة العامة …»).
      const lam = key.startsWith('لل') || (key.startsWith('ل') && m + 1 < words.length && words[m + 1]!.key.startsWith('ال') && joined(m + 1));
      const and = complement && key.startsWith('وال') && !lists.heads.has(key.slice(1)) && !lists.heads.has(key.slice(3));
      if (adjective && (lam || and)) {
        complement = true;
        m += lam && !key.startsWith('لل') ? 2 : 1;
        continue;
      }
      break;
    }
    // A chain with no word with the article ends on a place's name («بلدية بيش»), else it names no one («شركة كبيرة»).
    if (!(qualified || (!definite && m > k + 1 && ctx.isPlace(normalizeText(text.slice(words[m - 1]!.start, words[m - 1]!.end), 'morph'))))) continue;
    const start = skip > 0 ? offsetAfterLetters(text, w.start, w.end, skip) : w.start;
    const end = words[m - 1]!.end;
    // «مجلس الإدارة», «هيئة التدريس»: a kind of body.
    if (lists.generic.has(`${bare} ${words[k + 1]?.key ?? ''}`)) continue;
    // A person's name right after a name that completes a role or a preposition is someone the name
    // is the role of («المتحدث باسم وزارة التعليم | مبارك العصيمي», «مدير العلاقات العامة بوزارة
    // الخارجية | علي المسعود»); after a name that opens a clause it is the name's own («وقالت شركة
    // خدمات حقول النفط | بيكر هيوز»). Not where the name ends in the person's own title or role,
    // with the article and maybe nisbas («برئاسة الرئيس الفلسطيني | محمود عباس»).
    if (m < words.length && text.slice(end, words[m]!.start).trim() === '' && found.some((f) => f.start === words[m]!.start && (f.type !== 'PERS' || byQualifier || !completesRole(ctx, k, skip) || endsInTitle(ctx, k, m)))) continue;
    out.push({ type, start, end, text: text.slice(start, end) });
    k = m - 1;
  }
  return out;
}

/** Whether the name headed by word `k` (with `skip` clitic letters) completes a role or a preposition: a role word before it, or ب/ل on its head. */
function completesRole(ctx: RoleContext, k: number, skip: number): boolean {
  return (k > 0 && ROLE_LINKS.has(classify(ctx, k - 1).kind)) || /^[وف]?[بل]/u.test(ctx.words[k]!.key.slice(0, Math.max(skip, 0)));
}

/** Whether the name of words (k, m) ends in a title, or a role with the article, and maybe nisbas after it: «الرئيس الفلسطيني». */
function endsInTitle(ctx: RoleContext, k: number, m: number): boolean {
  for (let i = m - 1; i > k; i--) {
    const kind = classify(ctx, i).kind;
    if (kind === 'title' || (kind === 'head' && /^[وف]?(?:ال|لل|بال)/u.test(ctx.words[i]!.key))) return true;
    if (!isNisba(ctx.words[i]!.key)) return false;
  }
  return false;
}

/** The head a word is, past the clitics it may carry: how many letters to skip, and the head; skip -1 when it is none. */
function headOf(key: string, heads: ReadonlySet<string>): { skip: number; bare: string } {
  if (heads.has(key)) return { skip: 0, bare: key };
  if (heads.has(key.replace(/^ال/u, ''))) return { skip: 0, bare: key };
  // «لل…»: ل before the article, whose alef is not written.
  const ll = /^[وف]?لل/u.exec(key);
  if (ll && heads.has(key.slice(ll[0].length))) return { skip: ll[0].length - 1, bare: 'ال' + key.slice(ll[0].length) };
  const c = CLITICS.exec(key)![1]!;
  if (c && (heads.has(key.slice(c.length)) || heads.has(key.slice(c.length).replace(/^ال/u, '')))) return { skip: c.length, bare: key.slice(c.length) };
  return { skip: -1, bare: key };
}
