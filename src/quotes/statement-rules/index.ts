/**
 * What opens a statement, in the order the finder tries at each word; the first that applies
 * decides and says where the finder goes on. Each rule reads the pass's state (finding.ts) and
 * names its example in its own file.
 *   1. interviewAnswer a paragraph answering a question in an interview: «ما الموهبة؟ ¶ أحب …»
 *   2. quotationFirst  a quotation no verb before it claimed: «…»، قال X / «بقوله: «…»» / a quote carried on
 *   3. accordingToRule «وبحسب X، فإن …»
 *   4. citation        «قال تعالى (( … ))», «لقوله صلى الله عليه وسلم …»: scripture cited
 *   5. speechVerb      «قال X إن …», «أضاف: «…»», «دعا المجلس الحكومات إلى …», «وجاء في بيان الجيش: «…»»
 *   6. attributionAfter «… على قيد الحياة، وفقا للدراسة.», «…، حسبما أعلن النائب العام»
 */
import type { Finding } from '../finding.js';
import { accordingToRule } from './according-to.js';
import { attributionAfter } from './attribution-after.js';
import { citation } from './citation.js';
import { interviewAnswer } from './interview-answer.js';
import { quotationFirst } from './quotation-first.js';
import { speechVerb } from './speech-verb.js';

/** A rule at word `i`: the last word it read (the finder goes on after it), or null when it does not apply. */
export type StatementRule = (f: Finding, i: number) => number | null;

export const STATEMENT_RULES: readonly StatementRule[] = [interviewAnswer, quotationFirst, accordingToRule, citation, speechVerb, attributionAfter];
