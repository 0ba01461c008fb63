// Fetch one URL safely: public addresses only (checked after DNS, on every redirect, connection pinned), size and time caps.
import type http from 'node:http';
import { createRequire } from 'node:module';
import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import zlib from 'node:zlib';
import { pipeline, type Readable, type Transform } from 'node:stream';
import { blockedReason } from './address.js';

/** Resolve a host name to all its addresses (injectable so tests can map a fake host to 127.0.0.1). */
export type LookupAll = (hostname: string) => Promise<Array<{ address: string; family: number }>>;

export const defaultLookup: LookupAll = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

/**
 * node:http or node:https, required on the first fetch: loading them (with TLS) costs every command ~20 ms at start,
 * and most runs read files only.
 */
const client = (protocol: string): typeof http => createRequire(import.meta.url)(protocol === 'https:' ? 'node:https' : 'node:http') as typeof http;

export const USER_AGENT = 'triangulate/0.1 (+https://github.com/triangulate)';

export interface FetchOptions {
  allowPrivate: boolean;
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  userAgent: string;
  lookup: LookupAll;
  /** Accept header: pages or feeds. */
  accept?: string;
  /** Why an address is refused, or null (default `blockedReason`). */
  addressPolicy?: (ip: string) => string | null;
  /** A conditional GET: the validators of the copy held (a feed watcher's); an unchanged resource answers 304. */
  conditional?: { etag?: string | null; lastModified?: string | null };
}

export type FetchResult =
  | {
      ok: true;
      url: string;
      bytes: Uint8Array;
      contentType: string | undefined;
      fetchedAt: string;
      /** The response's validators, for the next conditional GET. */
      etag?: string;
      lastModified?: string;
      /** A conditional GET answered 304: the held copy is current, `bytes` is empty. */
      notModified?: true;
    }
  | { ok: false; url: string; rule: string; message: string };

/** A fetch or read that failed for a reason with a diagnostic rule (`too-large`, `timeout`, …). */
export class FetchFailure extends Error {
  constructor(
    readonly rule: string,
    message: string,
  ) {
    super(message);
  }
}

/** Resolve and vet a host; returns the address to connect to. */
async function vet(host: string, opts: FetchOptions): Promise<{ address: string; family: number }> {
  const bare = host.replace(/^\[|\]$/g, '');
  let addrs: Array<{ address: string; family: number }>;
  if (isIP(bare)) addrs = [{ address: bare, family: isIP(bare) }];
  else {
    try {
      addrs = await opts.lookup(bare);
    } catch (e) {
      throw new FetchFailure('unreachable', `cannot resolve ${bare}: ${(e as Error).message}`);
    }
  }
  if (addrs.length === 0) throw new FetchFailure('unreachable', `no address for ${bare}`);
  if (!opts.allowPrivate) {
    // Every address must be public: a host that also resolves to a private address could be switched to it.
    for (const a of addrs) {
      const reason = (opts.addressPolicy ?? blockedReason)(a.address);
      if (reason) {
        throw new FetchFailure(
          'private-address',
          `${bare} resolves to ${a.address} (${reason}); refused by default (use --allow-private to allow)`,
        );
      }
    }
  }
  return addrs[0]!;
}

interface Hop {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Readable;
  req: http.ClientRequest;
}

function request(url: URL, pinned: { address: string; family: number }, opts: FetchOptions, signal: AbortSignal): Promise<Hop> {
  return new Promise((resolve, reject) => {
    const req = client(url.protocol).request(
      url,
      {
        method: 'GET',
        headers: {
          'user-agent': opts.userAgent,
          accept: opts.accept ?? 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
          'accept-encoding': 'gzip, deflate, br',
          ...(opts.conditional?.etag ? { 'if-none-match': opts.conditional.etag } : {}),
          ...(opts.conditional?.lastModified ? { 'if-modified-since': opts.conditional.lastModified } : {}),
        },
        signal,
        // Pin the connection to the address we vetted, so DNS cannot answer differently the second time.
        lookup: (_host: string, options: { all?: boolean }, cb: (...args: unknown[]) => void) => {
          if (options?.all) cb(null, [pinned]);
          else cb(null, pinned.address, pinned.family);
        },
      } as http.RequestOptions,
      (res) => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: res, req }),
    );
    req.on('error', reject);
    req.end();
  });
}

/** The decompressor a Content-Encoding asks for, or null for an identity body. */
function decompressor(hop: Hop): Transform | null {
  const enc = String(hop.headers['content-encoding'] ?? '').toLowerCase().trim();
  if (enc === 'gzip' || enc === 'x-gzip') return zlib.createGunzip();
  if (enc === 'deflate') return zlib.createInflate();
  if (enc === 'br') return zlib.createBrotliDecompress();
  return null;
}

/**
 * The body as sent, decompressed. Joined with pipeline(), not pipe(): pipe() leaves the decompressor open when the
 * response is destroyed (a timeout, a reset), so reading it never ended and the process exited with status 13 and no
 * output; pipeline() destroys the decompressor with the response's error, which ends the read.
 */
function decoded(hop: Hop): Readable {
  const inflate = decompressor(hop);
  if (!inflate) return hop.body;
  pipeline(hop.body, inflate, () => {
    // The error, if any, reaches the reader through the destroyed decompressor.
  });
  return inflate;
}

/** ETag and Last-Modified of a response, when sent. */
function validators(h: http.IncomingHttpHeaders): { etag?: string; lastModified?: string } {
  return { ...(h.etag ? { etag: h.etag } : {}), ...(h['last-modified'] ? { lastModified: h['last-modified'] } : {}) };
}

/** Read a stream up to `max` bytes; past that, stop and fail with `too-large`. */
export async function readCapped(stream: Readable, max: number, what: string): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    total += buf.length;
    if (total > max) {
      stream.destroy();
      throw new FetchFailure('too-large', `${what} is larger than the ${max}-byte limit`);
    }
    chunks.push(buf);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/**
 * GET a URL with the caps in `opts`. Never throws for network or content problems: they come back as `{ ok: false, rule }`.
 * @example await fetchUrl('https://example.org/', { allowPrivate: false, timeoutMs: 15000, maxBytes: 1e7, maxRedirects: 5, userAgent: USER_AGENT, lookup: defaultLookup })
 */
export async function fetchUrl(input: string, opts: FetchOptions): Promise<FetchResult> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, opts.timeoutMs);
  // Every await below races the deadline, so a fetch settles in time whatever a resolver or stream does with the abort
  // (a DNS lookup does not hear it at all): a promise left pending would end the process with no output.
  const expired = new Promise<never>((_, reject) => controller.signal.addEventListener('abort', () => reject(new Error('aborted')), { once: true }));
  const inTime = <T>(p: Promise<T>): Promise<T> => Promise.race([p, expired]);
  let current = input;
  try {
    for (let hop = 0; ; hop++) {
      let url: URL;
      try {
        url = new URL(current);
      } catch {
        throw new FetchFailure('bad-url', `not a valid URL: ${current}`);
      }
      if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new FetchFailure('bad-scheme', `only http and https URLs are fetched, not ${url.protocol}`);
      }
      const pinned = await inTime(vet(url.hostname, opts));
      const res = await inTime(request(url, pinned, opts, controller.signal));
      if (res.status === 304 && opts.conditional) {
        res.body.resume();
        return { ok: true, url: url.href, bytes: new Uint8Array(0), contentType: undefined, fetchedAt: new Date().toISOString(), notModified: true, ...validators(res.headers) };
      }
      if (res.status >= 300 && res.status < 400 && res.headers.location) {
        res.body.resume();
        if (hop >= opts.maxRedirects) {
          throw new FetchFailure('too-many-redirects', `more than ${opts.maxRedirects} redirects from ${input}`);
        }
        current = new URL(res.headers.location, url).href;
        continue;
      }
      if (res.status < 200 || res.status >= 300) {
        res.body.resume();
        throw new FetchFailure('http-status', `HTTP ${res.status} for ${url.href}`);
      }
      const declared = Number(res.headers['content-length'] ?? NaN);
      if (!res.headers['content-encoding'] && Number.isFinite(declared) && declared > opts.maxBytes) {
        res.req.destroy();
        throw new FetchFailure('too-large', `${url.href} declares ${declared} bytes, over the ${opts.maxBytes}-byte limit`);
      }
      const bytes = await inTime(readCapped(decoded(res), opts.maxBytes, url.href));
      const ct = res.headers['content-type'];
      return { ok: true, url: url.href, bytes, contentType: Array.isArray(ct) ? ct[0] : ct, fetchedAt: new Date().toISOString(), ...validators(res.headers) };
    }
  } catch (e) {
    if (timedOut) return { ok: false, url: current, rule: 'timeout', message: `no complete answer from ${current} within ${opts.timeoutMs} ms` };
    if (e instanceof FetchFailure) return { ok: false, url: current, rule: e.rule, message: e.message };
    return { ok: false, url: current, rule: 'unreachable', message: `${current}: ${(e as Error).message}` };
  } finally {
    clearTimeout(timer);
  }
}
