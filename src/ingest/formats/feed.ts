// Feeds and feed lists (RSS, RDF, Atom, JSON Feed, OPML): each item becomes a document, inline or fetched from its link.
import type { DocumentHints, RawDocument } from '../../core/types.js';
import { decoder, diag, now, pool, type IngestContext } from '../context.js';
import { INGEST_LIMITS } from '../defaults.js';
import { looksLikeFeed, parseFeed, type FeedItem } from '../feed.js';
import type { InputFormat } from './types.js';

/** Extensions that are feeds by name; .xml and .json are feeds only when their content says so. */
const FEED_BY_NAME = ['.rss', '.atom', '.opml'];

const isUrl = (s: string): boolean => /^[a-z][a-z0-9+.-]*:\/\//i.test(s);

/** An absolute http(s) URL for a feed reference, relative to the feed's own URL when it has one. */
function resolveRef(ref: string, base: string): string | null {
  try {
    return new URL(ref, isUrl(base) ? base : undefined).href;
  } catch {
    return null;
  }
}

function hintsOf(item: FeedItem, outlet: string | undefined): DocumentHints {
  const h: DocumentHints = {};
  if (item.url) h.url = item.url;
  if (item.title) h.title = item.title;
  if (item.published) {
    const t = Date.parse(item.published);
    h.published = Number.isNaN(t) ? item.published : new Date(t).toISOString();
  }
  if (outlet) h.outlet = outlet;
  if (item.author) h.byline = item.author;
  return h;
}

/** One feed item: its inline content when substantial (parseFeed keeps only such), else the linked page. */
async function fromItem(ctx: IngestContext, source: string, item: FeedItem, i: number, feedTitle: string | undefined, fetchedAt: string): Promise<RawDocument[]> {
  const hints = hintsOf(item, feedTitle);
  const abs = item.url ? resolveRef(item.url, source) : null;
  if (abs) hints.url = abs;
  if (item.html) {
    return [{ source: abs ?? `${source}#item-${i + 1}`, bytes: new TextEncoder().encode(item.html), contentType: 'text/html', fetchedAt, hints }];
  }
  // A linked page is never expanded as a feed again.
  if (abs) return ctx.fetchPage(abs, hints, INGEST_LIMITS.maxFeedDepth + 1);
  diag(ctx, `${source}#item-${i + 1}`, 'empty-input', 'feed item has neither content nor a link', 'warning');
  return [];
}

/**
 * Items of a feed: inline full content when substantial, else the linked page; OPML lists expand to their feeds.
 * @param depth feed hops so far (a URL that turns out to be a feed counts one)
 */
export async function readFeed(ctx: IngestContext, source: string, body: string, depth: number): Promise<RawDocument[]> {
  const feed = parseFeed(body);
  if (!feed.ok) {
    diag(ctx, source, 'malformed-feed', feed.message);
    return [];
  }
  if (feed.kind === 'opml') {
    if (feed.feeds.length === 0) diag(ctx, source, 'empty-input', 'the OPML list names no feeds', 'warning');
    const lists = await pool(feed.feeds, ctx.opts.concurrency, async (u) => {
      const abs = resolveRef(u, source);
      return abs ? ctx.fetchPage(abs, {}, depth) : [];
    });
    return lists.flat();
  }
  let items = feed.items;
  if (items.length === 0) diag(ctx, source, 'empty-input', 'the feed has no items', 'warning');
  if (items.length > ctx.opts.maxFeedItems) {
    diag(ctx, source, 'feed-truncated', `the feed has ${items.length} items; the first ${ctx.opts.maxFeedItems} are read`, 'warning');
    items = items.slice(0, ctx.opts.maxFeedItems);
  }
  const fetchedAt = now();
  const lists = await pool(items, ctx.opts.concurrency, (item, i) => fromItem(ctx, source, item, i, feed.title, fetchedAt));
  return lists.flat();
}

export const feed: InputFormat = {
  name: 'feed',
  label: 'RSS/Atom/RDF/JSON feeds and OPML lists',
  extensions: [...FEED_BY_NAME, '.xml', '.json'],
  // Content decides first; a named .rss/.atom/.opml file is a feed even when broken (so it is reported as malformed),
  // while in a folder or glob every feed extension needs content that looks like a feed.
  sniff: ({ ext, head, listed }) => looksLikeFeed(head) || (!listed && FEED_BY_NAME.includes(ext)),
  read: (ctx, source, bytes, depth) => readFeed(ctx, source, decoder.decode(bytes), depth),
};
