import { LRUCache } from "lru-cache";

/**
 * Search answers (pages of ids, totals and facet counts) in this process, keyed by the search
 * index version (SearchIndexState) and the query, so an entry is only ever read while nothing it
 * was computed from has changed. Concurrent requests for the same cold key share one computation.
 */
type Entry = object;
const globalForCache = globalThis as unknown as { searchCache?: LRUCache<string, Entry, () => Promise<Entry>> };

const cache = (globalForCache.searchCache ??= new LRUCache<string, Entry, () => Promise<Entry>>({
  max: 2000,
  fetchMethod: (_key, _stale, { context }) => context(),
}));

export async function cachedSearch<T extends Entry>(version: number, key: string, compute: () => Promise<T>): Promise<T> {
  return (await cache.fetch(`${version}\u0000${key}`, { context: compute })) as T;
}
