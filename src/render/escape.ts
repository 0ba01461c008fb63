// HTML escaping for the renderers: every text from an article goes through it.

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML text or attribute value. @example esc('<b>') === '&lt;b&gt;' */
export const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => ESC[c]!);
