// HTML page -> main-text blocks and metadata: linkedom parses, Mozilla Readability finds the article, our filters clean it.
import { createRequire } from 'node:module';
import type * as Linkedom from 'linkedom';
import type * as MozillaReadability from '@mozilla/readability';
import { domBlocks, type Block } from './blocks.js';
import { capDepth } from './depth.js';
import { declaredBody, outsideDeclared } from './declared.js';
import { normaliseRoot } from './root.js';
import { pageMeta, type PageMeta } from './metadata.js';
import settings from './data/settings.json' with { type: 'json' };

/** The thresholds of this file, from data/settings.json. */
const S = settings.html;

/**
 * linkedom and Readability, required when the first page is read: a run over text and Markdown never loads them (their
 * modules' set-up, CSS property and HTML entity tables, was ~25 ms of a cold start). Required by literal name
 * (scripts/bundle-cli.ts bundles such calls).
 */
let dom: { parseHTML: typeof Linkedom.parseHTML; Readability: typeof MozillaReadability.Readability } | null = null;
const domLibraries = (): NonNullable<typeof dom> =>
  (dom ??= {
    parseHTML: (createRequire(import.meta.url)('linkedom') as typeof Linkedom).parseHTML,
    Readability: (createRequire(import.meta.url)('@mozilla/readability') as typeof MozillaReadability).Readability,
  });

export interface HtmlReading {
  meta: PageMeta;
  /** Main-text blocks before boilerplate filtering; empty when no article was found. */
  blocks: Block[];
  /** Readability's byline guess, used when the metadata has none. */
  readabilityByline: string | null;
}

const textLength = (blocks: Block[]): number => blocks.reduce((n, b) => n + b.text.length, 0);

/** Containers that are never the article: taken out before the fallback reading. */
const NON_CONTENT = 'nav, header, footer, aside, form, [role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"]';

/** Fallback when Readability finds nothing: the page's prose blocks (long enough, few links). */
function fallbackBlocks(doc: Document): Block[] {
  for (const el of Array.from(doc.querySelectorAll(NON_CONTENT))) el.remove();
  const body = doc.body ?? doc.documentElement;
  if (!body) return [];
  return domBlocks(body).filter((b) => b.text.length >= S.fallbackMinChars && b.linkChars / b.text.length < S.fallbackMaxLinkShare);
}

/** An XML declaration and a doctype before the markup: dropped when a fragment is wrapped into a page. */
const PROLOG = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!doctype[^>]*>\s*)?/i;

/**
 * Parse HTML into a document with an `<html>` root. linkedom takes a fragment's first element as the root (feed content
 * of bare `<p>`s became one paragraph's document) and gives no root at all for text without tags, on which Readability
 * throws; a fragment is therefore wrapped in a page first, keeping a `<head>` it carries. Subtrees nested deeper than
 * `maxDepth` are flattened into their paragraphs.
 * @example parseDocument('<p>One.</p><p>Two.</p>').body.children.length // 2
 */
export function parseDocument(html: string): Document {
  const { parseHTML } = domLibraries();
  let doc = parseHTML(html).document as unknown as Document;
  if (doc.documentElement?.tagName.toUpperCase() !== 'HTML') {
    const inner = html.replace(PROLOG, '');
    const hasHead = /^(?:\s*<!--[\s\S]*?-->)*\s*<head[\s>]/i.test(inner);
    const page = hasHead ? `<html>${inner}</html>` : `<html><head></head><body>${inner}</body></html>`;
    doc = parseHTML(page).document as unknown as Document;
  }
  // linkedom's document.body is an empty stand-in unless <body> follows <head> (readable/root.ts).
  normaliseRoot(doc);
  // Thousands of nested elements would make reading cubic in depth (readable/depth.ts).
  if (doc.documentElement) capDepth(doc.documentElement);
  return doc;
}

/**
 * Read an HTML string.
 * @param html the decoded page
 * @param url the page's URL when known (outlet and date fallbacks, canonical resolution)
 */
export function readHtml(html: string, url: string | null): HtmlReading {
  const doc = parseDocument(html);
  const meta = pageMeta(doc, url);
  let blocks: Block[] = [];
  let readabilityByline: string | null = null;
  // Read before Readability, which takes the document apart.
  const declared = declaredBody(doc, html);
  try {
    // The serializer hook hands over Readability's article element itself: no HTML string written and parsed again.
    const serializer = (node: Node): Element | null => (node.nodeType === 1 ? (node as Element) : null);
    const parsed = new (domLibraries().Readability)(doc, { charThreshold: S.readabilityCharThreshold, keepClasses: false, serializer }).parse();
    if (parsed?.content) {
      blocks = domBlocks(parsed.content);
      readabilityByline = parsed.byline?.trim() || null;
    }
  } catch {
    // Readability can throw on odd DOMs; the fallback below still reads the page.
    blocks = [];
  }
  if (textLength(blocks) < S.minArticleChars) {
    const fb = fallbackBlocks(parseDocument(html));
    if (textLength(fb) > textLength(blocks)) blocks = fb;
  }
  if (outsideDeclared(blocks, declared)) blocks = declared!;
  return { meta, blocks, readabilityByline };
}
