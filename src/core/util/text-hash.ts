// The content key of an article's text, the one way duplicates are told: the SQLite store's sha256 column and the
// scale-out queue's job ids are both this hash, so a text is a duplicate in one exactly when it is in the other.
import { createHash } from 'node:crypto';

/** Text as compared for duplicates: Unicode-compatible forms folded, case folded, white space runs as one space. */
export const normaliseText = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * sha256 (hex) of the normalised text.
 * @example textHash('The bridge  closed.') === textHash('the bridge closed.')
 */
export const textHash = (text: string): string => createHash('sha256').update(normaliseText(text)).digest('hex');
