// Raw bytes -> one clean Article (text, paragraph spans, metadata, what was removed and why); pure, no I/O.
import type { Article, Diagnostic, DocumentHints, RawDocument, Span } from '../core/types.js';
import { outletNameKey } from '../core/outlet.js';
import type { Block } from './blocks.js';
import { filterBlocks, type Filtered } from './boilerplate.js';
import { decodeBytes, sniffKind, type Kind } from './decode.js';
import { readHtml } from './html.js';
import { readTopLines, classifyTopLine, type TopLines } from './masthead.js';
import { francBest, UNDETERMINED } from './language.js';
import { dateTimeInText, prettyHost, siteOf, urlDate, type PageMeta } from './metadata.js';
import { looksLikeHeadline, readMarkdown, readPlain, type FrontMatter } from './text.js';
import metadataData from './data/metadata.json' with { type: 'json' };
import syndicationData from './data/syndication.json' with { type: 'json' };
import settings from './data/settings.json' with { type: 'json' };

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

/** ISO 639-1 language of a text via franc's trigram models (readable/language.ts); null when too short to tell or unknown. */
export function detectLanguage(text: string): string | null {
  const { sampleChars, minLetters, francMinLength } = settings.language;
  const sample = text.slice(0, sampleChars);
  if (sample.replace(/\s+/g, '').length < minLetters) return null;
  const best = francBest(sample, francMinLength);
  return best === UNDETERMINED ? null : (LANGS[best] ?? null);
}

const AGENCY_SITES: Record<string, string[]> = Object.fromEntries(
  Object.entries(syndicationData.agencySites).filter((e): e is [string, string[]] => Array.isArray(e[1])),
);

/** True when `outlet` (and the page's host) is the wire agency itself: "Reuters" on reuters.com, "The Associated Press". */
export function isAgencyItself(agency: string, outlet: string, host: string | null): boolean {
  const a = outletNameKey(agency);
  const o = outletNameKey(outlet);
  if (a === o || (a.length >= 3 && o.includes(a)) || (o.length >= 3 && a.includes(o))) return true;
  const abbreviations = Object.entries(syndicationData.agencies).filter(([, name]) => name === agency).map(([abbr]) => outletNameKey(abbr));
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

/** What reading the body gave, before boilerplate filtering: the blocks and every source of metadata seen on the way. */
interface Reading {
  kind: Kind;
  url: string | null;
  hints: DocumentHints;
  title: string | null;
  blocks: Block[];
  meta: PageMeta | null;
  front: FrontMatter | null;
  top: TopLines | null;
  readabilityByline: string | null;
}

/** An HTML page: Readability's blocks and the page's metadata. */
function readHtmlBody(decoded: string, url: string | null, hints: DocumentHints): Reading {
  const { meta, blocks, readabilityByline } = readHtml(decoded, url);
  return { kind: 'html', url, hints, title: hints.title ?? meta.title, blocks, meta, front: null, top: null, readabilityByline };
}

/** Plain text or Markdown: front matter, the metadata lines at the top, and the headline. */
function readTextBody(kind: Kind, decoded: string, url: string | null, hints: DocumentHints): Reading {
  const md = kind === 'markdown' ? readMarkdown(decoded) : null;
  const r = md ?? readPlain(decoded);
  const front = md?.front ?? null;
  let blocks = r.blocks;
  let headline = r.title;
  // A first line that is a masthead or date line ("THE RIVER POST — Opinion") is not the headline: read it with the
  // other top lines and take the headline from what follows.
  if (headline && !front?.title && classifyTopLine(headline)) {
    blocks = [{ text: headline, kind: 'p', linkChars: 0 }, ...blocks];
    headline = null;
  }
  const top = readTopLines(blocks);
  blocks = top.blocks;
  const rest = (): string => blocks.slice(1).map((b) => b.text).join(' ');
  if (!headline && !front?.title && r.title !== null && blocks[0] && looksLikeHeadline(blocks[0].text, rest())) {
    headline = blocks[0].text;
    blocks = blocks.slice(1);
  }
  return { kind, url, hints, title: hints.title ?? headline, blocks, meta: null, front, top, readabilityByline: null };
}

/** The byline before the text's own byline lines are looked at: hints, page metadata, front matter, top lines, Readability. */
const statedByline = (r: Reading): string | null =>
  r.hints.byline ?? r.meta?.byline ?? r.front?.byline ?? r.top?.byline ?? r.readabilityByline;

/**
 * The outlet and where the copy came from. A wire dateline ("LONDON (Reuters) –") names who wrote the copy. With no other
 * outlet named anywhere, the article is the agency's own copy: the agency is its outlet and nothing is syndicated. When
 * another outlet publishes it (metadata, masthead, site), that outlet is running the agency's wire copy: a reprint, so
 * syndication names the agency, unless the outlet is the agency itself (reuters.com printing "(Reuters)").
 */
function outletOf(r: Reading, filtered: Filtered): { outlet: string | null; syndication: string | null } {
  const host = hostOf(r.url);
  const statedOutlet = r.hints.outlet ?? r.meta?.outlet ?? r.front?.outlet ?? r.top?.outlet ?? (host ? prettyHost(host) : null);
  const agency = filtered.dateline;
  let syndication = filtered.syndication;
  if (!syndication && agency && statedOutlet && !isAgencyItself(agency, statedOutlet, host)) syndication = agency;
  // A canonical URL on another site means the page republishes that site's article.
  const canonicalHost = hostOf(r.meta?.canonicalUrl);
  if (!syndication && canonicalHost && host && siteOf(canonicalHost) !== siteOf(host)) syndication = prettyHost(canonicalHost);
  return { outlet: statedOutlet ?? agency, syndication };
}

/**
 * The publication date, most trusted source first; then, as a page's metadata does, a date in the address (a Markdown
 * file's front-matter `url`: ".../2018/04/17/..."). Last resort: a date line or byline trailer the filter took out of
 * the text (with its time of day when one is written, so two same-day articles can still be ordered).
 */
function publishedOf(r: Reading, filtered: Filtered): string | null {
  const stated = r.hints.published ?? r.meta?.published ?? r.front?.published ?? r.top?.published ?? urlDate(r.url);
  if (stated !== undefined && stated !== null) return stated;
  const lines = filtered.removed.filter((x) => x.reason === 'date-line' || x.reason === 'byline');
  return lines.map((x) => dateTimeInText(x.text)).find((d) => d) ?? null;
}

/** The decoded text of a raw document, or null with a diagnostic when it is binary or empty. */
function decodeRaw(raw: RawDocument, diag: Diag): { kind: Kind; decoded: string } | null {
  const kind = sniffKind(raw);
  if (kind === 'binary') {
    diag('binary-input', 'the input looks binary (NUL or control bytes), not text or HTML', 'error');
    return null;
  }
  const decoded = kind === 'empty' ? '' : decodeBytes(raw.bytes, raw.contentType).replace(/^\uFEFF/, '');
  if (kind === 'empty' || !decoded.trim()) {
    diag('empty-input', 'the input is empty or only whitespace', 'error');
    return null;
  }
  return { kind, decoded };
}

type Diag = (rule: string, message: string, severity?: Diagnostic['severity']) => void;

/**
 * Read one raw document into an Article. Content problems (binary, empty, no article, non-English) are diagnostics.
 * @param raw bytes with their source, content type and container hints
 * @param opts.id the article id to give it
 * @example readDocument({ source: 'a.txt', bytes: new TextEncoder().encode('Title\n\nBody.') }, { id: 'a1' }).article?.title // 'Title'
 */
export function readDocument(raw: RawDocument, opts: { id: string }): { article: Article | null; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const diag: Diag = (rule, message, severity = 'warning') => {
    diagnostics.push({ source: raw.source, rule, message, severity });
  };
  const body = decodeRaw(raw, diag);
  if (!body) return { article: null, diagnostics };
  const hints = raw.hints ?? {};
  const url = hints.url ?? (/^https?:\/\//i.test(raw.source) ? raw.source : null);
  const read = body.kind === 'html' ? readHtmlBody(body.decoded, url, hints) : readTextBody(body.kind, body.decoded, url, hints);
  // A saved Markdown file may say in its front matter where it came from.
  const r: Reading = read.url || !read.front?.url ? read : { ...read, url: read.front.url };

  const filtered = filterBlocks(r.blocks, { title: r.title, byline: statedByline(r), bylines: [r.meta?.byline, r.readabilityByline] });
  const { text, paragraphs } = assemble(filtered.blocks);
  if (!text) {
    diag('no-article', r.kind === 'html' ? 'no article text found on the page' : 'no text left after removing boilerplate', 'error');
    return { article: null, diagnostics };
  }
  const language = detectLanguage(text) ?? r.meta?.language ?? null;
  if (language && language !== 'en') diag('non-english', `the article reads as "${language}", not English: later stages assume English`, 'info');
  const removedTop = [...(r.front ? [{ text: r.front.raw, reason: 'front-matter' }] : []), ...(r.top?.removed ?? [])];
  const { outlet, syndication } = outletOf(r, filtered);
  // Key order is the dossier's: keep it.
  const article: Article = {
    id: opts.id,
    source: raw.source,
    title: r.title ?? null,
    outlet,
    byline: hints.byline ?? r.meta?.byline ?? r.front?.byline ?? r.top?.byline ?? filtered.byline ?? r.readabilityByline,
    published: publishedOf(r, filtered),
    updated: r.meta?.updated ?? r.front?.updated ?? null,
    url: r.url,
    canonicalUrl: r.meta?.canonicalUrl ?? null,
    language,
    text,
    paragraphs,
    removed: [...removedTop, ...filtered.removed],
    syndication,
  };
  return { article, diagnostics };
}
