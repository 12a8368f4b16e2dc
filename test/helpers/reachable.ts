/** The source files a module reaches through static and dynamic imports of relative paths. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export function reachable(entry: string): Set<string> {
  const seen = new Set<string>();
  const todo = [entry];
  while (todo.length) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:from|import\()\s*'(\.{1,2}\/[^']+)'/gu)) {
      const target = join(dirname(file), m[1]!.replace(/\.js$/u, '.ts'));
      if (existsSync(target)) todo.push(target);
    }
  }
  return seen;
}
