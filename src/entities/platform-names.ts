/**
 * Social platforms and apps (data/entities/platforms.txt) are organisations, never persons: the
 * tagger calls «تويتر» and «واتساب» persons in share bars and in «عبر حسابه على تويتر».
 */
import { readLines } from '../text/read-data.js';
import { nameKey } from './fold-name.js';

let bundled: ReadonlySet<string> | undefined;

/** The search keys of the listed platforms, read once. */
export function platformKeys(): ReadonlySet<string> {
  bundled ??= new Set(readLines('entities/platforms.txt').map(nameKey).filter(Boolean));
  return bundled;
}

/** True when a name's search key (clitics off) is a listed platform: «فيسبوك», «سناب شات». */
export function isPlatformKey(key: string, platforms: ReadonlySet<string> = platformKeys()): boolean {
  return platforms.has(key);
}
