/**
 * Quoted glob patterns in inputs (`'dumps/*.txt'`, `'exports/**\/*.json'`) for shells that do not
 * expand them: `*` and `?` within a name, `[…]` classes, `**` for any depth. Hidden names are skipped.
 */
import { readdir, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';

/** Whether `s` holds glob syntax. */
export const isGlob = (s: string): boolean => /[*?[]/.test(s);

function segmentRegex(seg: string): RegExp {
  let re = '';
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i]!;
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const close = seg.indexOf(']', i + 2);
      if (close < 0) re += '\\[';
      else {
        const body = seg.slice(i + 1, close).replace(/\\/g, '\\\\');
        re += `[${body.startsWith('!') ? '^' + body.slice(1) : body}]`;
        i = close;
      }
    } else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`, 'u');
}

async function entries(dir: string): Promise<Array<{ name: string; dir: boolean }>> {
  try {
    const names = (await readdir(dir)).filter((n) => !n.startsWith('.')).sort();
    return await Promise.all(names.map(async (name) => ({ name, dir: (await stat(join(dir, name)).catch(() => null))?.isDirectory() ?? false })));
  } catch {
    return [];
  }
}

async function walk(dir: string, segs: readonly string[], out: string[]): Promise<void> {
  if (segs.length === 0) return;
  const [seg, ...rest] = segs;
  if (seg === '**') {
    await walk(dir, rest, out);
    for (const e of await entries(dir)) if (e.dir) await walk(join(dir, e.name), segs, out);
    return;
  }
  if (!isGlob(seg!)) {
    const path = join(dir, seg!);
    if (rest.length === 0) {
      if (await stat(path).catch(() => null)) out.push(path);
    } else await walk(path, rest, out);
    return;
  }
  const re = segmentRegex(seg!);
  for (const e of await entries(dir)) {
    if (!re.test(e.name)) continue;
    if (rest.length === 0) out.push(join(dir, e.name));
    else if (e.dir) await walk(join(dir, e.name), rest, out);
  }
}

/** The paths matching `pattern`, sorted and without repeats (none when nothing matches). */
export async function expandGlob(pattern: string): Promise<string[]> {
  const abs = pattern.startsWith('/');
  const segs = pattern.split(/[/\\]/).filter((s, i) => s !== '' && !(s === '.' && i > 0));
  const out: string[] = [];
  await walk(abs ? sep : '.', segs, out);
  return [...new Set(out.map((p) => (abs || pattern.startsWith('./') ? p : p.replace(/^\.\//, ''))))].sort();
}
