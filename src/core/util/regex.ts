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

/**
 * Every match of a global pattern in `text`, as `text.matchAll(re)` gives them, but read with `re` itself: matchAll
 * copies the pattern on each call, and once V8 has dropped the copy's compiled code from its cache, a large alternation
 * (country forms, number words) is compiled again for every text, which costs many times the search. `re.lastIndex`
 * is 0 before and after.
 * @example execAll(/\d+/g, 'a1b22').map((m) => m[0]) // ['1', '22']
 */
export function execAll(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`execAll needs a global pattern (flag g), not /${re.source}/${re.flags}`);
  const out: RegExpExecArray[] = [];
  const unicode = re.unicode || re.flags.includes('v');
  re.lastIndex = 0;
  try {
    for (let m = re.exec(text); m; m = re.exec(text)) {
      out.push(m);
      // An empty match moves on by one character (a whole surrogate pair under u), as matchAll does.
      if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, unicode);
    }
  } finally {
    re.lastIndex = 0;
  }
  return out;
}

/** The index after `i` in `text`: one code unit, or a surrogate pair's two when `unicode` (ECMAScript AdvanceStringIndex). */
function advance(text: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= text.length) return i + 1;
  const lead = text.charCodeAt(i);
  const trail = text.charCodeAt(i + 1);
  return lead >= 0xd800 && lead <= 0xdbff && trail >= 0xdc00 && trail <= 0xdfff ? i + 2 : i + 1;
}
