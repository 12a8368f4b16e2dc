/**
 * Who speaks, from the words between a speech verb and its clause: the speaker rules, in the order
 * they are tried; the first that finds a speaker decides. Each reads the region (subject-region.ts)
 * and nothing else, and names its example in its own file.
 *   0. documentIssuer     «وذكر التقرير» → the one who spoke in «تقريرها» before
 *      issuedBy           «وتابع بيان الداخلية التونسية» → «وزارة الداخلية التونسية»
 *   1. groupHeadsName     «أعلنت حملة «الرقة تذبح بصمت»», «قال نادي الاتفاق»
 *   2. sameSpeaker        «وأضاف المتحدث ذاته»
 *   3. groupNamedBefore   «وأوضح المصدر», «وقالت الوزارة» → the one named before
 *   4. personInGroup      «قال المتحدث باسم الوزارة العقيد فادي نصار»
 *   5. unnamedGroup       «مصدر عسكري», «بيان صادر عن القيادة», «عدد من المواطنين»
 *   6. placeAsSubject     «قالت موسكو»
 *   7. namedSpeaker       «أكد سمير الحلبي، مدير المرصد، …»
 *   8. personTitled       «من جهته، أكد الوزير» → the person given that role
 *   9. roleHolder         «قال قائد القوة الجوية العراقية» → the person given that role before
 *  10. tailName           «وقال ولد الشيخ» → «الداه ولد الشيخ»
 *  11. shortName          «قال الشرع» → «أحمد الشرع»
 *  12. honorific          «وقال سموه …» → the person just named
 *  13. describedSpeaker   «وقال الصندوق» → «صندوق النقد الدولي»; «وقال المقيم الأمريكي»
 *  14. bareSubject        «وكشف تقرير تداول أن», «وقال حاكما الولايتين إن»: a noun no list names
 */
import type { Speaking } from '../speaker.js';
import type { SubjectRegion } from '../subject-region.js';
import { bareSubject } from './bare-subject.js';
import { describedSpeaker } from './described-speaker.js';
import { documentIssuer, issuedBy } from './document-issuer.js';
import { groupHeadsName } from './group-heads-name.js';
import { groupNamedBefore } from './group-named-before.js';
import { honorific } from './honorific.js';
import { namedSpeaker } from './named-speaker.js';
import { personTitled } from './person-by-title.js';
import { personInGroup } from './person-in-group.js';
import { placeAsSubject } from './place-as-subject.js';
import { roleHolder } from './role-holder.js';
import { sameSpeaker } from './same-speaker.js';
import { shortName } from './short-name.js';
import { tailName } from './tail-name.js';
import { unnamedGroup } from './unnamed-group.js';

export type SpeakerRule = (r: SubjectRegion) => Speaking | null;

export const SPEAKER_RULES: readonly SpeakerRule[] = [documentIssuer, issuedBy, groupHeadsName, sameSpeaker, groupNamedBefore, personInGroup, unnamedGroup, placeAsSubject, namedSpeaker, personTitled, roleHolder, tailName, shortName, honorific, describedSpeaker, bareSubject];

export { honorificSpeaker } from './honorific.js';
