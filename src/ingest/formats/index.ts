// The registry of input formats: what an input IS and how it is collected. A new format is one file and one line here;
// folder walks, format sniffing, the readable stage's kind-by-extension and the CLI's help all read this list.
import { feed } from './feed.js';
import { html } from './html.js';
import { jsonl } from './jsonl.js';
import { markdown } from './markdown.js';
import { text } from './text.js';
import type { DocumentFormat, InputFormat, SniffInput } from './types.js';

export type { DocumentFormat, InputFormat, SniffInput } from './types.js';

/** Every input format, in the order they are tried: containers (JSONL, feeds) first, since content beats a file's name. */
export const INPUT_FORMATS: readonly InputFormat[] = [jsonl, feed, html, markdown, text];

/** The formats whose input is one article. */
export const DOCUMENT_FORMATS: readonly DocumentFormat[] = [html, markdown, text];

/** Every extension some format claims: the files a folder walk picks up. */
export const INPUT_EXTENSIONS: readonly string[] = INPUT_FORMATS.flatMap((f) => f.extensions);

/** The format of an input, or null when no format recognises it. */
export const formatOf = (input: SniffInput): InputFormat | null => INPUT_FORMATS.find((f) => f.sniff(input)) ?? null;

/** The format that claims an extension by name (whether or not the content agrees), or null. */
export const formatClaiming = (ext: string): InputFormat | null => INPUT_FORMATS.find((f) => f.extensions.includes(ext)) ?? null;

/**
 * The one-article format a path or URL names by its extension ('html', 'markdown', 'text'), or null.
 * @example documentFormatOfPath('https://example.org/a/story.HTM?x=1') // 'html'
 */
export function documentFormatOfPath(path: string): string | null {
  const ext = /\.[^./\\]+$/.exec(path.toLowerCase().replace(/[?#].*$/, ''))?.[0] ?? '';
  return DOCUMENT_FORMATS.find((f) => f.extensions.includes(ext))?.name ?? null;
}

/**
 * What an `<inputs...>` argument accepts, from the registry: the one wording for the CLI help and the docs.
 * @example describeInputs() // 'files: HTML (.html .htm .xhtml), …; folders, globs, http(s) URLs, or - for stdin'
 */
export function describeInputs(): string {
  // Articles first, then the containers of many.
  const order = [...DOCUMENT_FORMATS, ...INPUT_FORMATS.filter((f) => !DOCUMENT_FORMATS.includes(f as DocumentFormat))];
  const files = order.map((f) => `${f.label} (${f.extensions.join(' ')})`).join(', ');
  return `files: ${files}; folders (recursively, by extension), globs, http(s) URLs, or - for stdin`;
}
