/**
 * The URL of a worker thread's module beside the calling one. Built code runs the module's bundle,
 * one file with all it imports (see scripts/bundle-workers.mjs); the tests run the TypeScript
 * sources through tsx, whose loader a worker thread must register for itself, so a small bootstrap
 * does.
 */
export function workerUrl(callerUrl: string, name: string): URL {
  if (!callerUrl.endsWith('.ts')) return new URL(`./${name}.bundle.js`, callerUrl);
  const tsx = import.meta.resolve('tsx/esm/api');
  const worker = new URL(`./${name}.ts`, callerUrl).href;
  const code = `import { register } from ${JSON.stringify(tsx)}; register(); await import(${JSON.stringify(worker)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}
