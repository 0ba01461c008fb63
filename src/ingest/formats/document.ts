// The shared reader of one-article formats (HTML, Markdown, plain text): the bytes are the document.
import type { DocumentFormat } from './types.js';
import { now } from '../context.js';

/** A one-article format claimed by its extensions alone. */
export function documentFormat(name: string, label: string, extensions: readonly string[], contentType: string): DocumentFormat {
  return {
    name,
    label,
    extensions,
    contentType,
    sniff: ({ ext }) => extensions.includes(ext),
    read: async (_ctx, source, bytes) => [{ source, bytes, fetchedAt: now(), contentType }],
  };
}
