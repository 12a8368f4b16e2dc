/** Serving a store until SIGINT or SIGTERM: what `rasd serve` and `rasd demo` share. */
import type { AddressInfo } from 'node:net';
import { buildServer } from '../api/server.js';
import type { Store } from '../store/store.js';
import { EXIT } from './command.js';
import { write, type CliIO } from './io.js';

/** `http://HOST:PORT/` of a listening socket; IPv6 hosts in brackets. */
export function urlOf(address: AddressInfo): string {
  const host = address.family === 'IPv6' || address.address.includes(':') ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}/`;
}

/** Resolves with the name of the first SIGINT or SIGTERM, then stops listening for them. */
function nextSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const on = (signal: NodeJS.Signals): void => {
      process.off('SIGINT', on);
      process.off('SIGTERM', on);
      resolve(signal);
    };
    process.on('SIGINT', on);
    process.on('SIGTERM', on);
  });
}

/** `--port` as a number from 0 to 65535, or null. */
export function parsePort(text: string): number | null {
  const port = /^\d{1,5}$/.test(text) ? Number(text) : NaN;
  return port <= 65535 ? port : null;
}

export interface ListenOptions {
  port: number;
  host: string;
  token: string | null;
  logger: boolean;
  /** The command, for messages. */
  label: string;
  /** What to print once listening, given the URL. */
  ready: (url: string) => string;
}

/** Serves `store` (which the caller opened; closed here) until a signal; the exit code. */
export async function serveUntilSignal(store: Store, o: ListenOptions, io: CliIO): Promise<number> {
  // Load the document table and the analyser's lexicon now, so the first visitor does not wait for them.
  store.search('رصد', { limit: 1 });
  const app = buildServer(store, { token: o.token, logger: o.logger });
  try {
    await app.listen({ port: o.port, host: o.host });
  } catch (err) {
    await app.close();
    store.close();
    await write(io.stderr, `rasd ${o.label}: cannot listen on ${o.host}:${o.port}: ${(err as Error).message}\n`);
    return EXIT.failure;
  }
  const signal = nextSignal();
  await write(io.stderr, o.ready(urlOf(app.server.address() as AddressInfo)));
  const received = await signal;
  await app.close();
  store.close();
  await write(io.stderr, `rasd ${o.label}: ${received}: stopped\n`);
  return EXIT.ok;
}
