// The ingest options and their defaults, typed and documented once (the CLI's flag help prints them from here).
import type { LookupAll } from './fetch.js';

export interface IngestOptions {
  /** Allow URLs whose host resolves to loopback / private / link-local addresses (off by default). */
  allowPrivate?: boolean;
  /** Per-fetch time limit in ms (default 15000). */
  timeoutMs?: number;
  /** Largest file or response body read, in bytes (default 10 MB). */
  maxBytes?: number;
  /** Redirects followed per fetch (default 5). */
  maxRedirects?: number;
  /** Fetches in flight at once (default 4). */
  concurrency?: number;
  /** Where `-` reads from (default process.stdin). */
  stdin?: NodeJS.ReadableStream;
  /** Base for relative paths and globs (default process.cwd()). */
  cwd?: string;
  userAgent?: string;
  onProgress?: (done: number, total: number) => void;
  /** DNS resolver returning all addresses of a host; tests inject one to map fake hosts. */
  lookup?: LookupAll;
  /** Most items taken from one feed (default 1000); the rest are reported as `feed-truncated`. */
  maxFeedItems?: number;
  /**
   * Most URLs fetched in one run, counting feeds, their items' pages and JSONL URLs (default 2000): the per-feed cap
   * alone let an OPML list of 10 feeds start 10,000 fetches. URLs past it are not fetched and reported as `fetch-budget`.
   */
  maxFetches?: number;
  /** Why an address is refused, or null to allow it (default: `blockedReason`); a test hook, ignored with allowPrivate. */
  addressPolicy?: (ip: string) => string | null;
}

/** The defaults of IngestOptions, in one place. */
export const INGEST_DEFAULTS = {
  allowPrivate: false,
  timeoutMs: 15_000,
  maxBytes: 10 * 1024 * 1024,
  maxRedirects: 5,
  concurrency: 4,
  maxFeedItems: 1000,
  maxFetches: 2000,
} as const;

/**
 * Ingest's other tunable numbers (not options): kept here as one typed object beside the option defaults, since they
 * are few and read by code, not tuned on data.
 */
export const INGEST_LIMITS = {
  /** Feed content shorter than this (characters of text, tags stripped) is a teaser: the linked page is fetched instead. */
  fullContentChars: 1200,
  /** How much of a file or body is looked at to tell its format. */
  sniffBytes: 2048,
  /** Feed hops followed from a URL (a feed of feeds, an OPML list of feeds) before stopping. */
  maxFeedDepth: 2,
} as const;
