// Counting words of page text (runs of letters and numbers), the one counter the boilerplate and widget rules share.
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/** Whether each UTF-16 code unit is a letter or number, learned on first sight: 0 not yet known, 1 no, 2 yes. */
const wordUnit = new Uint8Array(0x10000);

/**
 * Words in `s`: runs of letters and numbers, as `s.match(/[\p{L}\p{N}]+/gu).length` counts them, without building the
 * list (every rule asks, for every block). A surrogate pair is one code point; a lone surrogate is neither.
 */
export function wordCount(s: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let word: boolean;
    const low = c >= 0xd800 && c <= 0xdbff ? s.charCodeAt(i + 1) : 0;
    if (low >= 0xdc00 && low <= 0xdfff) {
      word = WORD_CHAR.test(s.slice(i, i + 2));
      i++;
    } else {
      if (wordUnit[c] === 0) wordUnit[c] = WORD_CHAR.test(String.fromCharCode(c)) ? 2 : 1;
      word = wordUnit[c] === 2;
    }
    if (word && !inWord) count++;
    inWord = word;
  }
  return count;
}
