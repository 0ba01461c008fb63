// British spellings read as American ones ("criticised" -> "criticized"), so outlets on either side of the Atlantic share
// their words; the rules are data (data/spelling.json) and the word vectors' vocabulary says which swaps are words.
import rules from './data/spelling.json' with { type: 'json' };
import { vectorRow } from './vectors.js';

const RULES = [...rules.rules].sort((a, b) => b.uk.length - a.uk.length);

/**
 * The American spelling of a lower-case word, or the word itself: a rule's ending swapped in when the result is a commoner
 * word of the vectors' vocabulary than the word as written.
 * @example usSpelling('criticised') // 'criticized'; usSpelling('advertise') // 'advertise'
 */
export function usSpelling(word: string): string {
  for (const { uk, us, minLength } of RULES) {
    if (word.length < minLength || !word.endsWith(uk)) continue;
    const swapped = word.slice(0, -uk.length) + us;
    const [row, swappedRow] = [vectorRow(word), vectorRow(swapped)];
    return swappedRow >= 0 && (row < 0 || swappedRow < row) ? swapped : word;
  }
  return word;
}
