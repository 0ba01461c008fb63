// Raw bytes -> one clean Article (text, paragraph spans, metadata, what was removed and why); pure, no I/O.
import { francAll } from 'franc-min';
import type { Article, Diagnostic, RawDocument, Span } from '../core/types.js';
import type { Block } from './blocks.js';
import { filterBlocks } from './boilerplate.js';
import { decodeBytes, sniffKind } from './decode.js';
import { readHtml } from './html.js';
import { dateInText, prettyHost, siteOf, type PageMeta } from './metadata.js';
import { readMarkdown, readPlain } from './text.js';
import metadataData from './data/metadata.json' with { type: 'json' };

export { scorePage, aggregate, scoreExtraction, tokens, shingles } from './score.js';
export type { PageScore, ExtractionScore } from './score.js';

const LANGS: Record<string, string> = metadataData.languages;

/** Join blocks into the article text (paragraphs separated by a blank line) and their spans. */
export function assemble(blocks: Block[]): { text: string; paragraphs: Span[] } {
  const paragraphs: Span[] = [];
  let text = '';
  for (const b of blocks) {
    if (text) text += '\n\n';
    paragraphs.push({ start: text.length, end: text.length + b.text.length });
    text += b.text;
  }
  return { text, paragraphs };
}

/** ISO 639-1 language of a text via franc (trigram model); null when too short to tell or unknown. */
export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, 4000);
  if (sample.replace(/\s+/g, '').length < 120) return null;
  const [best] = francAll(sample, { minLength: 60 });
  if (!best || best[0] === 'und') return null;
  return LANGS[best[0]] ?? null;
}

const hostOf = (url: string | null | undefined): string | null => {
  try {
    return url ? new URL(url).hostname || null : null;
  } catch {
    return null;
  }
};

/**
 * Read one raw document into an Article. Content problems (binary, empty, no article, non-English) are diagnostics.
 * @param raw bytes with their source, content type and container hints
 * @param opts.id the article id to give it
 * @example readDocument({ source: 'a.txt', bytes: new TextEncoder().encode('Title\n\nBody.') }, { id: 'a1' }).article?.title // 'Title'
 */
export function readDocument(raw: RawDocument, opts: { id: string }): { article: Article | null; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const diag = (rule: string, message: string, severity: Diagnostic['severity'] = 'warning'): void => {
    diagnostics.push({ source: raw.source, rule, message, severity });
  };
  const kind = sniffKind(raw);
  if (kind === 'binary') {
    diag('binary-input', 'the input looks binary (NUL or control bytes), not text or HTML', 'error');
    return { article: null, diagnostics };
  }
  const decoded = kind === 'empty' ? '' : decodeBytes(raw.bytes, raw.contentType).replace(/^\uFEFF/, '');
  if (kind === 'empty' || !decoded.trim()) {
    diag('empty-input', 'the input is empty or only whitespace', 'error');
    return { article: null, diagnostics };
  }

  const hints = raw.hints ?? {};
  const url = hints.url ?? (/^https?:\/\//i.test(raw.source) ? raw.source : null);
  let title: string | null = null;
  let blocks: Block[];
  let meta: PageMeta | null = null;
  let readabilityByline: string | null = null;
  if (kind === 'html') {
    const reading = readHtml(decoded, url);
    meta = reading.meta;
    blocks = reading.blocks;
    readabilityByline = reading.readabilityByline;
    title = hints.title ?? meta.title;
  } else {
    const r = kind === 'markdown' ? readMarkdown(decoded) : readPlain(decoded);
    blocks = r.blocks;
    title = hints.title ?? r.title;
  }

  const filtered = filterBlocks(blocks, { title, byline: hints.byline ?? meta?.byline ?? readabilityByline });
  const { text, paragraphs } = assemble(filtered.blocks);
  if (!text) {
    diag('no-article', kind === 'html' ? 'no article text found on the page' : 'no text left after removing boilerplate', 'error');
    return { article: null, diagnostics };
  }

  // A canonical URL on another site means the page republishes that site's article.
  let syndication = filtered.syndication;
  const canonicalHost = hostOf(meta?.canonicalUrl);
  const pageHost = hostOf(url);
  if (!syndication && canonicalHost && pageHost && siteOf(canonicalHost) !== siteOf(pageHost)) syndication = prettyHost(canonicalHost);

  const detected = detectLanguage(text);
  const language = detected ?? meta?.language ?? null;
  if (language && language !== 'en') diag('non-english', `the article reads as "${language}", not English: later stages assume English`, 'info');

  // Last resort for the date: a date line or byline trailer the filter took out of the text.
  const published =
    hints.published ??
    meta?.published ??
    filtered.removed.filter((r) => r.reason === 'date-line' || r.reason === 'byline').map((r) => dateInText(r.text)).find((d) => d) ??
    null;
  const host = hostOf(url);
  const article: Article = {
    id: opts.id,
    source: raw.source,
    title: title ?? null,
    outlet: hints.outlet ?? meta?.outlet ?? (host ? prettyHost(host) : null),
    byline: hints.byline ?? meta?.byline ?? filtered.byline ?? readabilityByline,
    published,
    updated: meta?.updated ?? null,
    url,
    canonicalUrl: meta?.canonicalUrl ?? null,
    language,
    text,
    paragraphs,
    removed: filtered.removed,
    syndication,
  };
  return { article, diagnostics };
}
