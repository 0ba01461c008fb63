// `triangulate watch <feeds.opml | feed URLs…>`: poll feeds politely and feed their new items into the store's article
// stream. Conditional GET (ETag, Last-Modified), exponential backoff on errors, at most --per-host requests at once to
// one host, the triangulate user agent (with a contact URL); items whose URL the store has are not fetched again.
import { readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { collectInputs, fetchOptionsFor, fetchUrl, parseFeed, type FetchOptions } from '../../ingest/index.js';
import { feedState, hasUrl, openStore, openStream, saveFeedState, type ArticleStream, type FeedState, type Store } from '../../store/index.js';
import { EXIT, type CliContext, type RegisterCommand } from '../context.js';
import { addIngestOptions, ingestOptionsFrom, positiveInt, type IngestFlags } from '../ingest-flags.js';
import { feedStream } from '../stream.js';

interface Flags extends IngestFlags {
  db: string;
  interval: number;
  perHost: number;
  maxItems: number;
  once?: boolean;
}

const FEED_ACCEPT = 'application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,text/xml;q=0.8,*/*;q=0.5';
const MAX_BACKOFF_S = 24 * 3600;
const isUrl = (s: string): boolean => /^https?:\/\//i.test(s);

/** Feed URLs from the arguments: URLs as given, OPML files read for their feeds. */
async function feedList(inputs: string[], ctx: CliContext): Promise<string[] | string> {
  const out: string[] = [];
  for (const input of inputs) {
    if (isUrl(input)) out.push(input);
    else {
      let body: string;
      try {
        body = await readFile(resolve(ctx.cwd, input), 'utf8');
      } catch (e) {
        return `${input}: ${(e as Error).message}`;
      }
      const parsed = parseFeed(body);
      if (!parsed.ok || parsed.kind !== 'opml') return `${input}: not an OPML feed list`;
      out.push(...parsed.feeds);
    }
  }
  return [...new Set(out)];
}

/**
 * Run `fn` over `urls` with at most `limit` at once per host (hosts in parallel). Results come back in the order of
 * `urls`, whatever order the requests finish in, so the items reach the clusterer in a repeatable order.
 */
async function perHost<T>(urls: readonly string[], limit: number, fn: (url: string) => Promise<T>): Promise<T[]> {
  const byHost = new Map<string, number[]>();
  urls.forEach((u, i) => {
    const host = new URL(u).host;
    byHost.set(host, [...(byHost.get(host) ?? []), i]);
  });
  const results: T[] = new Array<T>(urls.length);
  await Promise.all(
    [...byHost.values()].map(async (list) => {
      let next = 0;
      const worker = async (): Promise<void> => {
        while (next < list.length) {
          const at = list[next++]!;
          results[at] = await fn(urls[at]!);
        }
      };
      await Promise.all(Array.from({ length: Math.min(limit, list.length) }, worker));
    }),
  );
  return results;
}

interface Poller {
  db: Store['db'];
  stream: ArticleStream;
  fetch: FetchOptions;
  flags: Flags;
  ctx: CliContext;
}

/** The state after a failed poll: backoff doubling per failure, capped at a day. */
function failed(st: FeedState, status: string, flags: Flags, now: number): FeedState {
  const failures = st.failures + 1;
  const wait = Math.min(flags.interval * 2 ** failures, MAX_BACKOFF_S);
  return { ...st, failures, lastStatus: status, nextPollAt: new Date(now + wait * 1000).toISOString() };
}

/** Poll one feed (if due) and stream its new items; returns the items added. */
async function pollFeed(p: Poller, url: string): Promise<number> {
  const st = feedState(p.db, url);
  const now = Date.now();
  if (st.nextPollAt && Date.parse(st.nextPollAt) > now) return 0;
  const res = await fetchUrl(url, { ...p.fetch, accept: FEED_ACCEPT, conditional: { etag: st.etag, lastModified: st.lastModified } });
  const next = new Date(now + p.flags.interval * 1000).toISOString();
  if (!res.ok) {
    p.ctx.stderr.write(`${url}: ${res.rule}: ${res.message}\n`);
    saveFeedState(p.db, failed(st, res.rule, p.flags, now));
    return 0;
  }
  const validators = { etag: res.etag ?? st.etag, lastModified: res.lastModified ?? st.lastModified };
  if (res.notModified) {
    saveFeedState(p.db, { ...st, ...validators, failures: 0, lastStatus: 'not-modified', nextPollAt: next });
    return 0;
  }
  const parsed = parseFeed(new TextDecoder().decode(res.bytes));
  if (!parsed.ok || parsed.kind === 'opml') {
    p.ctx.stderr.write(`${url}: malformed-feed: ${parsed.ok ? 'an OPML list, not a feed' : parsed.message}\n`);
    saveFeedState(p.db, failed(st, 'malformed-feed', p.flags, now));
    return 0;
  }
  const fresh = [...new Set(parsed.items.map((i) => i.url).filter((u): u is string => !!u && isUrl(u)))].filter((u) => !hasUrl(p.db, u)).slice(0, p.flags.maxItems);
  const batches = await perHost(fresh, p.flags.perHost, (u) => collectInputs([u], { ...ingestOptionsFrom(p.flags, p.ctx), concurrency: 1 }));
  let added = 0;
  for (const { docs, diagnostics } of batches) {
    for (const d of diagnostics) p.ctx.stderr.write(`${d.source}: ${d.rule}: ${d.message}\n`);
    added += feedStream(p.stream, docs, p.ctx).added;
  }
  saveFeedState(p.db, { ...st, ...validators, failures: 0, lastStatus: `ok ${fresh.length} new item(s)`, nextPollAt: next });
  return added;
}

async function run(inputs: string[], flags: Flags, ctx: CliContext): Promise<void> {
  const feeds = await feedList(inputs, ctx);
  if (typeof feeds === 'string') {
    ctx.stderr.write(`triangulate watch: ${feeds}\n`);
    ctx.exitCode = EXIT.usage;
    return;
  }
  const store = openStore(flags.db, { failUnfinished: false });
  // The same fetch settings as every other fetch path: private addresses refused unless --allow-private.
  const fetch = fetchOptionsFor(ingestOptionsFrom(flags, ctx));
  // Ctrl-C ends the wait between polls at once, not after the interval.
  const stop = new AbortController();
  const onSignal = (): void => stop.abort();
  process.once('SIGINT', onSignal);
  try {
    const p: Poller = { db: store.db, stream: openStream(store.db), fetch, flags, ctx };
    do {
      const added = (await perHost(feeds, flags.perHost, (u) => pollFeed(p, u))).reduce((a, b) => a + b, 0);
      ctx.stderr.write(`watch: ${feeds.length} feed(s) polled, ${added} new article(s), ${p.stream.size} in the stream\n`);
      if (!flags.once) await sleep(Math.max(1, flags.interval) * 1000, undefined, { signal: stop.signal }).catch(() => undefined);
    } while (!flags.once && !stop.signal.aborted);
    ctx.exitCode = EXIT.ok;
  } finally {
    process.off('SIGINT', onSignal);
    store.close();
  }
}

export const register: RegisterCommand = (program: Command, ctx: CliContext) => {
  const cmd = program
    .command('watch')
    .description(
      [
        'Poll feeds (an OPML list or feed URLs) and load their new items into the store, grouped into stories (as ingest writes them).',
        'Conditional GET with ETag and Last-Modified, exponential backoff on errors (up to a day), at most --per-host requests at once to a host.',
        'Runs until Ctrl-C, or one round with --once.',
      ].join(' '),
    )
    .argument('<feeds...>', 'feed URLs, or OPML files listing feeds')
    .option('--db <file>', 'the SQLite store', 'triangulate.sqlite')
    .option('--interval <s>', 'seconds between polls of one feed', positiveInt, 600)
    .option('--per-host <n>', 'requests at once to one host', positiveInt, 2)
    .option('--max-items <n>', 'new items fetched per feed and poll', positiveInt, 200)
    .option('--once', 'poll each due feed once, then exit');
  addIngestOptions(cmd).action(async (inputs: string[], flags: Flags) => run(inputs, flags, ctx));
};
