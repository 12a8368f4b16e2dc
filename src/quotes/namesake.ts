/**
 * A person's name inside the name of a place or institution named after them: «مركز الملك سلمان
 * للإغاثة», «طريق سهل بن حثمة», «جامعة الإمام محمد بن سعود». The tagger may find the person there;
 * the quote finder never takes them for a speaker.
 */
import type { Entity } from '../core/entity-schema.js';
import type { QuoteCues } from './cues.js';
import type { QWord } from './words.js';

/** Words a namesake noun may stand before the name (a title: «مركز الملك سلمان»). */
const BEFORE = 2;

/**
 * Whether the person `e` is named in a place's or institution's name (see the module comment). The
 * noun stands right before the name, or before a title that does (`isTitle`): «رئيس مركز المقابلات
 * وليد الحجيلي» names the centre's head, not a centre named after him.
 */
export function inNamesake(words: readonly QWord[], e: Entity, cues: QuoteCues, isTitle: (w: QWord) => boolean): boolean {
  if (e.type !== 'PERS') return false;
  let k = words.findLastIndex((w) => w.end <= e.start);
  for (let n = 0; k >= 0 && n < BEFORE && words[k]!.word; k--, n++) {
    // The noun heads the name without the article (in construct: «مستشفى الملك فهد»); «مدير
    // المستشفى فادي زيدان» names the hospital's director.
    const f = words[k]!.fold.replace(/^[وف]?[بل]?(?=...)/u, '');
    if (cues.namesakes.has(f) || cues.namesakes.has(words[k]!.fold)) return true;
    if (!isTitle(words[k]!)) return false;
  }
  return false;
}
