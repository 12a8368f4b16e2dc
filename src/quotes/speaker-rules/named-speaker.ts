/**
 * The first person or organisation named: «أكد سمير الحلبي، مدير المرصد، …», with the role said of
 * them there. An organisation that a role word heads, with a person after it, is that person's role
 * («قال مفتي عام المملكة رئيس هيئة كبار العلماء الشيخ عبدالعزيز آل الشيخ» → the person).
 */
import { wordAt } from '../../entities/extract-role.js';
import { classify, type WordClass } from '../../entities/role-context.js';
import type { Entity } from '../../core/entity-schema.js';
import { roleKind, type Context } from '../context.js';
import { verbAt } from '../verb-at.js';
import { entitySpeaker, SPEAKER_TYPES, type Speaking } from '../speaker.js';
import { speakerRole } from '../speaker-role.js';
import { shortName } from './short-name.js';
import type { SubjectRegion } from '../subject-region.js';

/**
 * Whether a role word («رئيس», «المتحدث باسم») stands right before the entity, or the entity is an
 * abbreviation in brackets right after the organisation of a role («الأمين العام لمنظمة البلدان
 * المصدرة للبترول (أوبك) عبدالله البدري»).
 */
function roleHeaded(ctx: Context, e: Entity): boolean {
  let j = wordAt(ctx.roles, e.start) - 1;
  const bracketed = j > 0 && ctx.roles.words[j]!.key === '(';
  if (bracketed) j--;
  if (j < 0) return false;
  const kind = classify(ctx.roles, j).kind;
  return kind === 'head' || kind === 'link' || kind === 'lcons' || (bracketed && kind === 'def');
}

/** The words between offsets `from` and `to` are titles and ranks only («الدكتور», «اللواء»), at least one. */
function titlesOnly(ctx: Context, from: number, to: number): boolean {
  const between = ctx.words.filter((w) => w.start >= from && w.end <= to);
  return between.length > 0 && between.every((w) => w.word && roleKind(ctx, w) === 'title');
}

/** Role kinds that carry a role on to the name after it: «رئيس اللجنة الأمنية في البرلمان النائب …». */
const ROLE_KINDS: ReadonlySet<WordClass> = new Set<WordClass>(['title', 'head', 'link', 'prep', 'def', 'lcons']);

/**
 * The region's words between offsets `from` and `to` go on with a role up to the name after it: role words,
 * words of other names (an organisation's or a place's), commas and quote marks; no verb, no other
 * word. «وقال رئيس مهرجان كام السينمائي الدولي، المخرج علاء نصر، إن»: «، المخرج».
 */
function roleWordsOnly(r: SubjectRegion, from: number, to: number): boolean {
  const { ctx } = r;
  for (let k = r.from; k < r.to; k++) {
    const w = ctx.words[k]!;
    if (w.start < from || w.end > to) continue;
    if (!w.word) {
      if (w.fold === ':') return false;
      continue;
    }
    if (ctx.entities.some((e) => e.type !== 'PERS' && e.start <= w.start && e.end >= w.end)) continue;
    if (!ROLE_KINDS.has(roleKind(ctx, w)) || verbAt(ctx, k)) return false;
  }
  return true;
}

export function namedSpeaker(r: SubjectRegion): Speaking | null {
  if (r.group) return null;
  let speaker = r.ents.find((e) => SPEAKER_TYPES.has(e.type));
  if (!speaker) return null;
  // «وطالب المومني الحكومة الإسرائيلية بتحمّل …»: a short name of a person named before opens the
  // words, and the name after it is the verb's object.
  // Not a role's word, a preposition or a particle («مدير جامعتي …», «أشار على غلافه …»).
  const kind = roleKind(r.ctx, r.first);
  const plain = kind === 'other' || kind === 'def';
  if (plain && speaker.start > r.first.end && !r.ctx.entities.some((e) => e.start < r.first.end && e.end > r.first.start)) {
    const short = shortName(r);
    if (short && short.speaker.end <= speaker.start) return short;
  }
  if (speaker.type === 'ORG' && roleHeaded(r.ctx, speaker)) {
    const org = speaker;
    speaker = r.ents.find((e) => e.type === 'PERS' && e.start >= org.end) ?? speaker;
  } else if (speaker.type === 'ORG') {
    // «حذر استشاري جراحة الأطفال في مدينة الملك سعود الطبية الدكتور موسى الخرمي من …»: a person
    // right after the organisation, titles only between, holds the role the organisation ends.
    // So does one after it where a role opens the words, role words only between («وأوضح المستشار ومدير
    // العلاقات العامة بوزارة الخارجية علي المسعود أن …», «رئيس مهرجان كام السينمائي الدولي، المخرج علاء نصر»).
    const org = speaker;
    const person = r.ents.find((e) => e.type === 'PERS' && e.start >= org.end);
    const inRole = kind === 'head' || kind === 'title' || kind === 'link';
    if (person && (titlesOnly(r.ctx, org.end, person.start) || (inRole && roleWordsOnly(r, org.end, person.start)))) speaker = person;
  }
  return { speaker: entitySpeaker(speaker, false), role: speakerRole(r.ctx, r.ctx.roles, speaker, r.from, r.to) };
}
