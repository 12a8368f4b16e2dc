/** The article page's side panels: colour legend, quotes (`#quotes-panel`) and source (`#source-panel`). */
import { bdi, el } from './dom.js';
import { count } from './format.js';
import { filterHref } from './search-link.js';
import type { Article, Quote } from './types.js';

export const ENTITY_LABELS: Readonly<Record<string, string>> = { PERS: 'أشخاص', ORG: 'منظمات', LOC: 'أماكن', MISC: 'أخرى' };
export const QUOTE_KINDS: Readonly<Record<Quote['kind'], string>> = { direct: 'مباشر', indirect: 'غير مباشر', mixed: 'مختلط' };
const REMOVED_REASONS: Readonly<Record<string, string>> = { chrome: 'من واجهة الموقع', duplicate: 'مكرر' };

/** What the colours mean. */
export function legend(): HTMLElement {
  const items = Object.entries(ENTITY_LABELS).map(([type, label]) => el('li', {}, el('span', { class: 'swatch ent', 'data-type': type }), label));
  items.push(el('li', {}, el('span', { class: 'swatch quote' }), 'اقتباس'));
  items.push(el('li', {}, el('span', { class: 'swatch time' }), 'تعبير زمني'));
  return el('section', { id: 'legend', class: 'panel legend', 'aria-label': 'دليل الألوان' }, el('h2', {}, 'دليل الألوان'), el('ul', {}, ...items));
}

/** Who said a quote, for titles and the panel: «سالم القحطاني — مدير الدفاع المدني». */
export function attribution(q: Quote): string {
  const who = q.speaker ? (q.speaker.name ?? q.speaker.text) : 'متحدث غير محدد';
  return q.role ? `${who} — ${q.role.text}` : who;
}

/** The quotes, each with its speaker, role, verb and medium; a click goes to the quote in the text. */
export function quotesPanel(quotes: readonly Quote[], goTo: (index: number) => void): HTMLElement {
  const panel = el('section', { id: 'quotes-panel', class: 'panel' }, el('h2', {}, `الاقتباسات (${count(quotes.length)})`));
  if (!quotes.length) {
    panel.append(el('p', { class: 'empty' }, 'لا اقتباسات في هذه المقالة.'));
    return panel;
  }
  const list = el('ol', {});
  quotes.forEach((q, i) => {
    const s = q.speaker;
    const speaker = s
      ? el('a', { class: 'speaker', href: filterHref('said', s.canonical ?? s.text), title: 'كل ما قاله' }, bdi(s.name ?? s.text))
      : el('span', { class: 'speaker unknown' }, 'متحدث غير محدد');
    const details = [
      q.role ? el('span', { class: 'role' }, q.role.text) : null,
      q.cue ? el('span', { class: 'cue', title: `الفعل: ${q.cue.lemma}` }, q.cue.text) : null,
      q.medium ? el('span', { class: 'medium' }, q.medium.text) : null,
      el('span', { class: 'kind', 'data-kind': q.kind }, QUOTE_KINDS[q.kind]),
      s?.carried ? el('span', { class: 'carried', title: 'المتحدث مستنتج مما سبق' }, 'مستنتج') : null,
    ].filter((x): x is HTMLElement => x !== null);
    const go = el('button', { type: 'button', class: 'goto', 'data-quote': i, title: 'انتقل إلى الاقتباس في النص' }, el('q', {}, q.text));
    go.addEventListener('click', () => goTo(i));
    list.append(el('li', { class: 'quote-item', 'data-kind': q.kind }, el('p', { class: 'who' }, speaker), el('p', { class: 'details' }, ...details), go));
  });
  panel.append(list);
  return panel;
}

/** Where the article came from and what was taken out of it. */
export function sourcePanel(a: Article): HTMLElement {
  const span = `${count(a.source.start)}–${count(a.source.end)}`;
  const facts = el(
    'dl',
    {},
    el('dt', {}, 'الملف'),
    el('dd', {}, el('code', { dir: 'ltr', class: 'path' }, a.source.path)),
    el('dt', {}, 'الموضع'),
    el('dd', {}, el('span', { dir: 'ltr', class: 'span' }, span)),
    a.url ? el('dt', {}, 'الرابط') : null,
    a.url && /^https?:\/\//i.test(a.url) ? el('dd', {}, el('a', { href: a.url, dir: 'ltr', rel: 'noopener noreferrer', class: 'url' }, a.url)) : null,
  );
  const removed = el('ul', { class: 'removed' });
  for (const r of a.removed) {
    removed.append(
      el('li', { 'data-reason': r.reason }, el('span', { class: 'reason' }, REMOVED_REASONS[r.reason] ?? r.reason), ' ', el('span', { class: 'span', dir: 'ltr' }, `${count(r.start)}–${count(r.end)}`), el('pre', { dir: 'auto' }, r.text)),
    );
  }
  if (!a.removed.length) removed.append(el('li', { class: 'empty' }, 'لم يُحذف شيء.'));
  const diagnostics = a.diagnostics.map((d) => el('li', { 'data-severity': d.severity }, el('code', { dir: 'ltr' }, d.code), ' ', bdi(d.message, { dir: 'auto' })));
  return el(
    'section',
    { id: 'source-panel', class: 'panel' },
    el('h2', {}, 'المصدر'),
    facts,
    el('h3', {}, `ما حُذف (${count(a.removed.length)})`),
    removed,
    diagnostics.length ? el('h3', {}, 'ملاحظات الاستخراج') : null,
    diagnostics.length ? el('ul', { class: 'diagnostics' }, ...diagnostics) : null,
  );
}
