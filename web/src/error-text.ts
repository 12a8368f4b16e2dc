/**
 * The API's errors in Arabic, for the page: a query problem by its `reason` and place
 * («خطأ في الاستعلام عند الحرف 8: …»), any other failure by its `code`. The API's own words and
 * code stay with the message (a title and a small code), for whoever reads the logs.
 */

/** The limits of docs/query-syntax.md, as the messages quote them. */
const MAX_LENGTH = 1000;
const MAX_DEPTH = 32;
const MAX_CLAUSES = 64;
const FIELDS = 'headline، outlet، credit، date، entity، said';

/** The text at the problem, in «» (cut when long); '' when the problem is empty. */
function at(query: string, position: number, end: number): string {
  const s = query.slice(position, Math.max(position, end));
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
}

/** What is wrong, by reason: docs/query-syntax.md, Errors, said in Arabic. */
const REASONS: Readonly<Record<string, (bad: string) => string>> = {
  'too-long': () => `الاستعلام أطول من ${MAX_LENGTH} حرف؛ اختصره`,
  empty: () => 'الاستعلام فارغ؛ اكتب كلمة أو عبارة',
  'too-deep': () => `أقواس متداخلة أكثر مما يجوز (${MAX_DEPTH} مستوى على الأكثر)`,
  'too-many-clauses': () => `كلمات وشروط أكثر مما يجوز (${MAX_CLAUSES} على الأكثر)`,
  'unclosed-quote': (bad) => `علامة الاقتباس ${bad} لم تُغلق؛ أضف علامة الإغلاق بعد العبارة`,
  'empty-phrase': () => 'لا شيء بين علامتي الاقتباس',
  'unclosed-paren': () => 'القوس ( لم يُغلق؛ أضف ) بعد ما يجمعه',
  'unmatched-paren': () => 'القوس ) لا يقابله ( قبله',
  'empty-group': () => 'لا شيء بين القوسين ()',
  'dangling-operator': (bad) =>
    /^not$/i.test(bad) ? `${bad} يحتاج إلى كلمة بعده، مثل: الرياض NOT جدة` : `${bad || 'المعامل'} يحتاج إلى كلمة على جانبيه، مثل: الرياض ${bad || 'OR'} جدة`,
  'dangling-minus': () => 'علامة - تلتصق بما تستبعده دون مسافة، مثل: الرياض -جدة',
  'double-negation': () => 'نفي مرتين متتاليتين؛ اكتب - واحدة (أو NOT) قبل الكلمة',
  'bad-prefix': () => 'النجمة * تأتي في آخر الكلمة فقط، مثل: اقتصاد*',
  'bad-exact': () => 'علامة = تأتي ملاصقة لكلمة أو لعبارة بين علامتي تنصيص، مثل: =طالبان',
  'short-prefix': () => 'البادئة قبل * قصيرة؛ ضع حرفين على الأقل قبلها',
  'unknown-field': (bad) => `لا يوجد حقل باسم ${bad} (الحقول: ${FIELDS})؛ للبحث عن النص نفسه ضعه بين علامتي اقتباس`,
  'missing-value': (bad) => `الحقل ${bad} يحتاج إلى قيمة بعد النقطتين مباشرة، دون مسافة`,
  'bad-value': (bad) => `قيمة لا يقبلها هذا الحقل: ${bad}`,
  'nested-field': (bad) => `لا يوضع الحقل ${bad} داخل حقل آخر؛ اكتب الحقلين متجاورين`,
  'bad-date': (bad) => `«${bad}» ليس تاريخًا؛ اكتب سنة أو شهرًا أو يومًا، مثل 2015 أو 2015-07 أو 2015-07-21`,
  'date-order': () => 'نطاق التاريخ ينتهي قبل أن يبدأ',
  'no-positive': () => 'الاستعلام يستبعد فقط؛ أضف ما تبحث عنه، مثل: الرياض -جدة',
};

/** «خطأ في الاستعلام عند الحرف 8: …» for a `bad_query` answer; `position` counts from 0. */
export function queryErrorText(reason: string | null, query: string, position: number | null, end: number | null): string {
  const bad = position === null ? '' : at(query, position, end ?? position);
  const what = (reason && REASONS[reason]?.(bad)) || 'تعذّرت قراءة الاستعلام';
  return position === null ? `خطأ في الاستعلام: ${what}.` : `خطأ في الاستعلام عند الحرف ${position + 1}: ${what}.`;
}

/** Any other failure, by the API's code. */
const CODES: Readonly<Record<string, string>> = {
  bad_request: 'طلب لا يقبله الخادم',
  not_found: 'لم يُعثر على المطلوب',
  unauthorized: 'هذا الطلب يحتاج إلى إذن',
  read_only: 'الخادم للقراءة فقط',
  timeout: 'انتهت مهلة الطلب؛ أعد المحاولة',
  too_large: 'الطلب أكبر مما يقبله الخادم',
  unsupported_media_type: 'نوع المحتوى غير مقبول',
  internal: 'خطأ في الخادم؛ أعد المحاولة بعد قليل',
  unavailable: 'الخادم يتوقف الآن؛ أعد المحاولة بعد قليل',
  overloaded: 'الخادم مشغول بطلبات كثيرة الآن؛ أعد المحاولة بعد ثانية',
  busy: 'عملية إدخال أخرى تكتب في قاعدة البيانات الآن؛ أعد المحاولة بعد انتهائها',
  too_deep: 'بنية JSON متداخلة أعمق مما يقبله الخادم',
  no_articles: 'لم يُستخرج أي خبر مما أُرسل',
};

/** Whether the UI has an Arabic sentence of its own for an API error code. */
export function hasApiErrorText(code: string): boolean {
  return code in CODES;
}

/** An Arabic sentence for a failed request by its code and HTTP status. */
export function apiErrorText(code: string, status: number): string {
  return `${CODES[code] ?? `تعذّر إكمال الطلب (HTTP ${status})`}.`;
}

/** When the request never got an answer. */
export const OFFLINE_TEXT = 'تعذّر الاتصال بالخادم.';
