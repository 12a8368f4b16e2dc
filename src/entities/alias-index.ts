/**
 * The alias table compiled for matching: every written form, and every form with و/ف, ب/ك/ل or
 * the article in front of its first word, keyed by its search key. Matching a mention or a run of
 * text words is then one map look-up per word.
 */
import { RasdError } from '../errors.js';
import { defaultLexicon, type Lexicon } from '../text/lexicon.js';
import { TAG } from '../text/lexicon-tags.js';
import { normalizeText } from '../text/normalize.js';
import { readDataText } from '../text/read-data.js';
import { articleOf, cliticForms, cliticLetters } from './clitic-forms.js';
import { nameKey } from './fold-name.js';
import { parseAliases, type AliasRow, type CanonicalEntity } from './parse-aliases.js';

/** What a complete key names. */
export interface AliasHit {
  /** The actor, or null for a blocked phrase («مجلس الأمن القومي»). */
  entity: CanonicalEntity | null;
  /** The text scan may report it (not a `~` form or an English name only). */
  scan: boolean;
  /** Only in capitals (`US`). */
  capsOnly: boolean;
  /** Clitic letters in front of the first word that a span leaves out (1 for «بداعش»). */
  skip: number;
}

/** One key: the hit when the key is a complete form, and whether longer forms continue it. */
export interface AliasNode {
  hit: AliasHit | null;
  more: boolean;
}

/** The compiled table. */
export interface AliasIndex {
  /** Search key (words joined by one space) → node. */
  readonly nodes: ReadonlyMap<string, AliasNode>;
  /** The most words a form has. */
  readonly maxWords: number;
  readonly entities: readonly CanonicalEntity[];
  /** The actor with this id. */
  byId(id: string): CanonicalEntity | undefined;
}

const ARABIC = /^\p{Script=Arabic}/u;

/**
 * Compiles parsed alias rows. Two lines sharing a form is a bad table (E_DATA naming both). A
 * one-word ORG, LOC or MISC name that is no common word also matches with the article
 * («الناتو» for «ناتو»); `lexicon` tells common words («أمل» hope, «حماس» zeal) and is read only then.
 */
export function createAliasIndex(rows: readonly AliasRow[], lexicon: () => Lexicon = defaultLexicon): AliasIndex {
  const nodes = new Map<string, AliasNode>();
  const owner = new Map<string, AliasRow>();
  const letters = cliticLetters();
  const entities: CanonicalEntity[] = [];
  const byId = new Map<string, CanonicalEntity>();
  let maxWords = 1;

  const put = (key: string, hit: AliasHit): void => {
    const node = nodes.get(key);
    if (!node) nodes.set(key, { hit, more: false });
    else if (!node.hit) node.hit = hit;
  };
  // 1. The forms as listed: a form may repeat within a line, never across lines.
  const plain: Array<[string, AliasRow, AliasHit]> = [];
  for (const row of rows) {
    if (row.entity) {
      const same = byId.get(row.entity.id);
      if (same) throw new RasdError('E_DATA', `${row.file}:${row.line}: the id "${row.entity.id}" is used twice`);
      entities.push(row.entity);
      byId.set(row.entity.id, row.entity);
    }
    for (const form of row.forms) {
      const key = nameKey(form.text);
      if (!key) continue;
      const had = owner.get(key);
      if (had && had !== row) {
        const where = had.file === row.file ? `${row.file}: lines ${had.line} and ${row.line}` : `${had.file}:${had.line} and ${row.file}:${row.line}`;
        throw new RasdError('E_DATA', `${where} both list "${form.text}"`);
      }
      const node = nodes.get(key);
      if (node?.hit) {
        node.hit.scan ||= !form.taggerOnly;
        node.hit.capsOnly &&= form.capsOnly;
        continue;
      }
      owner.set(key, row);
      const hit: AliasHit = { entity: row.entity, scan: !form.taggerOnly, capsOnly: form.capsOnly, skip: 0 };
      put(key, hit);
      plain.push([key, row, hit]);
    }
  }
  // 2. Clitics on the first word: «بداعش», «للأمم المتحدة», «والناتو»; a listed form wins.
  for (const [key, row, hit] of plain) {
    const words = key.split(' ');
    const first = words[0]!;
    if (!ARABIC.test(first)) continue;
    let [bare, rule] = articleOf(first, letters.article);
    if (rule === 'none' && words.length === 1 && row.entity && row.entity.type !== 'PERS' && takesArticle(row.forms, key, lexicon)) rule = 'optional';
    const rest = words.length > 1 ? ' ' + words.slice(1).join(' ') : '';
    for (const cf of cliticForms(bare, rule, letters, 'cut')) {
      if (cf.form !== first) put(cf.form + rest, { ...hit, skip: cf.skip });
    }
  }
  // 3. Which keys longer forms continue.
  for (const key of [...nodes.keys()]) {
    const words = key.split(' ');
    maxWords = Math.max(maxWords, words.length);
    for (let i = 1; i < words.length; i++) {
      const prefix = words.slice(0, i).join(' ');
      const node = nodes.get(prefix);
      if (node) node.more = true;
      else nodes.set(prefix, { hit: null, more: true });
    }
  }
  return { nodes, maxWords, entities, byId: (id) => byId.get(id) };
}

/** «ناتو» may be written «الناتو»; «أمل» (hope) may not stand for «الأمل». */
function takesArticle(forms: readonly { text: string }[], key: string, lexicon: () => Lexicon): boolean {
  if (key.length < 3) return false;
  const form = forms.find((f) => nameKey(f.text) === key);
  const tags = form ? lexicon().get(normalizeText(form.text, 'morph').trim()) : undefined;
  return tags === undefined || (tags & TAG.proper) !== 0;
}

let bundled: AliasIndex | undefined;

/**
 * The bundled alias tables, compiled once on first use: data/entities/aliases.txt, the actors of
 * the news, and the named bodies of data/entities/bodies/ (companies, sports clubs, civil and
 * academic organisations), in the same format. A form may belong to one line of them all.
 */
export const ALIAS_FILES: readonly string[] = ['entities/aliases.txt', 'entities/bodies/companies.txt', 'entities/bodies/clubs.txt', 'entities/bodies/organisations.txt'];

export function defaultAliasIndex(): AliasIndex {
  bundled ??= createAliasIndex(ALIAS_FILES.flatMap((f) => parseAliases(readDataText(f), `data/${f}`)), defaultLexicon);
  return bundled;
}
