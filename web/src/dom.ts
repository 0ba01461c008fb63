// The page's only way to build DOM: elements, attributes and text nodes. Data is always set as text (createTextNode),
// never parsed as HTML; event handler attributes, inline styles and non-http(s) links are refused.

export type Child = Node | string | number | null | undefined | false;

export interface Props {
  class?: string;
  id?: string;
  /** Plain attributes (aria-*, role, type, …). Names starting with "on" and `style` are refused. */
  attrs?: Record<string, string | number | boolean | undefined>;
  /** Event listeners, added with addEventListener. */
  on?: Partial<{ [K in keyof HTMLElementEventMap]: (event: HTMLElementEventMap[K]) => void }>;
}

const REFUSED_ATTRIBUTE = /^(on|style$|srcdoc$)/i;

/** A safe value for href/src: a same-origin path, a fragment, or an http(s) URL; null otherwise (javascript:, data:, …). */
export function safeUrl(value: string): string | null {
  if (/^[#/](?!\/)/.test(value) || value.startsWith('?')) return value;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function setAttribute(node: Element, name: string, value: string | number | boolean | undefined): void {
  if (value === undefined || value === false) return;
  if (REFUSED_ATTRIBUTE.test(name)) throw new Error(`dom: attribute ${name} is not set from code`);
  let text = value === true ? '' : String(value);
  if (name === 'href' || name === 'src' || name === 'action') {
    const safe = safeUrl(text);
    if (safe === null) return;
    text = safe;
  }
  node.setAttribute(name, text);
}

/** Appends children: strings and numbers become text nodes. */
export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(
      typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child,
    );
  }
}

/** `el('button', {class: 'chip', on: {click}}, 'text')`: an element with safe attributes and text children. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.class) node.className = props.class;
  if (props.id) node.id = props.id;
  for (const [name, value] of Object.entries(props.attrs ?? {})) setAttribute(node, name, value);
  for (const [type, listener] of Object.entries(props.on ?? {})) node.addEventListener(type, listener as EventListener);
  append(node, ...children);
  return node;
}

/** Replaces an element's children. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}

/** A section with a heading, labelled by it for screen readers' landmark lists. */
export function section(id: string, title: string, ...children: Child[]): HTMLElement {
  const headingId = `${id}-title`;
  return el(
    'section',
    { id, class: 'panel', attrs: { 'aria-labelledby': headingId } },
    el('h2', { id: headingId }, title),
    ...children,
  );
}

/** Says something to screen readers through the page's live region. */
export function announce(message: string): void {
  const status = document.getElementById('status');
  if (status) status.textContent = message;
}
