// The root of a parsed page put the way a browser's parser leaves it: one <head> of metadata, then one <body> holding
// all content. linkedom keeps markup where it stands, and its `document.body` is a new empty element whenever the
// element after <head> is not <body> (a stray <link> after </head>, a page with no <head> tag), so Readability saw nothing.
import settings from './data/settings.json' with { type: 'json' };

const HEAD_TAGS = new Set(settings.html.headTags.map((t) => t.toUpperCase()));
const ELEMENT = 1;
const TEXT = 3;

const tagOf = (n: Node): string => (n.nodeType === ELEMENT ? (n as Element).tagName.toUpperCase() : '');
/** True for nodes that belong in <head>: metadata elements, comments and whitespace. */
const headKind = (n: Node): boolean => (n.nodeType === ELEMENT ? HEAD_TAGS.has(tagOf(n)) : n.nodeType !== TEXT || !(n.nodeValue ?? '').trim());

/** The first child of `root` with this tag, created (and appended) when missing. */
function ensureChild(root: Element, tag: string): Element {
  const found = [...root.children].find((c) => c.tagName.toUpperCase() === tag);
  if (found) return found;
  const el = root.ownerDocument.createElement(tag.toLowerCase());
  root.appendChild(el);
  return el;
}

/**
 * Rebuild the root as <head> then <body>: metadata at the root goes into the head; a head never closed gives up its
 * content from its first non-metadata element on; any other node at the root joins the body, before the body's own
 * content when it came before it, after it when it came after. A page already in shape is left as it is.
 * @returns true when anything moved
 * @example normaliseRoot(parseHTML('<html><head><title>T</title><p>Text</p></html>').document) // true: the <p> is in <body>
 */
export function normaliseRoot(doc: Document): boolean {
  const root = doc.documentElement;
  if (!root) return false;
  const tags = [...root.children].map((c) => c.tagName.toUpperCase());
  const hadBody = tags.includes('BODY');
  if (tags.length === 2 && tags[0] === 'HEAD' && hadBody && [...root.childNodes].every((n) => n.nodeType !== TEXT || !(n.nodeValue ?? '').trim())) return false;
  const head = ensureChild(root, 'HEAD');
  const body = ensureChild(root, 'BODY');
  const before: Node[] = [];
  const after: Node[] = [];
  // An unclosed head: everything from its first content element on is the start of the body.
  if (!hadBody) {
    const kids = [...head.childNodes];
    const start = kids.findIndex((n) => !headKind(n));
    if (start >= 0) before.push(...kids.slice(start));
  }
  let seenBody = false;
  for (const n of [...root.childNodes]) {
    if (n === head) continue;
    if (n === body) {
      seenBody = true;
      continue;
    }
    if (!seenBody && headKind(n)) head.appendChild(n);
    else (seenBody ? after : before).push(n);
  }
  const first = body.firstChild;
  for (const n of before) body.insertBefore(n, first);
  for (const n of after) body.appendChild(n);
  root.insertBefore(head, root.firstChild);
  root.insertBefore(body, head.nextSibling);
  return true;
}
