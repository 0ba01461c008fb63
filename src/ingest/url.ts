// A URL into documents: the fetched page, or the items of a feed when the answer turns out to be one.
import type { DocumentHints, RawDocument } from '../core/types.js';
import { decoder, diag, takeFetch, type IngestContext } from './context.js';
import { INGEST_LIMITS } from './defaults.js';
import { fetchUrl } from './fetch.js';
import { looksLikeFeed } from './feed.js';
import { readFeed } from './formats/feed.js';

/**
 * Fetch a page and return it as a document (or expand it when it turns out to be a feed).
 * @param depth feed hops so far: past `INGEST_LIMITS.maxFeedDepth` an answer is never read as a feed
 */
export async function fromUrl(ctx: IngestContext, url: string, hints: DocumentHints = {}, depth = 0): Promise<RawDocument[]> {
  if (!takeFetch(ctx)) return [];
  const res = await fetchUrl(url, ctx.fetch);
  if (!res.ok) {
    diag(ctx, url, res.rule, res.message);
    return [];
  }
  const head = decoder.decode(res.bytes.subarray(0, INGEST_LIMITS.sniffBytes));
  if (depth < INGEST_LIMITS.maxFeedDepth && looksLikeFeed(head, res.contentType)) return readFeed(ctx, url, decoder.decode(res.bytes), depth + 1);
  if (res.bytes.length === 0) {
    diag(ctx, url, 'empty-input', `${url} answered with an empty body`);
    return [];
  }
  const doc: RawDocument = { source: url, bytes: res.bytes, fetchedAt: res.fetchedAt, hints: { url: res.url, ...hints } };
  if (res.contentType) doc.contentType = res.contentType;
  return [doc];
}
