/**
 * The filter lists of `#facets`: outlets, photo credits, entities and quoted speakers, each value a
 * button that adds its clause to the query (or takes it out again).
 */
import { bdi, el } from './dom.js';
import { count } from './format.js';
import { facetClause, hasClause, type FacetField } from './query-clauses.js';
import type { Facets, FacetValue } from './types.js';

/** Arabic names of entity types (and GROUP, an unnamed speaker). */
export const TYPE_LABELS: Readonly<Record<string, string>> = { PERS: 'شخص', ORG: 'منظمة', LOC: 'مكان', MISC: 'أخرى', GROUP: 'جهة غير مسماة' };

interface Section {
  facet: 'outlet' | 'credit' | 'entity' | 'speaker';
  field: FacetField;
  title: string;
  values: ReadonlyArray<FacetValue & { name?: string; type?: string }>;
}

/** How many values a section shows before «المزيد». */
const SHOWN = 8;

/** The sections for `facets`; `onClause` receives the clause of the value clicked. */
export function facetSections(facets: Facets, query: string, onClause: (clause: string) => void): HTMLElement[] {
  const sections: Section[] = [
    { facet: 'outlet', field: 'outlet', title: 'الوسيلة', values: facets.outlet },
    { facet: 'credit', field: 'credit', title: 'مصدر الصور', values: facets.credit },
    { facet: 'entity', field: 'entity', title: 'الكيانات', values: facets.entity },
    { facet: 'speaker', field: 'said', title: 'المتحدثون', values: facets.speaker },
  ];
  return sections.filter((s) => s.values.length > 0).map((s) => section(s, query, onClause));
}

function section(s: Section, query: string, onClause: (clause: string) => void): HTMLElement {
  const list = el('ul', { class: 'facet-values' });
  s.values.forEach((v, i) => {
    const clause = facetClause(s.field, v.value);
    const active = hasClause(query, clause);
    const button = el(
      'button',
      { type: 'button', 'data-value': v.value, 'data-clause': clause, 'aria-pressed': String(active), title: active ? `إزالة ${clause}` : clause },
      bdi(v.name ?? v.value, { class: 'name' }),
      v.type ? el('small', { class: 'type', 'data-type': v.type }, TYPE_LABELS[v.type] ?? v.type) : null,
      el('span', { class: 'count' }, count(v.count)),
    );
    button.addEventListener('click', () => onClause(clause));
    list.append(el('li', { hidden: i >= SHOWN }, button));
  });
  const body: Array<HTMLElement> = [el('h3', {}, s.title), list];
  if (s.values.length > SHOWN) {
    const more = el('button', { type: 'button', class: 'more' }, `المزيد (${count(s.values.length - SHOWN)})`);
    more.addEventListener('click', () => {
      for (const li of list.children) (li as HTMLElement).hidden = false;
      more.remove();
    });
    body.push(more);
  }
  return el('section', { class: 'facet', 'data-facet': s.facet }, ...body);
}
