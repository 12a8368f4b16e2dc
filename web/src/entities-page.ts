/**
 * The entities page (`/entities?q=…`): the persons, organisations and places the matching articles
 * name most, each with its count, a sparkline of weekly mentions and a link to its search. With no
 * query it shows the whole store's (without sparklines: the store keeps no weekly counts for that).
 */
import { search, topEntities } from './api.js';
import { bdi, el } from './dom.js';
import { formatDay } from './dates.js';
import { count } from './format.js';
import { errorView } from './query-error.js';
import { filterHref } from './search-link.js';
import { sparkline } from './sparkline.js';
import type { EntityFacet } from './types.js';

/** Types in the order shown, with their headings. */
const GROUPS: ReadonlyArray<readonly [string, string]> = [
  ['PERS', 'أشخاص'],
  ['ORG', 'منظمات'],
  ['LOC', 'أماكن'],
  ['MISC', 'أخرى'],
];
/** Entities per group. */
const TOP = 15;

interface Row {
  canonical: string;
  name: string;
  count: number;
  weeks: readonly number[] | null;
}

function group(type: string, title: string, rows: readonly Row[], weeks: readonly string[]): HTMLElement {
  const list = el('ol', { class: 'entity-list' });
  for (const r of rows) {
    const range = weeks.length ? ` من ${formatDay(weeks[0]!)} إلى ${formatDay(weeks[weeks.length - 1]!)}` : '';
    list.append(
      el(
        'li',
        { class: 'entity', 'data-canonical': r.canonical },
        el('a', { class: 'ent', 'data-type': type, href: filterHref('entity', r.canonical) }, bdi(r.name)),
        el('span', { class: 'count', title: 'عدد المقالات' }, count(r.count)),
        r.weeks ? sparkline(r.weeks, { width: 96, label: `الذكر أسبوعيًا${range}: ${r.weeks.join('، ')}` }) : null,
      ),
    );
  }
  if (!rows.length) list.append(el('li', { class: 'empty' }, 'لا شيء.'));
  return el('section', { class: 'entity-group', 'data-type': type }, el('h2', {}, title), list);
}

/** Builds the page into `root` for the query in the URL. */
export async function entitiesPage(root: HTMLElement): Promise<void> {
  const q = new URLSearchParams(location.search).get('q')?.trim() ?? '';
  const box = el('input', { id: 'q', name: 'q', type: 'search', dir: 'auto', autocomplete: 'off', value: q, placeholder: 'حصر الكيانات في بحث…', 'aria-label': 'نص البحث', maxlength: 1000 });
  const form = el('form', { id: 'search', role: 'search', action: '/entities', method: 'get' }, box, el('button', { type: 'submit', class: 'primary' }, 'بحث'));
  const summary = el('p', { id: 'summary' }, 'جارٍ التحميل…');
  const groups = el('div', { id: 'entities', class: 'entity-groups' });
  root.replaceChildren(el('section', { class: 'entities-page' }, el('h1', {}, 'الكيانات'), el('div', { class: 'search-bar' }, form), summary, groups));
  document.title = q ? `الكيانات: ${q} — رصد` : 'الكيانات — رصد';
  try {
    if (q) {
      const r = await search({ q, limit: 1, facets: true });
      const entities: EntityFacet[] = r.facets?.entity ?? [];
      const weeks = r.facets?.weeks ?? [];
      summary.replaceChildren('أكثر الكيانات ذكرًا في ', el('a', { href: `/?${new URLSearchParams({ q }).toString()}` }, `نتائج «`, bdi(q), '»'), ` (${count(r.total)} مقالة).`);
      groups.replaceChildren(
        ...GROUPS.map(([type, title]) =>
          group(type, title, entities.filter((e) => e.type === type).slice(0, TOP).map((e) => ({ canonical: e.value, name: e.name, count: e.count, weeks: e.weeks })), weeks),
        ).filter((g, i) => i < 3 || g.querySelector('li.entity')),
      );
    } else {
      const all = await Promise.all(GROUPS.map(([type]) => topEntities(type, TOP)));
      summary.textContent = 'أكثر الكيانات ذكرًا في كل المقالات. اكتب بحثًا لحصرها في نتائجه.';
      groups.replaceChildren(
        ...GROUPS.map(([type, title], i) => group(type, title, (all[i] ?? []).map((e) => ({ canonical: e.canonical, name: e.name, count: e.articles, weeks: null })), [])).filter(
          (g, i) => i < 3 || g.querySelector('li.entity'),
        ),
      );
    }
  } catch (e) {
    summary.textContent = '';
    groups.replaceChildren(el('div', { id: 'error', role: 'alert' }, ...errorView(e, q)));
  }
}
