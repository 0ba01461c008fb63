// Nesting depth: pages nested thousands of elements deep are flattened below a limit before reading, because
// Readability's cleaning walks every descendant of every candidate (a page of 2,000 nested divs took 107 s to read).
import settings from './data/settings.json' with { type: 'json' };

/** Elements that hold a paragraph of their own: what survives, as its text, of a subtree that was too deep. */
const BLOCKS = new Set(settings.html.depthBlockTags.map((t) => t.toUpperCase()));
const TEXT = 3;
const ELEMENT = 1;

/** One paragraph of a flattened subtree: the block tag it came from and its text so far. */
interface Group {
  tag: string;
  text: string;
}

/**
 * The text of `el`'s subtree as paragraphs, one per block element met (in document order, with the text of the inline
 * elements inside it), walked with an explicit stack so that no depth overflows it.
 */
function groups(el: Element): Group[] {
  const out: Group[] = [{ tag: 'p', text: '' }];
  const stack: Array<{ node: Node; group: Group }> = [...el.childNodes].reverse().map((node) => ({ node, group: out[0]! }));
  while (stack.length) {
    const { node, group } = stack.pop()!;
    if (node.nodeType === TEXT) group.text += node.textContent ?? '';
    if (node.nodeType !== ELEMENT) continue;
    const tag = (node as Element).tagName.toUpperCase();
    const own = BLOCKS.has(tag) ? { tag: tag.toLowerCase(), text: '' } : group;
    if (own !== group) out.push(own);
    for (const child of [...node.childNodes].reverse()) stack.push({ node: child, group: own });
  }
  return out.filter((g) => g.text.trim());
}

/** Replace `el`'s subtree by its paragraphs (`groups`), each a flat element of its block tag. */
function flatten(el: Element): void {
  const doc = el.ownerDocument;
  const found = groups(el);
  while (el.firstChild) el.removeChild(el.firstChild);
  for (const g of found) {
    const p = doc.createElement(g.tag);
    p.textContent = g.text;
    el.appendChild(p);
  }
}

/**
 * Flatten every element that sits `maxDepth` levels below `root` into its paragraphs; shallower pages are untouched.
 * @returns how many subtrees were flattened (0 for an ordinary page)
 * @example capDepth(doc.documentElement, 120) // 0
 */
export function capDepth(root: Element, maxDepth: number = settings.html.maxDepth): number {
  let flattened = 0;
  const stack: Array<{ el: Element; depth: number }> = [{ el: root, depth: 0 }];
  while (stack.length) {
    const { el, depth } = stack.pop()!;
    if (depth >= maxDepth) {
      flatten(el);
      flattened++;
      continue;
    }
    for (const child of [...el.children]) stack.push({ el: child, depth: depth + 1 });
  }
  return flattened;
}
