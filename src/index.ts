/** Rasd's public library API. This file only re-exports. */
export * from './errors.js';
export * from './types.js';
