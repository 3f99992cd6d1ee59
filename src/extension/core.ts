/**
 * The core on first use (dist/core.js in the bundle, ./coreChunk.ts in the sources): activation stays cheap, and
 * the first hover, sidebar view, config merge or command pays the load once.
 */
import type * as CoreChunk from './coreChunk';

export type LazyCore = typeof CoreChunk;
let loaded: LazyCore | undefined;

export function lazyCore(): LazyCore {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (loaded ??= require('./coreChunk') as LazyCore);
}
