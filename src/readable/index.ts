// Raw bytes -> one clean Article (text, paragraph spans, metadata, what was removed and why); pure, no I/O.
import { francAll } from 'franc-min';
import type { Article, Diagnostic, RawDocument, Span } from '../core/types.js';
import type { Block } from './blocks.js';
import { filterBlocks } from './boilerplate.js';
import { decodeBytes, sniffKind } from './decode.js';
import { readHtml } from './html.js';
import { readTopLines, classifyTopLine, type TopLines } from './masthead.js';
import { dateTimeInText, prettyHost, siteOf, type PageMeta } from './metadata.js';
import { looksLikeHeadline, readMarkdown, readPlain, type FrontMatter } from './text.js';
import metadataData from './data/metadata.json' with { type: 'json' };
import syndicationData from './data/syndication.json' with { type: 'json' };

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

const AGENCY_SITES: Record<string, string[]> = Object.fromEntries(
  Object.entries(syndicationData.agencySites).filter((e): e is [string, string[]] => Array.isArray(e[1])),
);

const bareName = (s: string): string => s.toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** True when `outlet` (and the page's host) is the wire agency itself: "Reuters" on reuters.com, "The Associated Press". */
export function isAgencyItself(agency: string, outlet: string, host: string | null): boolean {
  const a = bareName(agency);
  const o = bareName(outlet);
  if (a === o || (a.length >= 3 && o.includes(a)) || (o.length >= 3 && a.includes(o))) return true;
  const abbreviations = Object.entries(syndicationData.agencies).filter(([, name]) => name === agency).map(([abbr]) => bareName(abbr));
  if (abbreviations.includes(o)) return true;
  return !!host && (AGENCY_SITES[agency] ?? []).includes(siteOf(host));
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
  let front: FrontMatter | null = null;
  let top: TopLines | null = null;
  let readabilityByline: string | null = null;
  if (kind === 'html') {
    const reading = readHtml(decoded, url);
    meta = reading.meta;
    blocks = reading.blocks;
    readabilityByline = reading.readabilityByline;
    title = hints.title ?? meta.title;
  } else {
    const md = kind === 'markdown' ? readMarkdown(decoded) : null;
    const r = md ?? readPlain(decoded);
    front = md?.front ?? null;
    blocks = r.blocks;
    let headline = r.title;
    // A first line that is a masthead or date line ("THE RIVER POST — Opinion") is not the headline: read it with the
    // other top lines and take the headline from what follows.
    if (headline && !front?.title && classifyTopLine(headline)) {
      blocks = [{ text: headline, kind: 'p', linkChars: 0 }, ...blocks];
      headline = null;
    }
    top = readTopLines(blocks);
    blocks = top.blocks;
    if (!headline && !front?.title && r.title !== null && blocks[0] && looksLikeHeadline(blocks[0].text, blocks.slice(1).map((b) => b.text).join(' '))) {
      headline = blocks[0].text;
      blocks = blocks.slice(1);
    }
    title = hints.title ?? headline;
  }

  const filtered = filterBlocks(blocks, { title, byline: hints.byline ?? meta?.byline ?? front?.byline ?? top?.byline ?? readabilityByline });
  const removedTop = [...(front ? [{ text: front.raw, reason: 'front-matter' }] : []), ...(top?.removed ?? [])];
  const { text, paragraphs } = assemble(filtered.blocks);
  if (!text) {
    diag('no-article', kind === 'html' ? 'no article text found on the page' : 'no text left after removing boilerplate', 'error');
    return { article: null, diagnostics };
  }

  const host = hostOf(url);
  const statedOutlet = hints.outlet ?? meta?.outlet ?? front?.outlet ?? top?.outlet ?? (host ? prettyHost(host) : null);
  // A wire dateline ("LONDON (Reuters) –") names who wrote the copy. With no other outlet named anywhere, the article
  // is the agency's own copy: the agency is its outlet and nothing is syndicated. When another outlet publishes it
  // (metadata, masthead, site), that outlet is running the agency's wire copy: a reprint, so syndication names the
  // agency, unless the outlet is the agency itself (reuters.com printing "(Reuters)").
  const agency = filtered.dateline;
  const outlet = statedOutlet ?? agency;
  // A canonical URL on another site means the page republishes that site's article.
  let syndication = filtered.syndication;
  if (!syndication && agency && statedOutlet && !isAgencyItself(agency, statedOutlet, host)) syndication = agency;
  const canonicalHost = hostOf(meta?.canonicalUrl);
  if (!syndication && canonicalHost && host && siteOf(canonicalHost) !== siteOf(host)) syndication = prettyHost(canonicalHost);

  const detected = detectLanguage(text);
  const language = detected ?? meta?.language ?? null;
  if (language && language !== 'en') diag('non-english', `the article reads as "${language}", not English: later stages assume English`, 'info');

  // Last resort for the date: a date line or byline trailer the filter took out of the text (with its time of day when
  // one is written, so two same-day articles can still be ordered).
  const published =
    hints.published ??
    meta?.published ??
    front?.published ??
    top?.published ??
    filtered.removed.filter((r) => r.reason === 'date-line' || r.reason === 'byline').map((r) => dateTimeInText(r.text)).find((d) => d) ??
    null;
  const article: Article = {
    id: opts.id,
    source: raw.source,
    title: title ?? null,
    outlet,
    byline: hints.byline ?? meta?.byline ?? front?.byline ?? top?.byline ?? filtered.byline ?? readabilityByline,
    published,
    updated: meta?.updated ?? front?.updated ?? null,
    url,
    canonicalUrl: meta?.canonicalUrl ?? null,
    language,
    text,
    paragraphs,
    removed: [...removedTop, ...filtered.removed],
    syndication,
  };
  return { article, diagnostics };
}
