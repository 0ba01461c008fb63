// The principal opposing reaction: a brief that tells what happened should also tell who objected, when outlets report
// it ("Senator Ann Lee condemned the decision as reckless"). A wording is a reaction when it names someone and uses a
// word of criticism (brief/data/wording.json reactionCues).
import { checkedList } from '../core/util/lists.js';
import wording from './data/wording.json' with { type: 'json' };

const CUES = checkedList('brief/data/wording.json#reactionCues', wording.reactionCues);
const CUE = new RegExp(`(?<![\\p{L}])(?:${CUES.join('|')})\\p{L}*`, 'iu');
/** A name: two capitalised words in a row ("Ann Lee", "Senator Lee"), not only a sentence's first word. */
const NAME = /\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}[\p{Ll}'’-]+/u;

/**
 * Is a wording someone's reaction against the news: a word of criticism and a name?
 * @example isReaction('Senator Ann Lee condemned the decision as reckless') === true
 */
export const isReaction = (text: string): boolean => CUE.test(text) && NAME.test(text);

/**
 * Move the last sentence of `brief` to the end of its own section's block (the brief is in section order before it).
 * @param order the sections in the brief's order
 */
export function placeInSection<T extends { section?: string }>(brief: T[], order: readonly string[]): void {
  const last = brief.pop();
  if (!last) return;
  const rank = (s: T): number => order.indexOf(s.section ?? '');
  let at = brief.length;
  while (at > 0 && rank(brief[at - 1]!) > rank(last)) at--;
  brief.splice(at, 0, last);
}
