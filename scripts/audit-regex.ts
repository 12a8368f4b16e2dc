// npm run audit:regex — lists every regular expression in src/ (literals and `new RegExp(…)`) with
// recheck's verdict: safe (linear), or vulnerable with its complexity (polynomial or exponential
// backtracking) and an attack string. A `new RegExp` built from a template is resolved through the
// type checker where its parts are constants; a part only known at run time (a word list joined
// into an alternation) is checked with the stand-in `(?:ab|cd)` and the row says so.
//
//   npm run audit:regex [-- --json] [-- --only vulnerable] [-- src/ingest]
//
// recheck runs on its pure JavaScript backend (no native binary, no Java): RECHECK_BACKEND=pure.
// Its fuzzing checker can call a regex vulnerable that V8 runs in linear time (lookbehinds, anchors),
// so each attack it reports is run in V8 at about 100,000 characters and twice that: a regex is
// confirmed vulnerable when the larger run takes over 100 ms and at least 3 times the smaller one
// (or over 2 s, where the run is stopped). Exit code 1 when a regex is confirmed vulnerable or
// unknown and is not listed in ALLOWED below with its reason.
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OVER_BUDGET, runWithin } from '../src/ingest/stream/budget.js';
import ts from 'typescript';

process.env.RECHECK_BACKEND ??= 'pure';
const { check } = await import('recheck');

/**
 * Regexes recheck calls vulnerable that never see input text, keyed by `file:line`, with why.
 * Everything that reads articles, records, feeds, queries or request bodies must be linear.
 */
const ALLOWED: Record<string, string> = {};

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const STAND_IN = '(?:ab|cd)';

interface Found {
  file: string;
  line: number;
  source: string;
  flags: string;
  /** Parts of a built pattern that were only known at run time, checked with {@link STAND_IN}. */
  standIns: string[];
}

/** A constant's value from its literal type: `const B = '(?<!…)'` or `MAX_ID_LENGTH = 16`. */
function literalOf(checker: ts.TypeChecker, e: ts.Expression): string | null {
  if (ts.isStringLiteralLike(e) || ts.isNumericLiteral(e)) return e.text;
  const t = checker.getTypeAtLocation(e);
  if (t.isStringLiteral()) return t.value;
  if (t.isNumberLiteral()) return String(t.value);
  return null;
}

/** A pattern argument as text, each part not known until run time replaced by the stand-in. */
function patternOf(checker: ts.TypeChecker, e: ts.Expression, standIns: string[]): string {
  const known = literalOf(checker, e);
  if (known !== null) return known;
  if (ts.isTemplateExpression(e)) {
    let s = e.head.text;
    for (const span of e.templateSpans) s += patternOf(checker, span.expression, standIns) + span.literal.text;
    return s;
  }
  if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    return patternOf(checker, e.left, standIns) + patternOf(checker, e.right, standIns);
  }
  if (ts.isParenthesizedExpression(e)) return patternOf(checker, e.expression, standIns);
  standIns.push(e.getText());
  return STAND_IN;
}

/** Every regex of the program's files under `dirs`. */
function collect(dirs: string[]): Found[] {
  const config = ts.getParsedCommandLineOfConfigFile(ROOT + 'tsconfig.json', {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} })!;
  const files = config.fileNames.filter((f) => dirs.some((d) => relative(ROOT, f).startsWith(d)));
  const program = ts.createProgram(files, config.options);
  const checker = program.getTypeChecker();
  const out: Found[] = [];
  for (const sf of program.getSourceFiles()) {
    if (!files.includes(sf.fileName)) continue;
    const at = (n: ts.Node): number => sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
    const file = relative(ROOT, sf.fileName);
    const visit = (n: ts.Node): void => {
      if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = n.getText(sf);
        const slash = text.lastIndexOf('/');
        out.push({ file, line: at(n), source: text.slice(1, slash), flags: text.slice(slash + 1), standIns: [] });
      } else if ((ts.isNewExpression(n) || ts.isCallExpression(n)) && ts.isIdentifier(n.expression) && n.expression.text === 'RegExp' && n.arguments?.length) {
        const standIns: string[] = [];
        const source = patternOf(checker, n.arguments[0]!, standIns);
        const flags = n.arguments[1] ? literalOf(checker, n.arguments[1]) ?? '' : '';
        out.push({ file, line: at(n), source, flags, standIns });
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return out.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

interface Verdict extends Found {
  status: 'safe' | 'vulnerable' | 'unknown';
  complexity: string;
  attack: string | null;
  /** V8's time on the attack at about 100 k and 200 k characters, in ms (Infinity: stopped at 2 s). */
  v8: [number, number] | null;
  confirmed: boolean;
  allowed: string | null;
}

interface Attack {
  pumps: Array<{ prefix: string; pump: string }>;
  suffix: string;
}

/** Milliseconds V8 takes to find every match of the regex in the attack pumped to about `size` characters. */
function v8Time(source: string, flags: string, attack: Attack, size: number): number {
  const per = attack.pumps.reduce((n, p) => n + p.pump.length, 0) || 1;
  const k = Math.ceil(size / per);
  const text = attack.pumps.map((p) => p.prefix + p.pump.repeat(k)).join('') + attack.suffix;
  const re = new RegExp(source, flags.includes('g') || flags.includes('y') ? flags : flags + 'g');
  const t = performance.now();
  const done = runWithin(2_000, () => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) if (m[0] === '') re.lastIndex++;
  });
  return done === OVER_BUDGET ? Infinity : performance.now() - t;
}

const args = process.argv.slice(2);
const json = args.includes('--json');
const onlyVulnerable = args.includes('--only') && args[args.indexOf('--only') + 1] === 'vulnerable';
const dirs = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--only');
const found = collect(dirs.length ? dirs : ['src/']);
const verdicts: Verdict[] = [];
for (const f of found) {
  // `g` does not change what can backtrack (recheck checks the search itself); `y` anchors it.
  const d = await check(f.source, f.flags.replace(/[gd]/g, ''), { timeout: 20_000 });
  const complexity = d.status === 'unknown' ? String((d.error as { kind?: string }).kind ?? d.error) : d.complexity.type === 'polynomial' ? `polynomial, degree ${d.complexity.degree}` : d.complexity.type;
  const attack = d.status === 'vulnerable' ? d.attack.pattern : null;
  const v8: [number, number] | null = d.status === 'vulnerable' ? [v8Time(f.source, f.flags, d.attack, 100_000), v8Time(f.source, f.flags, d.attack, 200_000)] : null;
  const confirmed = d.status === 'unknown' || (!!v8 && (v8[1] === Infinity || (v8[1] > 100 && v8[1] > 3 * v8[0])));
  verdicts.push({ ...f, status: d.status, complexity, attack, v8, confirmed, allowed: ALLOWED[`${f.file}:${f.line}`] ?? null });
}
const ms = (t: number): string => (t === Infinity ? '> 2 s' : `${t.toFixed(1)} ms`);

const shown = onlyVulnerable ? verdicts.filter((v) => v.status !== 'safe') : verdicts;
if (json) console.log(JSON.stringify(shown, (_, x: unknown) => (x === Infinity ? 'stopped at 2 s' : x), 2));
else {
  for (const v of shown) {
    const mark = v.status === 'safe' ? 'safe' : v.allowed ? 'allowed' : v.status === 'vulnerable' && !v.confirmed ? 'linear-v8' : v.status.toUpperCase();
    const note = [
      v.status !== 'safe' ? `recheck: ${v.complexity}` : '',
      v.attack ? `attack ${v.attack}` : '',
      v.v8 ? `V8 on it: ${ms(v.v8[0])} at 100 k, ${ms(v.v8[1])} at 200 k` : '',
      v.standIns.length ? `run-time parts: ${v.standIns.join(', ')}` : '',
      v.allowed ?? '',
    ].filter(Boolean).join('; ');
    console.log(`${mark.padEnd(10)} ${v.file}:${v.line}  /${v.source}/${v.flags}${note ? `  (${note})` : ''}`);
  }
  const count = (p: (v: Verdict) => boolean): number => verdicts.filter(p).length;
  const safe = count((v) => v.status === 'safe');
  const linear = count((v) => v.status === 'vulnerable' && !v.confirmed);
  const confirmed = count((v) => v.confirmed && !v.allowed);
  console.log(`\n${verdicts.length} regexes: ${safe} safe, ${linear} called vulnerable by recheck but linear in V8, ${count((v) => !!v.allowed)} allowed, ${confirmed} vulnerable or unknown`);
}
process.exit(verdicts.some((v) => v.confirmed && !v.allowed) ? 1 : 0);
