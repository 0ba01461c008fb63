// What the stream commands (ingest, watch) share: read documents into the store's article stream, one JSON line each.
import type { RawDocument } from '../core/types.js';
import { readDocuments } from '../readable/index.js';
import type { ArticleStream } from '../store/index.js';
import { articleRecord } from '../core/article-record.js';
import { writeDiagnostics, type CliContext } from './context.js';

/** Counts of one batch offered to the stream. */
export interface StreamCounts {
  added: number;
  duplicates: number;
  unread: number;
}

/**
 * Read `docs` and offer each article to the stream, writing `{id, story, status, source}` a line (and `{id, story, from}`
 * for each earlier article a merge or split moved).
 */
export function feedStream(stream: ArticleStream, docs: readonly RawDocument[], ctx: CliContext): StreamCounts {
  const counts: StreamCounts = { added: 0, duplicates: 0, unread: 0 };
  for (const { raw, article, diagnostics } of readDocuments(docs)) {
    writeDiagnostics(ctx, diagnostics.filter((d) => d.severity === 'error'));
    if (!article) {
      counts.unread++;
      continue;
    }
    const got = stream.add({ ...articleRecord(raw, article), published: article.published });
    counts[got.status === 'new' ? 'added' : 'duplicates']++;
    ctx.stdout.write(`${JSON.stringify({ id: got.id, story: got.story, status: got.status, source: raw.source })}\n`);
    for (const m of got.moved) ctx.stdout.write(`${JSON.stringify(m)}\n`);
  }
  return counts;
}
