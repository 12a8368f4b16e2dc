/**
 * A place's name opens with the administrative unit or the landform written before it: «بمنطقة
 * القصيم» → «منطقة القصيم», «ولاية كونيكتيكت», «ريف حلب», «جبل صبر». The tagger and the gazetteer
 * find the bare name; the word before it (data/entities/place-units.txt, clitics off) joins it when
 * nothing but a space stands between. The place's id stays the bare name's: «محافظة تعز» and «تعز» are
 * one actor.
 */
import type { Mention } from '../core/entity-schema.js';
import { offsetAfterLetters } from '../text/keyed-tokens.js';
import { RasdError } from '../errors.js';
import { normalizeText } from '../text/normalize.js';
import { placeInfo } from '../text/places.js';
import { PLACE_CLITICS } from './place-clitics.js';
import { readLines } from '../text/read-data.js';
import { wordsOf } from './extract-role.js';
import { spaceBefore } from './fold-name.js';
import type { RoleContext } from './role-context.js';

/** What a word before a place's name is: an administrative unit, a part of a place, or a landform. */
export type PlaceUnitKind = 'unit' | 'part' | 'landform';

let bundled: ReadonlyMap<string, PlaceUnitKind> | undefined;

/** The words' search forms and kinds, read once; throws E_DATA naming a bad line. */
export function placeUnits(): ReadonlyMap<string, PlaceUnitKind> {
  bundled ??= new Map(
    readLines('entities/place-units.txt').map((line) => {
      const [word = '', kind = ''] = line.split('\t');
      if (!word || !['unit', 'part', 'landform'].includes(kind)) throw new RasdError('E_DATA', `data/entities/place-units.txt: expected «word<TAB>unit|part|landform», got ${JSON.stringify(line)}`);
      return [normalizeText(word, 'search').trim(), kind as PlaceUnitKind];
    }),
  );
  return bundled;
}

// «منطقة», the unit word that is also the plain word «area».
const AREA = normalizeText('منطقة', 'search');

/**
 * Whether a word (search form, clitics off) is an administrative unit's, in the singular, the dual
 * before a name or the plural («محافظة», «محافظتي», «محافظات»); not «منطقة», also the plain word «area».
 */
export function isAdministrativeUnit(key: string, units: ReadonlyMap<string, PlaceUnitKind> = placeUnits()): boolean {
  const singular = key.replace(/(?:تي|تا|ات)$/u, 'ه');
  return singular !== AREA && units.get(singular) === 'unit';
}

/** A place's search key without the unit word it opens with: «محافظه تعز» → «تعز», the same actor as «تعز». */
export function withoutUnit(key: string, units: ReadonlyMap<string, PlaceUnitKind> = placeUnits()): string {
  const space = key.indexOf(' ');
  return space > 0 && units.get(key.slice(0, space)) === 'unit' ? key.slice(space + 1) : key;
}

/** The mentions, each place that follows a unit word starting at that word. */
export function extendPlaceUnits(mentions: readonly Mention[], ctx: RoleContext, units: ReadonlyMap<string, PlaceUnitKind> = placeUnits()): Mention[] {
  const { words, text } = ctx;
  return mentions.map((m) => {
    if (m.type !== 'LOC') return m;
    const [a] = wordsOf(ctx, m.start, m.end);
    const k = a - 1;
    const w = words[k];
    if (!w || w.kind !== 'arabic' || w.part !== 'whole' || words[a]!.start !== m.start || !spaceBefore(text, words, a)) return m;
    if (mentions.some((o) => o !== m && o.start <= w.start && o.end > w.start)) return m;
    // و/ف, then ب/ك/ل, before the unit word, as before a place's name: «وبمحافظة».
    for (let skip = 0; skip <= PLACE_CLITICS.exec(w.key)![0].length; skip++) {
      if (!units.has(w.key.slice(skip))) continue;
      // «منطقة» is a province only before a place the gazetteer knows inside one country («منطقة
      // القصيم»); before others it is the plain word «area» («منطقة الشرق الأوسط», «منطقة الجفينة»).
      if (w.key.slice(skip) === AREA) {
        const place = placeInfo(m.text);
        if (!(place && place.country !== '' && place.kind !== 'country' && place.kind !== 'continent')) return m;
      }
      const start = skip > 0 ? offsetAfterLetters(text, w.start, w.end, skip) : w.start;
      return { ...m, start, text: text.slice(start, m.end) };
    }
    return m;
  });
}
