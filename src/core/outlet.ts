// The one way to tell whether two strings name the same outlet: "The Associated Press", "Associated Press" and
// "associated-press" share a key. Used wherever outlet names are compared (readable, extract, reuse).

/**
 * The key two spellings of one outlet's name share: lower case, every run of punctuation and space as one space,
 * no leading "the".
 * @example outletNameKey('The Associated Press') === 'associated press'; outletNameKey(' RFE/RL ') === 'rfe rl'
 */
export const outletNameKey = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
