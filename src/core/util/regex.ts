// Patterns are built from word lists here, so no list hides inside a regex literal.

/** Escape every character that has a meaning in a RegExp. @example escapeRegExp('U.S.') === 'U\\.S\\.' */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One alternation of literal phrases, longest first (so 'according to' wins over 'according'), with any run of spaces
 * in a phrase matching any run of white space.
 * @example new RegExp(`\\b(?:${alternation(['said', 'told'])})\\b`, 'i')
 */
export function alternation(phrases: readonly string[]): string {
  // Ties in length go in code-unit order: a fixed order, and quicker than localeCompare (~10 ms of module set-up at a
  // cold start). Which of two phrases of one length comes first never changes a match: both can match at one place
  // only when they are the same words (up to case and spacing), matching the same text.
  return [...new Set(phrases)]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))
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

/**
 * A text that any case-insensitive pattern written in ASCII reads the same with or without the u flag: Latin-1 (whose
 * letters pair up by case the same way under both: é/É, and µ, ÿ, ß alone), General Punctuation and the currency
 * signs (no case, no word characters). Outside it lie what u changes: letters that fold into ASCII ('ſ', the Kelvin
 * sign), other scripts' case pairs (µ with μ) and surrogate pairs.
 */
const NARROW_TEXT = /^[\x00-\xff\u2000-\u206f\u20a0-\u20cf]*$/;

/**
 * Escapes whose meaning or whose characters' case differ under u (`\p{…}`, `\u{…}`, `\u…`/`\x…` naming a character
 * beyond ASCII, `\c`): a source with none, all in ASCII, means the same with or without u (it is valid under u).
 */
const WIDE_SYNTAX = /[^\x00-\x7f]|\\[pPuxc]/;

/**
 * Case-insensitive Unicode patterns (flags iu) tried on a text, each compiled without u for texts where that reads the
 * same (NARROW_TEXT, WIDE_SYNTAX): V8 compiles a pattern under iu about three times slower than under i (the readable
 * stage's 136 boilerplate patterns: ~70 ms against ~25 of a cold analysis).
 * @example new CaselessPatterns(['^share this$']).find('Share this') // 0
 */
export class CaselessPatterns {
  private readonly unicode: RegExp[];
  /** The patterns without u, compiled when first needed; null where the source needs u. */
  private readonly narrow: Array<RegExp | null | undefined>;

  /** @param sources the patterns, compiled under iu here (an invalid one throws now) */
  constructor(sources: readonly string[]) {
    this.unicode = sources.map((s) => new RegExp(s, 'iu'));
    this.narrow = sources.map((s) => (WIDE_SYNTAX.test(s) ? null : undefined));
  }

  /** The index of the first pattern that matches `text`, or -1. */
  find(text: string): number {
    const narrowText = NARROW_TEXT.test(text);
    for (let k = 0; k < this.unicode.length; k += 1) if (this.pattern(k, narrowText).test(text)) return k;
    return -1;
  }

  private pattern(k: number, narrowText: boolean): RegExp {
    if (!narrowText) return this.unicode[k]!;
    let narrow = this.narrow[k];
    if (narrow === undefined) narrow = this.narrow[k] = new RegExp(this.unicode[k]!.source, 'i');
    return narrow ?? this.unicode[k]!;
  }
}
