/**
 * Names a user gives `said:`, `entity:` and `rasd quotes --by`: the ids the name is (a known
 * actor's alias, a canonical id, a name key), and the persons and organisations whose full name
 * it is a short form of: «الجبير» or «عادل الجبير» for «عادل بن أحمد الجبير», as articles call
 * him and as the linker links a short mention to the full name (src/entities/link-mentions.ts).
 * A short name is made of whole name units, in order («بن أحمد» is one unit, so «أحمد» alone is
 * not his): «باجبير» is not «الجبير», «بن» alone stands for no one, and a place or an unnamed
 * group («مصدر عسكري») has no short form.
 */
import { defaultAliasIndex, type AliasIndex } from '../../entities/alias-index.js';
import { nameKey } from '../../entities/fold-name.js';
import { idsForName } from '../../entities/name-ids.js';
import { nameUnits, onlyParticle } from '../../entities/name-units.js';
import { defaultRoleWords, type RoleWords } from '../../entities/role-words.js';

/** A name as asked: the ids it is exactly, and its name units for short-form matching ([] when it has none). */
export interface NameQuery {
  exact: ReadonlySet<string>;
  units: readonly string[];
}

/** The word lists a match reads; the bundled ones by default. */
export interface NameLists {
  aliases?: AliasIndex;
  roleWords?: RoleWords;
}

// Persons and organisations have short forms; `pers:عادل الجبير` keeps its name key after the colon.
const SHORT_FORM_TYPES = /^(pers|org):/u;

/** «الجبير» and «جبير» are one unit: the article is not part of a name's identity. */
const bare = (unit: string): string => (unit.length > 4 && unit.startsWith('ال') ? unit.slice(2) : unit);

/** `said:الجبير` → its exact ids and the units [الجبير]. */
export function nameQuery(text: string, lists: NameLists = {}): NameQuery {
  const roleWords = lists.roleWords ?? defaultRoleWords();
  const units = nameUnits(nameKey(text), roleWords);
  return { exact: idsForName(text), units: units.length === 0 || onlyParticle(units, roleWords) ? [] : units };
}

/** The name units of a person or organisation id (`pers:<key>` or a known actor's id), or null for any other id. */
export function idUnits(id: string, lists: NameLists = {}): string[] | null {
  const roleWords = lists.roleWords ?? defaultRoleWords();
  const typed = SHORT_FORM_TYPES.exec(id);
  if (typed) return nameUnits(id.slice(typed[0].length), roleWords);
  if (id.includes(':')) return null;
  const known = (lists.aliases ?? defaultAliasIndex()).byId(id);
  return known && (known.type === 'PERS' || known.type === 'ORG') ? nameUnits(nameKey(known.name_ar), roleWords) : null;
}

/** Whether `part` is a shorter run of `full`'s units, in order, each whole: [عادل, الجبير] of [عادل, بن احمد, الجبير]. */
export function partOfName(full: readonly string[], part: readonly string[]): boolean {
  if (part.length === 0 || part.length >= full.length) return false;
  let k = 0;
  for (let i = 0; i < full.length && k < part.length; i++) if (bare(full[i]!) === bare(part[k]!)) k++;
  return k === part.length;
}

/** Whether the id (a speaker key or canonical id) is the name asked, or a full name it is a short form of. */
export function matchesName(q: NameQuery, id: string, lists: NameLists = {}): boolean {
  if (q.exact.has(id)) return true;
  if (q.units.length === 0) return false;
  const full = idUnits(id, lists);
  return full !== null && partOfName(full, q.units);
}

/**
 * The ids of a growing list (the doc table's entity ids) indexed by their name units, so a short
 * name finds its full names without a scan: one look-up of its first unit, then {@link partOfName}.
 */
export class NameParts {
  private readonly byUnit = new Map<string, number[]>();
  private readonly units: Array<readonly string[] | null> = [];

  constructor(private readonly lists: NameLists = {}) {}

  /** The numbers (indexes into `ids`) of the ids `q` names, exactly or as a short form. */
  matching(q: NameQuery, ids: readonly string[], exact: (id: string) => number | undefined): Set<number> {
    this.sync(ids);
    const out = new Set<number>();
    for (const id of q.exact) {
      const n = exact(id);
      if (n !== undefined) out.add(n);
    }
    if (q.units.length === 0) return out;
    for (const n of this.byUnit.get(bare(q.units[0]!)) ?? []) if (partOfName(this.units[n]!, q.units)) out.add(n);
    return out;
  }

  // Indexes the ids added since the last call (the list only grows).
  private sync(ids: readonly string[]): void {
    for (let n = this.units.length; n < ids.length; n++) {
      const units = idUnits(ids[n]!, this.lists);
      this.units.push(units);
      for (const u of new Set(units?.map(bare))) {
        const list = this.byUnit.get(u);
        if (list) list.push(n);
        else this.byUnit.set(u, [n]);
      }
    }
  }
}
