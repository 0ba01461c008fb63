// The matcher's word classes (function words, negation cues, weak and light words), read once from its data file.
import lists from '../data/matcher-words.json' with { type: 'json' };
import { checkedSet } from '../../core/util/lists.js';

const FILE = 'align/data/matcher-words.json';

export const STOP = checkedSet(`${FILE}#stopwords`, lists.stopwords);
export const NEG = checkedSet(`${FILE}#negations`, lists.negations);
/** Attribution, day and title words: present on one side only, they rarely change what a sentence states. */
export const WEAK = checkedSet(`${FILE}#weakWords`, lists.weakWords);
export const LIGHT = checkedSet(`${FILE}#lightVerbs`, lists.lightVerbs);
/** Verbs that report speech: a name right before one is a claim's source, not an actor of its event (claims/link.ts). */
export const REPORTING = checkedSet(`${FILE}#reportingVerbs`, lists.reportingVerbs);
/** Score factor when exactly one sentence of a pair is negated (see the data file's note). */
export const NEGATION_MISMATCH_FACTOR: number = lists.negationMismatchFactor;
/** Time words ("week", "Friday", "tomorrow") and the words that place them ("next", "last"): see claims/when.ts. */
export const TIME_WORDS = checkedSet(`${FILE}#timeWords`, lists.timeWords);
export const TIME_MODIFIERS = checkedSet(`${FILE}#timeModifiers`, lists.timeModifiers);
export const PLACELESS_TIME_WORDS = checkedSet(`${FILE}#placelessTimeWords`, lists.placelessTimeWords);
