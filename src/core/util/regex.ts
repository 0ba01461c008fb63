// Patterns are built from word lists here, so no list hides inside a regex literal.

/** Escape every character that has a meaning in a RegExp. @example escapeRegExp('U.S.') === 'U\\.S\\.' */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One alternation of literal phrases, longest first (so 'according to' wins over 'according'), with any run of spaces
 * in a phrase matching any run of white space.
 * @example new RegExp(`\\b(?:${alternation(['said', 'told'])})\\b`, 'i')
 */
export function alternation(phrases: readonly string[]): string {
  return [...new Set(phrases)]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map((p) => escapeRegExp(p).replace(/\s+/g, '\\s+'))
    .join('|');
}
