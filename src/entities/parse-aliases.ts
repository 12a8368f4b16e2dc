/** The alias table format of data/entities/aliases.txt: `id<TAB>type<TAB>English<TAB>Arabic<TAB>variant|…` and `!<TAB>phrase|…` lines. */
import { RasdError } from '../errors.js';
import type { EntityType } from '../core/entity-schema.js';

/** A known actor: stable id, type, canonical names. */
export interface CanonicalEntity {
  id: string;
  type: EntityType;
  name_ar: string;
  name_en: string;
}

/** One written form of an alias. */
export interface AliasForm {
  text: string;
  /** `~form` and the English name: matched for a tagged mention, never by the text scan. */
  taggerOnly: boolean;
  /** A Latin form in capitals (`US`, `WHO`): the scan matches it only in capitals. */
  capsOnly: boolean;
}

/** One line: an actor and its forms (the Arabic name first), or a blocked phrase (entity null). */
export interface AliasRow {
  entity: CanonicalEntity | null;
  forms: AliasForm[];
  line: number;
  /** The file the row is read from, for messages. */
  file: string;
}

const TYPES: ReadonlySet<string> = new Set(['PERS', 'LOC', 'ORG', 'MISC']);
const ID = /^[a-z0-9][a-z0-9-]*$/;

/** Parses the alias format; throws E_DATA naming the file, the line and what is wrong with it. */
export function parseAliases(source: string, file = 'aliases.txt'): AliasRow[] {
  const rows: AliasRow[] = [];
  const ids = new Set<string>();
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    if (line.trim() === '' || line.startsWith('#')) continue;
    const f = line.split('\t').map((s) => s.trim());
    const fail = (why: string): never => {
      throw new RasdError('E_DATA', `${file}:${n + 1}: ${why}, got ${JSON.stringify(line)}`);
    };
    if (f[0] === '!') {
      if (f.length !== 2 || !f[1]) fail('expected "!<TAB>phrase|phrase|…"');
      rows.push({ entity: null, forms: split(f[1]!).map((text) => form(text, false)), line: n + 1, file });
      continue;
    }
    const [id = '', type = '', en = '', ar = '', variants = ''] = f;
    if (f.length < 4 || f.length > 5) fail('expected "id<TAB>type<TAB>English<TAB>Arabic<TAB>variant|…"');
    if (!ID.test(id)) fail(`bad id "${id}" (lower-case letters, digits and hyphens)`);
    if (ids.has(id)) fail(`the id "${id}" is used twice`);
    if (!TYPES.has(type)) fail(`unknown type "${type}" (PERS, LOC, ORG or MISC)`);
    if (!en || !ar || ar.startsWith('~')) fail('the English and Arabic names must be given');
    ids.add(id);
    const entity: CanonicalEntity = Object.freeze({ id, type: type as EntityType, name_ar: ar, name_en: en });
    const forms = [form(ar, false), { text: en, taggerOnly: true, capsOnly: false }, ...split(variants).map((v) => form(v, true))];
    rows.push({ entity, forms, line: n + 1, file });
  }
  return rows;
}

function split(list: string): string[] {
  return list.split('|').map((v) => v.trim()).filter(Boolean);
}

/** `~داعش` → tagger-only; `ISIS` → capitals only. */
function form(raw: string, variant: boolean): AliasForm {
  const taggerOnly = variant && raw.startsWith('~');
  const text = taggerOnly ? raw.slice(1).trim() : raw;
  const capsOnly = /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
  return { text, taggerOnly, capsOnly };
}
