/** The query-syntax popover (docs/query-syntax.md in short): each example can be tried with a click. */
import { el } from './dom.js';

/** [example, what it finds], in the order docs/query-syntax.md introduces them. */
const SYNTAX: ReadonlyArray<readonly [string, string]> = [
  ['الرياض جدة', 'المقالات التي فيها الكلمتان معًا'],
  ['"مجلس الوزراء"', 'العبارة بهذا الترتيب (أو «…»)'],
  ['الرياض OR جدة', 'إحدى الكلمتين (OR بحروف لاتينية كبيرة أو صغيرة، أو الرمز |)'],
  ['الرياض -جدة', 'الرياض دون جدة (أو: الرياض NOT جدة)'],
  ['اقتصاد*', 'كل كلمة تبدأ بـ«اقتصاد»'],
  ['=طالبان', 'الكلمة بصيغتها كما كُتبت، دون تجذيع (أو ="حركة طالبان" للعبارة)'],
  ['(الرياض OR جدة) مكة', 'الأقواس تجمع'],
  ['headline:الرياض', 'الكلمة في العنوان'],
  ['outlet:"الشرق الأوسط"', 'من هذه الوسيلة'],
  ['credit:AFP', 'صورة منسوبة إلى هذه الوكالة'],
  ['date:2025-03-01..2025-03-31', 'منشور بين يومين (أو date:2025-03 أو date:2025)'],
  ['entity:"أحمد الشرع"', 'المقالات التي تذكر هذا الكيان'],
  ['said:"مصدر عسكري"', 'المقالات التي تقتبس هذا المتحدث'],
];

/** The panel `#help`: a table of the syntax; `onExample` receives the example clicked. */
export function helpPanel(onExample: (query: string) => void): HTMLElement {
  const rows = SYNTAX.map(([example, meaning]) => {
    const button = el('button', { type: 'button', class: 'example', dir: 'auto' }, example);
    button.addEventListener('click', () => onExample(example));
    return el('tr', {}, el('td', {}, button), el('td', {}, meaning));
  });
  return el(
    'div',
    { id: 'help', class: 'popover', role: 'dialog', 'aria-label': 'صيغة البحث', hidden: true },
    el('h2', {}, 'صيغة البحث'),
    el('table', {}, el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'اكتب'), el('th', { scope: 'col' }, 'لتجد'))), el('tbody', {}, ...rows)),
    el('p', { class: 'hint' }, 'اضغط على مثال لتجربته. المفتاح / ينقل إلى مربع البحث، والأسهم أو j/k تتنقل بين النتائج.'),
  );
}

/** Opens and closes `panel` from `toggle`; Escape and a click elsewhere close it. */
export function wireHelp(toggle: HTMLButtonElement, panel: HTMLElement): void {
  const set = (open: boolean): void => {
    panel.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
  };
  toggle.addEventListener('click', () => set(panel.hidden));
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !panel.hidden) {
      set(false);
      toggle.focus();
    }
  });
  document.addEventListener('click', (e) => {
    const target = e.target as Node;
    if (!panel.hidden && !panel.contains(target) && !toggle.contains(target)) set(false);
  });
}

/** Closes the panel (after an example was chosen). */
export function closeHelp(toggle: HTMLButtonElement, panel: HTMLElement): void {
  panel.hidden = true;
  toggle.setAttribute('aria-expanded', 'false');
}
