/**
 * A document speaks for whoever issued it: «وذكر التقرير أن …» after «بينت شركة آسيا للاستثمار في
 * تقريرها أن …» is the company. The definite document noun alone as subject goes back to the last
 * speaker who spoke in such a document («في تقريرها», «في بيان»), else to the issuer named right
 * after the document before («وجاء في بيان الجيش: …»).
 */
import { fold } from '../cues.js';
import { isEntity, orgBefore } from '../back-reference.js';
import { isNisba, suffixBases } from '../word-shape.js';
import { entitySpeaker, SPEAKER_TYPES, unnamedSpeaker, type Speaking } from '../speaker.js';
import type { SubjectRegion } from '../subject-region.js';

/** Whether a medium phrase names the document `noun` (search form, no article): «في تقريرها», «ببيانه», «في دراسته». */
function names(medium: string, noun: string): boolean {
  // The word as written and without its clitics: «بيان» itself starts with the letter of «ببيانه».
  return fold(medium)
    .split(/\s+/u)
    .some((w) => [w.replace(/^ال/u, ''), w.replace(/^[وفب]?(?:ال)?/u, '')].some((x) => suffixBases(x).includes(noun)));
}

export function documentIssuer(r: SubjectRegion): Speaking | null {
  const { ctx, first } = r;
  if (!first.word || !first.fold.startsWith('ال') || !ctx.cues.documents.has(first.fold.slice(2))) return null;
  // The issuer named in the region itself («التقرير الصادر عن الشركة») is the named speaker's rule.
  if (r.ents.some((e) => e.start > first.start)) return null;
  const noun = first.fold.slice(2);
  // The document named last: a speaker's medium («في تقريرها») or the noun with its issuer after it.
  const k = ctx.speakerMedia.findLastIndex((m, i) => m !== null && !ctx.speakers[i]!.carried && names(m.text, noun));
  const named = issuerNamedWith(r, noun);
  if (k >= 0 && !(named && named.at > ctx.speakerMedia[k]!.start)) return { speaker: { ...ctx.speakers[k]!, carried: true }, role: ctx.speakerRoles[k]! };
  return named?.found ?? null;
}

/**
 * «وجاء في بيان الجيش: …» then «وتابع البيان أن …»: the issuer named right after the document
 * before, as a name the tagger found or an organisation named before with that head («الجيش التركي»).
 */
function issuerNamedWith(r: SubjectRegion, noun: string): { found: Speaking; at: number } | null {
  const { ctx } = r;
  const { words } = ctx;
  for (let k = r.lead - 1; k >= 0; k--) {
    // «بيان», «وبيان», «ببيان», «للبيان الصادر من …»: the noun with the clitics it may carry.
    const f = words[k]!.fold;
    if (f !== noun && f.replace(DOC_CLITICS, '') !== noun) continue;
    const found = issuerAt(r, issuerFrom(ctx, k + 1), true);
    if (found) return { found, at: words[k]!.start };
  }
  return null;
}

const DOC_CLITICS = /^(?:[وف]?[بل]?ال|[وف]?لل|[وف]?[بل]|[وف])/u;
/** Words (adjectives) a document may take before the word of its issuing: «دراسة حديثة أجراها». */
const MAX_BEFORE_ISSUING = 2;

/**
 * The word after a document noun (word `k` on) where its issuer starts: past a word of issuing and
 * «عن»/«من» after it («الصادر عن», «صدر عن», «أجراها»), up to two words after the noun; else `k`.
 */
function issuerFrom(ctx: SubjectRegion['ctx'], k: number): number {
  const { words } = ctx;
  for (let j = k; j <= k + MAX_BEFORE_ISSUING && words[j]?.word; j++) {
    if (!ctx.cues.issuing.has(words[j]!.fold)) continue;
    return words[j + 1]?.fold === 'عن' || words[j + 1]?.fold === 'من' ? j + 2 : j + 1;
  }
  return k;
}

/**
 * The issuer named at word `k`: a person or organisation the tagger found, an organisation named
 * before with that head («الجيش» → «الجيش التركي»), or one named before whose name ends with the
 * words there («الداخلية التونسية» → «وزارة الداخلية التونسية»).
 */
function issuerAt(r: SubjectRegion, k: number, carried: boolean): Speaking | null {
  const { ctx } = r;
  const { words } = ctx;
  const at = words[k];
  if (!at?.word) return null;
  // The name may follow a clitic on the word: «بيان للأمم المتحدة».
  const named = ctx.entities.find((e) => e.start >= at.start && e.start < at.end && SPEAKER_TYPES.has(e.type));
  if (named) return { speaker: entitySpeaker(named, carried), role: named.role };
  if (!at.fold.startsWith('ال')) return null;
  if (ctx.cues.groups.has(at.fold)) {
    const org = orgBefore(ctx, at.fold.slice(2), at.end);
    if (org) return { speaker: isEntity(org) ? entitySpeaker(org, true) : unnamedSpeaker(org, true), role: null };
  }
  // The words from k up to the first that is no nisba: «الداخلية التونسية»; a noun, not «الذي».
  if (at.fold.length < 4 || ctx.cues.nameStops.has(at.fold)) return null;
  let m = k + 1;
  while (m < words.length && words[m]!.word && isNisba(words[m]!.fold)) m++;
  const tail = words.slice(k, m).map((w) => w.fold).join(' ');
  const before = [...ctx.speakers].reverse().find((sp) => sp.start < at.start && sp.type !== 'LOC' && fold(sp.text).endsWith(' ' + tail));
  return before ? { speaker: { ...before, carried: true }, role: null } : null;
}

/**
 * An indefinite document heading the subject speaks for its issuer: «وتابع بيان الداخلية التونسية:
 * …» → «وزارة الداخلية التونسية» (quoted before), «وأكد بيان صادر عن القيادة أن …» → the command.
 * With no issuer that names someone, the words stay an unnamed speaker (unnamed-group.ts).
 */
export function issuedBy(r: SubjectRegion): Speaking | null {
  const { ctx, first } = r;
  if (!first.word || first.fold.startsWith('ال') || !ctx.cues.documents.has(first.fold)) return null;
  const k = issuerFrom(ctx, r.from + 1);
  // A word of issuing leads to its issuer, though the subject's words end before it («بيان صدر | عن …»).
  return k < r.to || k > r.from + 1 ? issuerAt(r, k, false) : null;
}
