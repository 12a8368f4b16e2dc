/**
 * Mentions → entities: the name without title or clitics, the role of a person, the known actor,
 * and, within one article, a short mention linked to the full name it stands for
 * («الشرع» → «أحمد الشرع»).
 */
import { RasdError } from '../errors.js';
import { defaultAliasIndex } from './alias-index.js';
import type { Entity, Mention } from '../core/entity-schema.js';
import type { Span } from '../core/types.js';
import { extractRole, wordsOf } from './extract-role.js';
import { findAliasMentions, type AliasMention } from './find-aliases.js';
import { findClubNames, type ClubMention } from './club-names.js';
import { typesFit } from './canonicalize.js';
import { nameKey } from './fold-name.js';
import { mentionName } from './mention-name.js';
import { mergeMentions } from './merge-mentions.js';
import { findOrgNames } from './org-names.js';
import { personKey } from './person-key.js';
import { isPlatformKey } from './platform-names.js';
import { findPersonNames } from './person-names.js';
import { findBylineAuthors } from './byline-authors.js';
import { findListedPersons } from './listed-persons.js';
import { findFamilyReferences } from './family-reference.js';
import { findListedPlaces } from './listed-places.js';
import { dropCommonPlurals } from './common-plurals.js';
import { findPlaceNames } from './place-names.js';
import { extendPlaceUnits, withoutUnit } from './place-unit.js';
import { completeAppositions } from './complete-apposition.js';
import { extendNasab } from './nasab-chain.js';
import { cutRunOns } from './name-run-on.js';
import { extendGivenNames } from './given-names.js';
import { extendFamilyNames } from './family-name.js';
import { extendSurnames } from './surname-after-given.js';
import { withOutletNames } from './outlet-names.js';
import { withQuotedShortNames } from './quoted-short-name.js';
import { teamsNamedLikePlaces } from './team-names.js';
import { dropNisbaAdjectives } from './nisba-adjective.js';
import { dropLoneRoleHeads } from './role-heads.js';
import { trimMentions } from './trim-mention.js';
import { containsUnits, nameUnits, onlyParticle, spellingSkeleton } from './name-units.js';
import { roleContext, type RoleContext, type RoleOptions } from './role-context.js';
import { defaultRoleWords } from './role-words.js';
import { isDivineName } from './divine-name.js';
import { isUnitMention } from './unit-mention.js';
import type { CanonicalEntity } from './parse-aliases.js';

/** Options of {@link linkMentions}: the word lists (see RoleOptions), and whether to add the aliases the text names. */
export interface LinkOptions extends RoleOptions {
  /** Add the known actors the alias scan finds where the tagger saw nothing (default true). */
  scanAliases?: boolean;
  /** The text's role context, where the caller has made it (an analysed document's, shared with the quote finder); its word lists win. */
  context?: RoleContext;
  /** The text's time expressions, in text order: no word of one is a family name («محمد أمس»). */
  times?: readonly Span[];
}

// Short forms link to full names only for persons and organisations: «دمشق» is not «ريف دمشق».
const LINKED: ReadonlySet<string> = new Set(['PERS', 'ORG']);

interface Item {
  entity: Entity;
  units: string[];
  known: boolean;
}

/**
 * The entities of a text from the tagger's mentions (spans into `text`), in text order.
 * `canonical` is the alias id of a known actor, else `<type>:<key>` of the full name in this
 * article; a short name takes the full name's (the most recent one before it when two full names
 * share it, else the nearest after it).
 */
export function linkMentions(text: string, mentions: readonly Mention[], options: LinkOptions = {}): Entity[] {
  for (const m of mentions) {
    if (!(Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= 0 && m.start < m.end && m.end <= text.length)) {
      throw new RasdError('E_OPTION', `mention span [${m.start}, ${m.end}) of "${m.text}" does not fit a text of length ${text.length}`);
    }
  }
  const ctx = options.context ?? roleContext(text, { ...options, aliases: options.aliases ?? defaultAliasIndex(), roleWords: options.roleWords ?? defaultRoleWords() });
  if (ctx.text !== text) throw new RasdError('E_OPTION', 'the role context given to linkMentions is of another text');
  const { aliases, roleWords, words } = ctx;
  const tagged = completeAppositions(cutRunOns(extendFamilyNames(extendSurnames(extendGivenNames(extendNasab(dropCommonPlurals(trimMentions(mentions, ctx), ctx), ctx), ctx), ctx, options.times), ctx), ctx), ctx);
  // Known actors the text names, and in an article about sport the clubs by their bare names («فاز الهلال»).
  const aliased = options.scanAliases === false ? tagged : withAliases(tagged, [...findAliasMentions(text, { index: aliases, words }), ...findClubNames(text, words)]);
  // News outlets the text marks as such («لـ"سبق"», «صحيفة الوطن»); organisations the tagger missed,
  // by the noun that heads their name («وزارة الخدمة المدنية»); then places, by the gazetteer («بالمنامة»).
  // «شركة اتحاد اتصالات "موبايلي"»: an organisation's short name in quotation marks is the organisation wherever it is written.
  const quoted = withQuotedShortNames(mergeMentions(withOutletNames(aliased, ctx), findOrgNames(ctx, aliased), 'rule'), ctx);
  // «وكيل | وزارة المياه»: a role's head tagged as a person before the organisation it heads is no one.
  const orgs = dropLoneRoleHeads(quoted.mentions, ctx);
  const places = mergeMentions(orgs, findPlaceNames(ctx), 'rule');
  // «بمنطقة القصيم»: a place takes the unit word before it («منطقة القصيم»); «فريق الخليج»: the team.
  const named = mergeMentions(mergeMentions(places, findPersonNames(ctx), 'rule'), findBylineAuthors(ctx), 'rule');
  // «ونايف هزازي، وأيمن فتيني»: the other persons of a list of persons.
  const listed = mergeMentions(named, findListedPersons(named, ctx), 'rule');
  // «حيدر العبادي» … «وقال العبادي»: a person's family name alone, elsewhere in the article.
  const persons = mergeMentions(listed, findFamilyReferences(listed, ctx, options.times), 'rule');
  // «القريات ودومة الجندل وطبرجل والناصفة»: the other places of a list of places.
  const placesListed = mergeMentions(persons, findListedPlaces(persons, ctx), 'rule');
  // «الشركة السعودية»: a place spelled as the feminine nisba after a noun it agrees with is its adjective.
  const all = dropNisbaAdjectives(teamsNamedLikePlaces(extendPlaceUnits(placesListed, ctx), ctx), ctx);

  // «بنعلي» after «عبد الإله بنعلي»: a letter the lexicon reads as a clitic is the name's own when
  // the article writes the name with it after other words.
  const inner = new Set(all.filter((m) => m.type === 'PERS').flatMap((m) => nameKey(m.text).split(' ').slice(1)));
  // Named organisations and places complete the roles before persons («مدير جامعة الملك عبدالعزيز المكلف»).
  for (const m of all) {
    if (m.type === 'PERS' || m.type === 'MISC') continue;
    const [a, b] = wordsOf(ctx, m.start, m.end);
    if (b > a) ctx.named.set(a, b - 1);
  }
  const items: Item[] = [];
  for (const m of all) {
    if (m.type === 'MISC' && (isUnitMention(m.text) || isDivineName(m.text))) continue;
    let span = { start: m.start, end: m.end };
    let role: Entity['role'] = null;
    if (m.type === 'PERS') {
      const r = extractRole(text, m, { context: ctx });
      span = r.name;
      role = r.role;
    }
    let name = mentionName(text, span, m.type, aliases);
    if (m.type === 'PERS' && !name.entity && name.start > span.start) {
      const whole = nameKey(text.slice(span.start, name.end));
      if (inner.has(whole.split(' ')[0]!)) name = { ...name, start: span.start, key: whole };
    }
    if (name.key === '') continue;
    const known = name.entity ?? (m.type === 'PERS' ? actorOfKey(name.key, aliases) : null);
    // «تويتر» tagged a person is the platform, an organisation; «فيس بوك» keeps the ف the clitic rule took.
    let type = m.type;
    if (!known && m.type === 'PERS') {
      const whole = nameKey(text.slice(span.start, name.end));
      if (isPlatformKey(whole) && !isPlatformKey(name.key)) name = { ...name, start: span.start, key: whole };
      if (isPlatformKey(name.key)) type = 'ORG';
      // «تويتر وواتس»: a share bar's list of platforms is no one.
      else if (name.key.split(' ').every((w) => isPlatformKey(w.replace(/^و(?=..)/u, '')))) continue;
    }
    const entity: Entity = {
      type: known ? known.type : type,
      text: text.slice(name.start, name.end),
      start: name.start,
      end: name.end,
      canonical: known ? known.id : type === 'PERS' ? `pers:${personKey(name.key)}` : type === 'LOC' ? `loc:${withoutUnit(name.key)}` : `${type.toLowerCase()}:${name.key}`,
      name: known ? known.name_ar : text.slice(name.start, name.end),
      role,
      source: m.source ?? 'ner',
    };
    items.push({ entity, units: nameUnits(name.key, roleWords), known: known !== null });
  }
  linkShortNames(items, roleWords);
  // A short name given in quotation marks after the full name is that organisation.
  for (const item of items) {
    const full = item.entity.type === 'ORG' ? quoted.fullNames.get(nameKey(item.entity.text)) : undefined;
    // The full name's entity: its span, less the clitics in front the name left out.
    const owner = full && items.find((o) => o.entity.type === 'ORG' && o.entity.start >= full.start && o.entity.end === full.end);
    if (owner && owner !== item) item.entity = { ...item.entity, canonical: owner.entity.canonical, name: owner.entity.name };
  }
  return items.map((i) => i.entity);
}

/**
 * The known person a longer form of a name stands for: «محمد بن سلمان بن عبدالعزيز آل سعود», whose
 * person key «محمد بن سلمان» is an actor of the alias table, is that actor.
 */
function actorOfKey(key: string, aliases: RoleContext['aliases']): CanonicalEntity | null {
  const short = personKey(key);
  if (short === key) return null;
  const hit = aliases.nodes.get(short)?.hit;
  return hit?.entity && hit.skip === 0 && hit.entity.type === 'PERS' ? hit.entity : null;
}

/** Gives each unknown short name the canonical and name of the full name it stands for; longest names first, so chains resolve. */
function linkShortNames(items: Item[], roleWords: ReturnType<typeof defaultRoleWords>): void {
  const order = items.map((_, i) => i).sort((a, b) => items[b]!.units.length - items[a]!.units.length);
  for (const i of order) {
    const short = items[i]!;
    const type = short.entity.type;
    if (short.known || !LINKED.has(type) || onlyParticle(short.units, roleWords)) continue;
    let before: Item | undefined;
    let after: Item | undefined;
    const targets = new Set<string>();
    const fits = (full: Item): void => {
      targets.add(full.entity.canonical);
      if (full.entity.start < short.entity.start) {
        if (!before || full.entity.start > before.entity.start) before = full;
      } else if (!after || full.entity.start < after.entity.start) after = full;
    };
    for (const full of items) if (full.entity.type === type && containsUnits(full.units, short.units)) fits(full);
    // A transliterated name spelled with another long vowel: «زانداميلا» for «روجريو زنداميلا».
    if (targets.size === 0 && short.units.length === 1) {
      const skeleton = spellingSkeleton(short.units[0]!);
      for (const full of skeleton === null ? [] : items) {
        if (full !== short && full.entity.type === type && full.units.length >= 2 && full.units.some((u) => spellingSkeleton(u) === skeleton)) fits(full);
      }
      if (targets.size > 1) continue;
    }
    if (targets.size === 0) continue;
    const to = before ?? after!;
    short.entity.canonical = to.entity.canonical;
    short.entity.name = to.entity.name;
  }
}

/**
 * The tagged mentions with the alias scan's: a known actor the scan found over the very span of a
 * tagged mention whose type cannot be the actor's is that actor's type («موبايلي», «كوينز بارك
 * رينجرز» tagged persons are the companies and the club); then merged as found.
 */
function withAliases(tagged: readonly Mention[], found: ReadonlyArray<AliasMention | ClubMention>): Mention[] {
  const retyped = tagged.map((m) => {
    const a = found.find((f) => f.end === m.end && (f.start === m.start || /^[وفبلك]{1,2}$/u.test(m.text.slice(0, f.start - m.start))));
    return a && !typesFit(m.type, a.type) ? { ...m, type: a.type } : m;
  });
  return mergeMentions(retyped, found);
}
