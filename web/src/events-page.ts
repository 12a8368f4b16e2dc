/**
 * The events page (`/events?type=…&actor=…&place=…&from=…&to=…&q=…`): who did what to whom, where
 * and when. Filters in the URL; a timeline by type (one line of daily counts per type, each a link
 * to that type); a table of events, newest first, each linked to its sentence in the article; and
 * the same events as CSV.
 */
import { events } from './api.js';
import { bdi, el } from './dom.js';
import { formatDay } from './dates.js';
import { count, countPhrase, dayNumber, isoDay } from './format.js';
import { errorView } from './query-error.js';
import { sparkline } from './sparkline.js';
import type { EventPage, StoredEvent } from './types.js';

/** PLOVER's types, in its order, with their Arabic names. */
export const EVENT_TYPE_NAMES: ReadonlyArray<readonly [string, string]> = [
  ['AGREE', 'اتفاق'],
  ['CONSULT', 'تشاور'],
  ['SUPPORT', 'دعم'],
  ['CONCEDE', 'تنازل'],
  ['COOPERATE', 'تعاون'],
  ['AID', 'مساعدة'],
  ['RETREAT', 'تراجع وانسحاب'],
  ['REQUEST', 'مطالبة'],
  ['ACCUSE', 'اتهام'],
  ['REJECT', 'رفض'],
  ['THREATEN', 'تهديد'],
  ['PROTEST', 'احتجاج'],
  ['SANCTION', 'عقوبة'],
  ['MOBILIZE', 'حشد'],
  ['COERCE', 'إكراه'],
  ['ASSAULT', 'اعتداء'],
];
const EVENTS = ['حدث واحد', 'حدثان', 'أحداث', 'حدثًا'] as const;
const typeName = (t: string): string => EVENT_TYPE_NAMES.find(([k]) => k === t)?.[1] ?? t;

/** The filters the page reads from its URL and sends to the API, by their API names. */
const FILTERS = ['q', 'type', 'actor', 'place', 'from', 'to'] as const;
const PAGE = 50;

function filterForm(params: URLSearchParams): HTMLFormElement {
  const text = (name: string, label: string, placeholder: string): HTMLElement =>
    el('label', {}, label, el('input', { name, type: name === 'from' || name === 'to' ? 'date' : 'search', dir: 'auto', value: params.get(name) ?? '', placeholder, maxlength: 200 }));
  const type = el('select', { name: 'type' }, el('option', { value: '' }, 'كل الأنواع'));
  for (const [k, name] of EVENT_TYPE_NAMES) type.append(el('option', { value: k, selected: params.get('type') === k }, `${name} (${k})`));
  return el(
    'form',
    { id: 'event-filters', class: 'event-filters', action: '/events', method: 'get' },
    el('label', {}, 'النوع', type),
    text('actor', 'الفاعل أو المفعول به', 'داعش'),
    text('place', 'المكان', 'حلب'),
    text('from', 'من', ''),
    text('to', 'إلى', ''),
    text('q', 'في مقالات تطابق', 'بحث…'),
    el('button', { type: 'submit', class: 'primary' }, 'عرض'),
  );
}

/** The URL of this page with `changes` applied to `params` (an empty value drops the filter). */
function pageHref(params: URLSearchParams, changes: Record<string, string | null>): string {
  const p = new URLSearchParams(params);
  for (const [k, v] of Object.entries(changes)) {
    if (v) p.set(k, v);
    else p.delete(k);
  }
  const s = p.toString();
  return s ? `/events?${s}` : '/events';
}

/** One line per type: its name (a link to it), its total, and its daily counts from the first day to the last. */
function timeline(page: EventPage, params: URLSearchParams): HTMLElement {
  const days = page.timeline.map((t) => dayNumber(t.date));
  const section = el('section', { id: 'event-timeline', class: 'event-timeline', 'aria-label': 'الأحداث عبر الزمن حسب النوع' }, el('h2', {}, 'عبر الزمن'));
  if (!days.length) return section;
  const first = Math.min(...days);
  const last = Math.max(...days);
  const byType = new Map<string, number[]>();
  for (const t of page.timeline) {
    let row = byType.get(t.type);
    if (!row) byType.set(t.type, (row = new Array<number>(last - first + 1).fill(0)));
    row[dayNumber(t.date) - first] = t.count;
  }
  section.append(el('p', { class: 'muted' }, `من ${formatDay(isoDay(first))} إلى ${formatDay(isoDay(last))}`));
  const list = el('ul', {});
  for (const [type, name] of EVENT_TYPE_NAMES) {
    const row = byType.get(type);
    if (!row) continue;
    const total = row.reduce((a, b) => a + b, 0);
    list.append(
      el(
        'li',
        { 'data-type': type },
        el('a', { href: pageHref(params, { type, offset: null }) }, name),
        el('span', { class: 'count' }, count(total)),
        sparkline(row.length > 1 ? row : [row[0]!, row[0]!], { width: 240, label: `${name} في كل يوم: ${row.join('، ')}` }),
      ),
    );
  }
  section.append(list);
  return section;
}

function participant(p: StoredEvent['actor'], params: URLSearchParams): HTMLElement | string {
  return p ? el('a', { href: pageHref(params, { actor: p.name, offset: null }), title: p.key }, bdi(p.name)) : '—';
}

function row(e: StoredEvent, params: URLSearchParams): HTMLElement {
  const n = e.id.slice(e.article.id.length + 1);
  const deaths = e.counts.killed !== null ? `${count(e.counts.killed)} قتيل` : '';
  return el(
    'tr',
    { 'data-id': e.id, 'data-type': e.type },
    el('td', {}, e.date ? el('time', { datetime: e.date }, formatDay(e.date)) : '—'),
    el('td', {}, el('a', { href: pageHref(params, { type: e.type, offset: null }) }, typeName(e.type)), e.mode.length ? el('span', { class: 'muted' }, ` ${e.mode.join('، ')}`) : null),
    el('td', {}, participant(e.actor, params)),
    el('td', {}, bdi(e.trigger)),
    el('td', {}, participant(e.recipient, params)),
    el('td', {}, e.place ? el('a', { href: pageHref(params, { place: e.place, offset: null }) }, bdi(e.place)) : '—'),
    el('td', {}, deaths),
    el('td', {}, bdi(e.sources.join('، ')), e.mentions > 1 ? el('span', { class: 'muted' }, ` (${count(e.mentions)} روايات)`) : null),
    el('td', {}, el('a', { class: 'sentence', href: `/article/${encodeURIComponent(e.article.id)}#event-${n}`, title: e.article.headline ?? '' }, bdi(e.sentence))),
  );
}

/** Builds the page into `root` for the filters in the URL. */
export async function eventsPage(root: HTMLElement): Promise<void> {
  const url = new URLSearchParams(location.search);
  const params = new URLSearchParams();
  for (const k of FILTERS) {
    const v = url.get(k)?.trim();
    if (v) params.set(k, v);
  }
  const offset = Math.max(0, Number(url.get('offset')) || 0);
  const summary = el('p', { id: 'summary' }, 'جارٍ التحميل…');
  const body = el('div', { id: 'events' });
  root.replaceChildren(el('section', { class: 'events-page' }, el('h1', {}, 'الأحداث'), filterForm(params), summary, body));
  document.title = 'الأحداث — رصد';
  try {
    const query = new URLSearchParams(params);
    query.set('limit', String(PAGE));
    if (offset) query.set('offset', String(offset));
    const page = await events(query);
    const exportParams = new URLSearchParams(params);
    exportParams.set('format', 'csv');
    summary.replaceChildren(
      `${countPhrase(page.total, EVENTS)} (كل حدث مرة واحدة مهما تعددت رواياته)`,
      page.total ? ` · عرض ${count(offset + 1)}–${count(offset + page.events.length)} · ` : ' ',
      el('a', { id: 'export-csv', href: `/api/export?${exportParams.toString()}`, download: 'rasd-events.csv' }, 'تنزيل CSV'),
    );
    const head = ['التاريخ', 'النوع', 'الفاعل', 'الفعل', 'المفعول به', 'المكان', 'القتلى', 'المصادر', 'الجملة'];
    const table = el('table', { class: 'events-table' }, el('thead', {}, el('tr', {}, ...head.map((h) => el('th', { scope: 'col' }, h)))), el('tbody', {}, ...page.events.map((e) => row(e, params))));
    const pager = el(
      'nav',
      { class: 'pager', 'aria-label': 'الصفحات' },
      offset > 0 ? el('a', { href: pageHref(url, { offset: String(Math.max(0, offset - PAGE)) }) }, 'السابق') : null,
      offset + page.events.length < page.total ? el('a', { href: pageHref(url, { offset: String(offset + PAGE) }) }, 'التالي') : null,
    );
    body.replaceChildren(timeline(page, params), page.events.length ? table : el('p', { class: 'empty' }, 'لا أحداث تطابق.'), pager);
  } catch (e) {
    summary.textContent = '';
    body.replaceChildren(el('div', { id: 'error', role: 'alert' }, ...errorView(e, params.get('q') ?? '')));
  }
}
