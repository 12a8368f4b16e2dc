/**
 * Aliases that hold for a time (data/entities/dated-aliases.txt): a form that names another actor
 * in articles of some period than the alias table says. «كورونا» in an article of 2015 is MERS; in
 * one of 2020 it stays COVID-19. The article's day decides; an article with no known day is left as
 * linked.
 */
import type { Entity } from '../core/entity-schema.js';
import { RasdError } from '../errors.js';
import { readLines } from '../text/read-data.js';
import { defaultAliasIndex, type AliasIndex } from './alias-index.js';
import { nameKey } from './fold-name.js';

/** One rule: in articles of days `from`..`to` (ISO, '' open), the form names `id`. */
export interface DatedAlias {
  from: string;
  to: string;
  id: string;
}

/** Search key of a form → its rules. */
export type DatedAliases = ReadonlyMap<string, readonly DatedAlias[]>;

const DAY = /^(\d{4}-\d{2}-\d{2})?$/;

/** Parses `form<TAB>from<TAB>to<TAB>id` lines; throws E_DATA naming a bad line or an id the alias table lacks. */
export function parseDatedAliases(lines: readonly string[], aliases: AliasIndex, file = 'data/entities/dated-aliases.txt'): DatedAliases {
  const out = new Map<string, DatedAlias[]>();
  for (const line of lines) {
    const [form = '', from = '', to = '', id = ''] = line.split('\t');
    if (!form || !DAY.test(from) || !DAY.test(to) || !id) throw new RasdError('E_DATA', `${file}: expected «form<TAB>from<TAB>to<TAB>id» with ISO days, got ${JSON.stringify(line)}`);
    if (!aliases.byId(id)) throw new RasdError('E_DATA', `${file}: «${form}» names "${id}", which entities/aliases.txt does not list`);
    const key = nameKey(form);
    out.set(key, [...(out.get(key) ?? []), { from, to, id }]);
  }
  return out;
}

let bundled: DatedAliases | undefined;

/** The bundled rules, read once. */
export function defaultDatedAliases(): DatedAliases {
  bundled ??= parseDatedAliases(readLines('entities/dated-aliases.txt'), defaultAliasIndex());
  return bundled;
}

/** The entities, each whose form names another actor on `day` given that actor's id and name. */
export function dateAliases(entities: readonly Entity[], day: string | null, rules: DatedAliases = defaultDatedAliases(), aliases: AliasIndex = defaultAliasIndex()): Entity[] {
  if (day === null || rules.size === 0) return [...entities];
  return entities.map((e) => {
    const rule = rules.get(nameKey(e.text))?.find((r) => (r.from === '' || r.from <= day) && (r.to === '' || day <= r.to));
    const actor = rule && rule.id !== e.canonical ? aliases.byId(rule.id) : undefined;
    return actor ? { ...e, canonical: actor.id, name: actor.name_ar } : e;
  });
}
