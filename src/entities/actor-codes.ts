/**
 * Actors with codes: each entity of an article gets the country (ISO 3166 alpha-3) and the CAMEO
 * sector (GOV, MIL, REB, OPP, CVL, BUS, MED, IGO …) that events need. In order of trust:
 *   1. what the article says of the actor: its role's role noun and the country the role names
 *      («وزير الخارجية السعودي عادل الجبير» → SAU GOV; «قائد الجيش اللبناني» → LBN MIL);
 *   2. the codes of a known actor of the alias table (data/entities/actor-codes.txt: `isis` → REB),
 *      else UniversalPetrarch's actor dictionary, for the article's day («عادل بن أحمد الجبير» → SAUGOV);
 *   3. the actor's own name read as a role («وزارة الداخلية السعودية» → SAU GOV);
 * and for a place, the country it lies in (the gazetteer), else what the dictionary says.
 * Every mention of one actor in the article gets the same codes.
 */
import type { Entity } from '../core/entity-schema.js';
import { segmentClitics } from '../text/clitics.js';
import { defaultLexicon } from '../text/lexicon.js';
import { TAG } from '../text/lexicon-tags.js';
import { normalizeText } from '../text/normalize.js';
import { defaultGazetteer, placeInfo, type Gazetteer } from '../text/places.js';
import { codeOn, defaultActorDictionary, foldActorName, foldActorWord, foldArticle, type ActorDictionary, type CountrySector } from './actor-dictionary.js';

/** What coding reads besides the entities. */
export interface ActorCodeOptions {
  /** The article's day (ISO), which picks an actor's code when it changed over time. */
  day?: string | null;
  dictionary?: ActorDictionary;
  gazetteer?: Gazetteer;
}

/**
 * The country a run of words names, as a place («لبنان», «الرياض») or a nisba («السعودي»,
 * «اللبنانية»). One word the lexicon reads as a common noun names none («منظمة», «إمارة»), nor
 * a feminine word whose masculine is a country's own name («المالية», financial, is not Mali's).
 */
function countryOfWords(words: readonly string[], d: ActorDictionary, g: Gazetteer, day: string | null): string | null {
  const lexicon = defaultLexicon();
  const commonNoun = (w: string): boolean => {
    const t = lexicon.get(segmentClitics(normalizeText(w, 'morph'), { lexicon }).base);
    return t !== undefined && (t & TAG.noun) !== 0 && (t & (TAG.proper | TAG.adjective)) === 0;
  };
  const national = (c: string): boolean => d.countries.has(c.slice(0, 3));
  const folded = words.map(foldActorWord);
  const feminineOfCountry = words.map((w) => {
    const f = foldArticle(w);
    return f.endsWith('يه') && placeInfo(f.slice(0, -1), g)?.kind === 'country';
  });
  for (let i = 0; i < words.length; i++) {
    for (let j = Math.min(words.length, i + 4); j > i; j--) {
      const place = placeInfo(words.slice(i, j).join(' '), g);
      // A country, a region, or a city of a million people: a smaller town's name is too often a word («الدولة»).
      if (place?.country && (place.kind !== 'city' || (place.population ?? 0) >= 1_000_000 || place.population === null)) {
        const a3 = d.alpha3.get(place.country);
        if (a3) return a3;
      }
      if ((j === i + 1 && commonNoun(words[i]!)) || feminineOfCountry[j - 1]) continue;
      // A phrase most of whose codes open with a country: «لبناني» [LBN, LBN, GOV], «جيش لبناني»
      // [LBNMIL, LBN, JOR]; not «وزارة داخلية» [AFGGOV, GOV], which names no country of its own.
      const entries = d.actors.get(folded.slice(i, j).join(' '));
      const code = entries && entries.filter((e) => national(e.code)).length * 2 > entries.length ? codeOn(entries, day, d.countries, national) : null;
      if (code?.country) return code.country;
    }
  }
  return null;
}

/**
 * The sector of the longest role phrase among `words`, the leftmost of equals: «رئيس مجلس
 * الوزراء» (GOV) over «نائب» (LEG) in «نائب الرئيس اليمني رئيس مجلس الوزراء».
 */
function sectorOfWords(words: readonly string[], d: ActorDictionary): string | null {
  const folded = words.map(foldActorWord);
  let best: { length: number; sector: string } | null = null;
  for (let i = 0; i < folded.length; i++) {
    for (let j = Math.min(folded.length, i + d.maxAgentWords); j > i && (!best || j - i > best.length); j--) {
      const sector = d.agents.get(folded.slice(i, j).join(' '));
      if (sector) best = { length: j - i, sector };
    }
  }
  return best?.sector ?? null;
}

/** Reads a phrase (a role, or an organisation's name) as a role: its sector and the country it names. */
function codeOfPhrase(phrase: string, d: ActorDictionary, g: Gazetteer, day: string | null): CountrySector {
  const words = phrase.split(/\s+/).filter(Boolean);
  return { country: countryOfWords(words, d, g, day), sector: sectorOfWords(words, d) };
}

/** The entities with `country` and `sector` (null when nothing tells); the same for every mention of one actor. */
export function codeActors(entities: readonly Entity[], o: ActorCodeOptions = {}): Entity[] {
  const d = o.dictionary ?? defaultActorDictionary();
  const g = o.gazetteer ?? defaultGazetteer();
  const day = o.day ?? null;
  const byActor = new Map<string, Entity[]>();
  for (const e of entities) {
    const list = byActor.get(e.canonical) ?? [];
    list.push(e);
    byActor.set(e.canonical, list);
  }
  const codes = new Map<string, CountrySector>();
  const codeOf = (canonical: string, mentions: readonly Entity[]): CountrySector => {
    const first = mentions[0]!;
    const name = first.name;
    if (first.type === 'LOC') {
      const place = placeInfo(name, g);
      const fromPlace = place?.country ? (d.alpha3.get(place.country) ?? null) : null;
      if (fromPlace) return { country: fromPlace, sector: null };
      return codeOn(d.actors.get(foldActorName(name)), day, d.countries) ?? { country: null, sector: null };
    }
    const roleOf = mentions.find((m) => m.role)?.role ?? null;
    const said = roleOf ? codeOfPhrase(roleOf.text, d, g, day) : { country: null, sector: null };
    // «المتحدث باسم جماعة الحوثي»: a role that names an organisation or a place lends its codes.
    if (roleOf && (said.country === null || said.sector === null)) {
      for (const other of entities) {
        if (other.canonical === canonical || other.start < roleOf.start || other.end > roleOf.end) continue;
        const c = codes.get(other.canonical);
        if (!c) continue;
        said.country ??= c.country;
        if (other.type === 'ORG') said.sector ??= c.sector;
      }
    }
    // A known actor of the alias table has codes of its own; its name is not read as a role («الدولة الإسلامية»).
    const known = d.known.get(canonical);
    const up = codeOn(d.actors.get(foldActorName(name)), day, d.countries) ?? codeOn(d.actors.get(foldActorName(first.text)), day, d.countries);
    const listed = { country: known?.country ?? up?.country ?? null, sector: known?.sector ?? up?.sector ?? null };
    const own = first.type === 'ORG' && !known ? codeOfPhrase(name, d, g, day) : { country: null, sector: null };
    return { country: said.country ?? listed.country ?? own.country, sector: said.sector ?? listed.sector ?? own.sector };
  };
  // Places and organisations first, so that a person's role can lend theirs.
  const order = [...byActor].sort(([, a], [, b]) => Number(a[0]!.type === 'PERS') - Number(b[0]!.type === 'PERS'));
  for (const [canonical, mentions] of order) codes.set(canonical, codeOf(canonical, mentions));
  return entities.map((e) => ({ ...e, ...codes.get(e.canonical)! }));
}
