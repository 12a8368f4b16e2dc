/**
 * A team named by its town: «مدرب فريق الخليج», «نادي الرياض». In an article that writes a place's
 * name right after a team noun (data/entities/org-names.txt: team-head), that name is the team
 * wherever it stands alone there too («وتعاقد الخليج مع المهاجم …»): its place mentions become
 * organisations. A place with another word after the team noun («فريق عمل في الرياض») is no team's name.
 * So is a city or a country with a masculine nisba of a country after it: a city takes the feminine
 * («باريس الفرنسية»), and the masculine agrees with the club meant («فالنسيا الإسباني مع موناكو
 * الفرنسي»); a direction is no such nisba («السودان الجنوبي» stays the country). The same holds of
 * a town or a feminine noun the tagger left alone («العين الإماراتي», «الوحدة الإماراتي»): it is a club.
 */
import type { Mention } from '../core/entity-schema.js';
import { NOMINAL, TAG } from '../text/lexicon-tags.js';
import { normalizeText } from '../text/normalize.js';
import { defaultStopwords } from '../text/stopwords.js';
import { isPlaceNisba, placeInfo } from '../text/places.js';
import { wordsOf } from './extract-role.js';
import { defaultOrgNameWords, type OrgNameWords } from './org-names.js';
import type { RoleContext } from './role-context.js';

/** Letters a word may carry in front: و/ف, then ب/ل/ك. */
const CLITICS = /^[وف]?[بلك]?/u;

export function teamsNamedLikePlaces(mentions: readonly Mention[], ctx: RoleContext, lists: OrgNameWords = defaultOrgNameWords()): Mention[] {
  const key = (text: string): string => normalizeText(text, 'search').trim();
  const teams = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'LOC') continue;
    const [a] = wordsOf(ctx, m.start, m.end);
    const head = ctx.words[a - 1];
    if (head && !head.breakBefore && isTeamHead(head.key, lists.teamHeads)) teams.add(key(m.text));
    else if (masculineNisbaAfter(ctx, m) && isTownOrState(m.text)) teams.add(key(m.text));
  }
  // Clubs the tagger missed: a town's name, or a feminine noun, with a masculine nisba of a country
  // after it («العين الإماراتي», «الوحدة الإماراتي»): the nisba agrees with «نادي», not with the word.
  const clubs: Mention[] = [];
  const stop = defaultStopwords();
  for (let k = 0; k + 1 < ctx.words.length; k++) {
    const w = ctx.words[k]!;
    // Not a nisba itself («المالي الإيراني» is financial, not Mali). The cheap tests first: this runs on every word.
    if (w.kind !== 'arabic' || !w.key.startsWith('ال') || w.key.length < 4 || w.key.endsWith('ي')) continue;
    const text = ctx.text.slice(w.start, w.end);
    const feminine = w.key.endsWith('ه') && !w.key.endsWith('يه');
    if (!masculineNisbaAfter(ctx, { type: 'ORG', start: w.start, end: w.end, text }) || !(feminine || isTownOrState(text))) continue;
    // Not the genitive of a noun the nisba agrees with («وزير الثقافة البريطاني»): a preposition, a
    // verb or punctuation comes before.
    const prev = ctx.words[k - 1];
    const prevTags = prev ? (ctx.lexicon().get(normalizeText(ctx.text.slice(prev.start, prev.end), 'morph')) ?? 0) : 0;
    const verbBefore = (prevTags & TAG.verb) !== 0 && (prevTags & NOMINAL) === 0;
    const opens = !prev || prev.breakBefore || prev.kind !== 'arabic' || stop.has(prev.key) || verbBefore;
    if (!opens || mentions.some((m) => m.start < w.end && m.end > w.start)) continue;
    // The club's name takes its nisba («العين الإماراتي»), as an organisation's name its qualifier.
    const nisba = ctx.words[k + 1]!;
    clubs.push({ type: 'ORG', start: w.start, end: nisba.end, text: ctx.text.slice(w.start, nisba.end), source: 'rule' });
    teams.add(key(text));
  }
  if (!teams.size) return [...mentions];
  const isTeam = (text: string): boolean => {
    const k = key(text);
    const bare = k.replace(CLITICS, '');
    return teams.has(k) || (bare.length >= 3 && teams.has(bare)) || (bare.startsWith('ل') && teams.has('ال' + bare.slice(1)));
  };
  const all = clubs.length ? [...mentions, ...clubs].sort((x, y) => x.start - y.start) : mentions;
  return all.map((m) => (m.type === 'LOC' && isTeam(m.text) ? { ...m, type: 'ORG' } : m));
}

/** «فريق», «الفريق», «لفريق», «وبنادي»: a team noun, with its clitics and article off (the word itself first: «فريق» opens with ف). */
function isTeamHead(key: string, heads: ReadonlySet<string>): boolean {
  const bare = (k: string): string => k.replace(/^ال/u, '');
  return heads.has(bare(key)) || heads.has(bare(key.replace(CLITICS, '')));
}

/** A city or a country of the gazetteer («موناكو» is both), not a region. */
function isTownOrState(text: string): boolean {
  const kind = placeInfo(text)?.kind;
  return kind === 'city' || kind === 'country';
}

/**
 * A definite masculine nisba of a country right after the mention, its adjective: «موناكو الفرنسي»,
 * not «باريس الفرنسية», nor a direction («السودان الجنوبي»).
 */
function masculineNisbaAfter(ctx: RoleContext, m: Mention): boolean {
  const [, b] = wordsOf(ctx, m.start, m.end);
  const next = ctx.words[b];
  return next !== undefined && !next.breakBefore && next.start - m.end <= 1 && next.key.startsWith('ال') && next.key.length >= 5 && next.key.endsWith('ي') && isPlaceNisba(next.key);
}
