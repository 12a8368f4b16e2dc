/**
 * UniversalPetrarch's actor and agent dictionaries (data/entities/up-actors.txt, up-agents.txt,
 * MIT) and the codes of our own known actors (data/entities/actor-codes.txt), loaded and folded for
 * lookup: an actor's name → its CAMEO codes and their periods («عادل بن أحمد الجبير» → SAUGOV from
 * 2007-01-29), a role noun → its sector («وزير الخارجية» → GOV).
 * The dictionaries write lemmas («وزارة دفاع أميركي»), so both they and the text are folded word by
 * word: letters as search folds them, the article off, and a feminine nisba made masculine
 * («السعودية» → «سعودي»), so that «السعودي» and «السعودية» meet «سعودي».
 */
import { RasdError } from '../errors.js';
import { normalizeText } from '../text/normalize.js';
import { readLines } from '../text/read-data.js';

/** One code of an actor, for a period (ISO days; '' when open). */
export interface ActorCodeEntry {
  code: string;
  from: string;
  to: string;
}

/** The dictionaries, folded. */
export interface ActorDictionary {
  /** Folded name → its codes. */
  actors: ReadonlyMap<string, readonly ActorCodeEntry[]>;
  /** Folded role phrase → its sector (`GOV`). */
  agents: ReadonlyMap<string, string>;
  /** The longest agent phrase, in words. */
  maxAgentWords: number;
  /** ISO 3166-1 alpha-3 codes of countries (data/geo/country-codes.txt): what may open a CAMEO code. */
  countries: ReadonlySet<string>;
  /** ISO alpha-2 → alpha-3. */
  alpha3: ReadonlyMap<string, string>;
  /** The known actors of the alias table by id (data/entities/actor-codes.txt). */
  known: ReadonlyMap<string, CountrySector>;
}

/** One word folded as the dictionaries are: `الأمريكية` → `امريكي`, `والرياض` stays `والرياض`. */
export function foldActorWord(word: string): string {
  const f = foldArticle(word);
  return f.length > 4 && f.endsWith('يه') ? f.slice(0, -1) : f;
}

/** A word folded with the article off, its gender kept: `المالية` → `ماليه`. */
export function foldArticle(word: string): string {
  const f = normalizeText(word, 'search');
  return f.length > 3 && f.startsWith('ال') ? f.slice(2) : f;
}

/** A phrase folded word by word (see {@link foldActorWord}). */
export function foldActorName(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .map(foldActorWord)
    .join(' ');
}

/** Parses the four files' lines (comments removed); throws E_DATA naming a bad line. */
export function parseActorDictionary(actorLines: readonly string[], agentLines: readonly string[], codeLines: readonly string[], knownLines: readonly string[] = []): ActorDictionary {
  const alpha3 = new Map<string, string>();
  for (const line of codeLines) {
    const [a2 = '', a3 = ''] = line.split('\t');
    if (!/^[A-Z]{2}$/.test(a2) || !/^[A-Z]{3}$/.test(a3)) throw new RasdError('E_DATA', `data/geo/country-codes.txt: expected «AA<TAB>AAA», got ${JSON.stringify(line)}`);
    alpha3.set(a2, a3);
  }
  const actors = new Map<string, ActorCodeEntry[]>();
  for (const line of actorLines) {
    const [code = '', from = '', to = '', name = ''] = line.split('\t');
    if (!/^[A-Z]{3,}$/.test(code) || !name) throw new RasdError('E_DATA', `data/entities/up-actors.txt: expected «CODE<TAB>FROM<TAB>TO<TAB>name», got ${JSON.stringify(line)}`);
    const key = foldActorName(name);
    const list = actors.get(key) ?? [];
    list.push({ code, from, to });
    actors.set(key, list);
  }
  const listed = new Map<string, string[]>();
  const overall = new Map<string, number>();
  let maxAgentWords = 1;
  for (const line of agentLines) {
    const [sectors = '', phrase = ''] = line.split('\t');
    if (!/^[A-Z]{3,}$/.test(sectors) || !phrase) throw new RasdError('E_DATA', `data/entities/up-agents.txt: expected «SECTORS<TAB>phrase», got ${JSON.stringify(line)}`);
    const key = foldActorName(phrase);
    // A phrase of two letters is no role noun (a transliteration's piece: «بي»).
    if (key.replace(/ /g, '').length <= 2) continue;
    listed.set(key, [...(listed.get(key) ?? []), sectors]);
    overall.set(sectors.slice(0, 3), (overall.get(sectors.slice(0, 3)) ?? 0) + 1);
    maxAgentWords = Math.max(maxAgentWords, key.split(' ').length);
  }
  const countries = new Set(alpha3.values());
  // A phrase listed under several sectors («رئيس»: BUS and GOV) takes the one most phrases have.
  const agents = new Map<string, string>();
  for (const [key, sectors] of listed) {
    const ranked = [...sectors].sort((a, b) => (overall.get(b.slice(0, 3)) ?? 0) - (overall.get(a.slice(0, 3)) ?? 0));
    const sector = splitCode(vote(ranked, (c) => c.slice(0, 3)), countries).sector;
    if (sector) agents.set(key, sector);
  }
  const known = new Map<string, CountrySector>();
  for (const line of knownLines) {
    const [id = '', country = '', sector = ''] = line.split('\t');
    if (!id || !(country === '-' || countries.has(country)) || !/^(-|[A-Z]{3})$/.test(sector)) throw new RasdError('E_DATA', `data/entities/actor-codes.txt: expected «id<TAB>country<TAB>sector» with an ISO alpha-3 country or -, got ${JSON.stringify(line)}`);
    known.set(id, { country: country === '-' ? null : country, sector: sector === '-' ? null : sector });
  }
  return { actors, agents, maxAgentWords, countries, alpha3, known };
}

let bundled: ActorDictionary | undefined;

/** The bundled dictionaries, read once. */
export function defaultActorDictionary(): ActorDictionary {
  bundled ??= parseActorDictionary(readLines('entities/up-actors.txt'), readLines('entities/up-agents.txt'), readLines('geo/country-codes.txt'), readLines('entities/actor-codes.txt'));
  return bundled;
}

// CAMEO's codes for actors of no one country: a sector follows them (`IMGREB`, `INTPTY`).
const INTERNATIONAL: ReadonlySet<string> = new Set(['INT', 'IMG', 'NGM', 'MNC', 'UIS']);
/**
 * CAMEO's sectors. Other three-letter codes in an actor's code are not sectors: religions
 * (`IRQMUS`), ethnic groups, regions (`KSV`); a code made only of those has no sector.
 */
const SECTORS: ReadonlySet<string> = new Set(['GOV', 'MIL', 'COP', 'JUD', 'LEG', 'SPY', 'OPP', 'REB', 'PTY', 'IGO', 'NGO', 'BUS', 'MED', 'EDU', 'HLH', 'REL', 'CVL', 'ELI', 'LAB', 'AGR', 'REF', 'UAF', 'CRM', 'ENV', 'DEV', 'HRI', 'SEP', 'INS', 'SPT']);

/** A CAMEO code split: `SAUGOV` → SAU, GOV; `IGO` → null, IGO; `IMGREB` → null, REB; `USA` → USA, null; `IRQMUS` → IRQ, null. */
export function splitCode(code: string, countries: ReadonlySet<string>): CountrySector {
  const head = code.slice(0, 3);
  const country = countries.has(head) ? head : null;
  const from = country || INTERNATIONAL.has(head) ? 3 : 0;
  for (let i = from; i + 3 <= code.length; i += 3) if (SECTORS.has(code.slice(i, i + 3))) return { country, sector: code.slice(i, i + 3) };
  return { country, sector: null };
}

/** A country (ISO alpha-3) and a sector, each null when unknown. */
export interface CountrySector {
  country: string | null;
  sector: string | null;
}

/**
 * The country and sector of a listed name on `day` (ISO; null: unknown), or null when the name is
 * not listed (or none of its codes passes `keep`). The dictionary lists some names more than once,
 * now and then wrongly («لبنان» as GBR once, as LBN four times): among the entries valid that day
 * (else all of them), the country most of them give wins, and its most frequent code; when no
 * country has most of them («وزارة داخلية»: AFGGOV once, GOV once), the sector alone.
 */
export function codeOn(entries: readonly ActorCodeEntry[] | undefined, day: string | null, countries: ReadonlySet<string>, keep: (code: string) => boolean = () => true): CountrySector | null {
  const kept = entries?.filter((e) => keep(e.code)) ?? [];
  if (!kept.length) return null;
  const valid = day ? kept.filter((e) => (e.from === '' || e.from <= day) && (e.to === '' || day <= e.to)) : [];
  const pool = (valid.length ? valid : kept).map((e) => e.code);
  const split = pool.map((c) => splitCode(c, countries));
  const best = splitCode(vote(pool, (c) => c.slice(0, 3)), countries);
  if (split.filter((x) => x.country === best.country).length * 2 > pool.length) return best;
  const sectors = split.map((x) => x.sector).filter((x): x is string => x !== null);
  return { country: null, sector: sectors.length ? vote(sectors, (x) => x) : null };
}

/** The most frequent value of `group` among `codes`, then its most frequent code (longer first on a tie); the first listed on a tie. */
export function vote(codes: readonly string[], group: (code: string) => string): string {
  const count = (keys: readonly string[]): Map<string, number> => {
    const m = new Map<string, number>();
    for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
    return m;
  };
  const groups = count(codes.map(group));
  let best = group(codes[0]!);
  for (const [g, n] of groups) if (n > groups.get(best)!) best = g;
  const inGroup = codes.filter((c) => group(c) === best);
  const each = count(inGroup);
  let code = inGroup[0]!;
  for (const [c, n] of each) if (n > each.get(code)! || (n === each.get(code)! && c.length > code.length)) code = c;
  return code;
}
