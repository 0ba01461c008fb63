// Feeds and feed lists: RSS 2.0, RSS 1.0 (RDF), Atom, JSON Feed and OPML -> items (link, title, date, author, full content).
import { createRequire } from 'node:module';
import type * as Fxp from 'fast-xml-parser';
import { INGEST_LIMITS } from './defaults.js';

export interface FeedItem {
  url?: string;
  title?: string;
  published?: string;
  author?: string;
  /** The item's own HTML content, when it carries one. */
  html?: string;
}

export type FeedParse =
  | { ok: true; kind: 'rss' | 'rdf' | 'atom' | 'json'; title?: string; items: FeedItem[] }
  | { ok: true; kind: 'opml'; title?: string; feeds: string[] }
  | { ok: false; message: string };


type Node = Record<string, unknown>;

/** fast-xml-parser, required on the first feed: a run that reads no feed never loads it. */
let fxp: typeof Fxp | null = null;
const xml = (): typeof Fxp => (fxp ??= createRequire(import.meta.url)('fast-xml-parser') as typeof Fxp);

const parserOptions: Fxp.X2jOptions = {
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => ['item', 'entry', 'link', 'outline', 'category', 'author'].includes(name),
  // Content elements are kept as written: Atom's xhtml content and unescaped feed markup are elements the parser
  // would otherwise split into nodes (losing all but their loose text); markup() turns the raw text into HTML.
  stopNodes: ['*.content', '*.content:encoded', '*.encoded', '*.summary', '*.description'],
};
let parser: Fxp.XMLParser | null = null;

const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Text with XML's five entities and character references decoded. */
const unescapeXml = (s: string): string =>
  s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (m, e: string) => {
    if (e[0] !== '#') return XML_ENTITIES[e.toLowerCase()] ?? m;
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });

/** Plain text as HTML paragraphs (blank lines part them), escaped so it reads as text. */
const textAsHtml = (t: string): string =>
  t
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</p>`)
    .join('\n');

/**
 * The HTML a content element holds, from its raw text: CDATA sections as written, inline markup (Atom xhtml, unescaped
 * `<p>`s) as is, escaped markup unescaped; Atom `type="text"` is text.
 */
function markup(v: unknown): string | undefined {
  const node = Array.isArray(v) ? (v[0] as unknown) : v;
  const raw = node && typeof node === 'object' ? (node as Node)['#text'] : node;
  if (typeof raw !== 'string' || !raw.trim()) return undefined;
  const type = node && typeof node === 'object' ? String((node as Node)['@_type'] ?? '').toLowerCase() : '';
  let html: string;
  if (raw.includes('<![CDATA[')) html = raw.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1');
  else if (/<[a-z]/i.test(raw)) html = raw;
  else html = unescapeXml(raw);
  if (type === 'text') return textAsHtml(raw.includes('<![CDATA[') ? html : unescapeXml(raw));
  return html.trim() || undefined;
}

const firstMarkup = (node: Node, ...names: string[]): string | undefined => {
  for (const n of names) {
    const m = markup(node[n]);
    if (m) return m;
  }
  return undefined;
};

const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** Text of a parsed XML value: a string, or an element with #text. */
function text(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string' || typeof v === 'number') return String(v).trim() || undefined;
  if (Array.isArray(v)) return text(v[0]);
  if (typeof v === 'object') return text((v as Node)['#text']);
  return undefined;
}

const first = (node: Node, ...names: string[]): string | undefined => {
  for (const n of names) {
    const t = text(node[n]);
    if (t) return t;
  }
  return undefined;
};

/** True when the text (first 2 KB) looks like an XML or JSON feed or an OPML list. */
export function looksLikeFeed(body: string, contentType?: string): boolean {
  const ct = (contentType ?? '').toLowerCase();
  if (/(rss|atom|opml|feed)\+?(xml|json)?/.test(ct) || ct.includes('application/feed+json')) return true;
  const head = body.slice(0, 2048).replace(/^\uFEFF/, '').trimStart();
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:RDF|opml)\b/i.test(head)) return true;
  if (head.startsWith('{') && /"version"\s*:\s*"https?:\/\/jsonfeed\.org/i.test(head)) return true;
  return false;
}

const stripTags = (html: string): string => html.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();

function keepContent(html: string | undefined): string | undefined {
  return html && stripTags(html).length >= INGEST_LIMITS.fullContentChars ? html : undefined;
}

function atomLink(links: unknown): string | undefined {
  const all = asArray(links as Node | Node[]);
  const alt = all.find((l) => typeof l === 'object' && (!l['@_rel'] || l['@_rel'] === 'alternate')) ?? all[0];
  if (!alt) return undefined;
  if (typeof alt === 'string') return alt;
  return text(alt['@_href']) ?? text(alt);
}

function authorName(v: unknown): string | undefined {
  const a = asArray(v as unknown)[0];
  if (!a) return undefined;
  if (typeof a === 'object') return first(a as Node, 'name', '#text');
  return text(a);
}

function parseJsonFeed(body: string): FeedParse {
  let data: Node;
  try {
    data = JSON.parse(body) as Node;
  } catch (e) {
    return { ok: false, message: `JSON Feed does not parse: ${(e as Error).message}` };
  }
  const items = asArray(data['items'] as Node[]).filter((i) => i && typeof i === 'object');
  const title = text(data['title']);
  return {
    ok: true,
    kind: 'json',
    ...(title ? { title } : {}),
    items: items.map((i) => {
      const contentText = text(i['content_text']);
      const html = keepContent(text(i['content_html']) ?? (contentText ? textAsHtml(contentText) : undefined));
      const author = text((i['author'] as Node | undefined)?.['name']) ?? text(asArray(i['authors'] as Node[])[0]?.['name']);
      const item: FeedItem = {};
      const url = text(i['url']) ?? text(i['external_url']);
      if (url) item.url = url;
      const t = text(i['title']);
      if (t) item.title = t;
      const d = text(i['date_published']);
      if (d) item.published = d;
      if (author) item.author = author;
      if (html) item.html = html;
      return item;
    }),
  };
}

const clean = (o: { [K in keyof FeedItem]: FeedItem[K] | undefined }): FeedItem =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '')) as FeedItem;

/**
 * Parse a feed or OPML document. Malformed input gives `{ ok: false, message }`, never an exception.
 * @example parseFeed('<rss><channel><item><link>https://a.org/1</link></item></channel></rss>') // { ok: true, kind: 'rss', items: [{ url: 'https://a.org/1' }] }
 */
export function parseFeed(body: string): FeedParse {
  const src = body.replace(/^\uFEFF/, '').trimStart();
  if (src.startsWith('{')) return parseJsonFeed(src);
  const valid = xml().XMLValidator.validate(src);
  if (valid !== true) return { ok: false, message: `XML does not parse: ${valid.err.msg} (line ${valid.err.line})` };
  let doc: Node;
  try {
    parser ??= new (xml().XMLParser)(parserOptions);
    doc = parser.parse(src) as Node;
  } catch (e) {
    return { ok: false, message: `XML does not parse: ${(e as Error).message}` };
  }
  const rss = doc['rss'] as Node | undefined;
  if (rss) {
    const channel = (asArray(rss['channel'] as Node)[0] ?? {}) as Node;
    const title = first(channel, 'title');
    const items = asArray(channel['item'] as Node[]).map((i) =>
      clean({
        url: text(asArray(i['link'] as unknown[])[0]) ?? (text(i['guid']) && /^https?:/.test(text(i['guid'])!) ? text(i['guid']) : undefined),
        title: first(i, 'title'),
        published: first(i, 'pubDate', 'dc:date', 'published'),
        author: first(i, 'dc:creator', 'creator') ?? authorName(i['author']),
        html: keepContent(firstMarkup(i, 'content:encoded', 'encoded') ?? firstMarkup(i, 'description')),
      }),
    );
    return { ok: true, kind: 'rss', ...(title ? { title } : {}), items };
  }
  const rdf = doc['rdf:RDF'] as Node | undefined;
  if (rdf) {
    const channel = (asArray(rdf['channel'] as Node)[0] ?? {}) as Node;
    const title = first(channel, 'title');
    const items = asArray(rdf['item'] as Node[]).map((i) =>
      clean({
        url: text(asArray(i['link'] as unknown[])[0]) ?? text(i['@_rdf:about']),
        title: first(i, 'title'),
        published: first(i, 'dc:date'),
        author: first(i, 'dc:creator'),
        html: keepContent(firstMarkup(i, 'content:encoded') ?? firstMarkup(i, 'description')),
      }),
    );
    return { ok: true, kind: 'rdf', ...(title ? { title } : {}), items };
  }
  const feed = doc['feed'] as Node | undefined;
  if (feed) {
    const title = first(feed, 'title');
    const items = asArray(feed['entry'] as Node[]).map((e) =>
      clean({
        url: atomLink(e['link']),
        title: first(e, 'title'),
        published: first(e, 'published', 'updated'),
        author: authorName(e['author']),
        html: keepContent(firstMarkup(e, 'content') ?? firstMarkup(e, 'summary')),
      }),
    );
    return { ok: true, kind: 'atom', ...(title ? { title } : {}), items };
  }
  const opml = doc['opml'] as Node | undefined;
  if (opml) {
    const feeds: string[] = [];
    const walk = (outlines: unknown): void => {
      for (const o of asArray(outlines as Node[])) {
        const url = text(o['@_xmlUrl']) ?? text(o['@_xmlurl']);
        if (url) feeds.push(url);
        walk(o['outline']);
      }
    };
    walk((opml['body'] as Node | undefined)?.['outline']);
    const title = text((opml['head'] as Node | undefined)?.['title']);
    return { ok: true, kind: 'opml', ...(title ? { title } : {}), feeds };
  }
  return { ok: false, message: 'not an RSS, Atom, RDF, JSON Feed or OPML document' };
}
