// Ingest options resolved once: the defaults filled in, and the fetch settings every fetch path uses (URLs, feeds,
// JSONL, `triangulate watch`), so the address policy, caps and user agent cannot differ between them.
import { INGEST_DEFAULTS, type IngestOptions } from './defaults.js';
import { defaultLookup, USER_AGENT, type FetchOptions } from './fetch.js';
import type { ResolvedOptions } from './context.js';

/** The options with every unset one at its default (an option given as undefined counts as unset). */
export function resolveOptions(opts: IngestOptions): ResolvedOptions {
  return { ...INGEST_DEFAULTS, ...Object.fromEntries(Object.entries(opts).filter(([, v]) => v !== undefined)) } as ResolvedOptions;
}

/**
 * The fetch settings of a set of ingest options: private addresses refused unless `allowPrivate`, the address policy,
 * time and size caps, redirects, user agent and resolver.
 * @example await fetchUrl(url, { ...fetchOptionsFor({ timeoutMs: 5000 }), accept: 'application/rss+xml' })
 */
export function fetchOptionsFor(opts: IngestOptions): FetchOptions {
  const o = resolveOptions(opts);
  return {
    allowPrivate: o.allowPrivate,
    timeoutMs: o.timeoutMs,
    maxBytes: o.maxBytes,
    maxRedirects: o.maxRedirects,
    userAgent: o.userAgent ?? USER_AGENT,
    lookup: o.lookup ?? defaultLookup,
    ...(o.addressPolicy ? { addressPolicy: o.addressPolicy } : {}),
  };
}
