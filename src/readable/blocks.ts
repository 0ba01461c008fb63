// Turn a DOM subtree into a flat list of text blocks (paragraphs, headings, list items, quotes) with their link share.
import { figureBoxes } from './figures.js';
import settings from './data/settings.json' with { type: 'json' };

const S = settings.blocks;

export type BlockKind = 'p' | 'h' | 'li' | 'quote' | 'pre' | 'caption' | 'cell';

export interface Block {
  text: string;
  kind: BlockKind;
  /** Characters of the block inside <a> elements: for link density. */
  linkChars: number;
}

/** Elements that start a new block; everything else is inline and joins the current block's text. */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'TD', 'TH', 'UL', 'CAPTION', 'SUMMARY', 'CENTER', 'BR',
]);

/** Never text: scripts, styles, media, controls. */
const SKIP = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'EMBED', 'VIDEO', 'AUDIO', 'SELECT',
  'OPTION', 'BUTTON', 'INPUT', 'TEXTAREA', 'HEAD', 'MATH', 'PICTURE', 'IMG', 'SOURCE',
]);

const collapse = (s: string): string => s.replace(/[\s\u00a0\u200b]+/g, ' ').trim();

/** An image and two or more links, and nothing but link text. */
function cardShaped(el: Element): boolean {
  if (!el.querySelector('img')) return false;
  const links = el.querySelectorAll('a');
  if (links.length < S.inlineCardMinLinks) return false;
  const text = collapse(el.textContent ?? '');
  const linked = [...links].reduce((n, a) => n + collapse(a.textContent ?? '').length, 0);
  return text.length > 0 && linked >= text.length * S.inlineCardLinkShare;
}

/**
 * An inline card inside running text (a person's hover card: a picture, their name again and links to other stories),
 * hidden until the pointer rests on the name: an inline element holding an image and two or more links, and nothing
 * but link text. Inline text of a paragraph holds no pictures beside several links. The element wrapping the name's
 * link and its card is no card itself: the name is the sentence's.
 */
function isInlineCard(el: Element): boolean {
  if (!cardShaped(el)) return false;
  const length = collapse(el.textContent ?? '').length;
  return ![...el.children].some((c) => collapse(c.textContent ?? '').length < length && cardShaped(c));
}

function kindOf(el: Element, inherited: BlockKind, figures: Set<Element>): BlockKind {
  if (figures.has(el) || inherited === 'caption') return 'caption';
  const tag = el.tagName;
  if (/^H[1-6]$/.test(tag)) return 'h';
  if (tag === 'LI' || tag === 'DT' || tag === 'DD') return inherited === 'quote' ? 'quote' : 'li';
  if (tag === 'BLOCKQUOTE') return 'quote';
  if (tag === 'PRE') return 'pre';
  if (tag === 'FIGCAPTION' || tag === 'CAPTION') return 'caption';
  if (tag === 'TD' || tag === 'TH') return inherited === 'quote' ? 'quote' : 'cell';
  return inherited;
}

/**
 * Flatten `root` into blocks in document order. Inline runs between block elements become their own block, so a
 * `<div>` holding text and `<p>`s keeps both.
 * @example domBlocks(doc.body) // [{ text: 'Headline', kind: 'h', linkChars: 0 }, …]
 */
export function domBlocks(root: Element): Block[] {
  const out: Block[] = [];
  const figures = figureBoxes(root);
  let buf = '';
  let links = 0;
  let bufKind: BlockKind = 'p';

  const flush = (): void => {
    const text = collapse(buf);
    if (text) out.push({ text, kind: bufKind, linkChars: Math.min(links, text.length) });
    buf = '';
    links = 0;
  };

  const walk = (node: Node, kind: BlockKind, inLink: boolean): void => {
    if (node.nodeType === 3) {
      const t = node.nodeValue ?? '';
      buf += t;
      if (inLink) links += collapse(t).length;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag)) return;
    if (el.getAttribute('hidden') !== null || el.getAttribute('aria-hidden') === 'true') return;
    const style = el.getAttribute('style') ?? '';
    if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return;
    if (tag === 'BR') {
      flush();
      return;
    }
    if (!BLOCK.has(tag) && tag !== 'A' && isInlineCard(el)) return;
    const isBlock = BLOCK.has(tag) || figures.has(el);
    const childKind = kindOf(el, kind, figures);
    if (isBlock) {
      flush();
      bufKind = childKind;
    }
    const link = inLink || tag === 'A';
    for (let c = el.firstChild; c; c = c.nextSibling) walk(c, childKind, link);
    if (isBlock) {
      flush();
      bufKind = kind;
    }
  };

  walk(root, 'p', false);
  flush();
  return out;
}
