// A token view of one article's document model for quote finding: the nlp TokenCursor's safe reads plus cue tests.
import { TokenCursor } from '../../nlp/index.js';
import { PARTICIPLE_ONLY, SPEECH } from './lexicon.js';

/** The Doc's token cursor plus the cue tests of quote finding. */
export class Tokens extends TokenCursor {
  /** Length in tokens of a source-first cue phrase ("according to") starting at token i, or 0. */
  sourcePhrase(i: number): number {
    for (const words of SPEECH.sourcePhrases) if (words.every((w, j) => this.t(i + j).toLowerCase() === w)) return words.length;
    return 0;
  }
  /** POS with tagger slips on names repaired: a capitalised word inside a phrase ("Josh/VERB Earnest") is a proper noun. */
  npPos(i: number): string {
    const p = this.pos(i);
    if ((p === 'VERB' || p === 'NOUN' || p === 'ADJ') && /^\p{Lu}\p{Ll}/u.test(this.t(i)) && i > 0 && (this.pos(i - 1) === 'PROPN' || this.pos(i - 1) === 'NOUN' || this.pos(i + 1) === 'PROPN') && !SPEECH.verbs.has(this.l(i))) return 'PROPN';
    return p;
  }
  /** A speech verb (or a noun form the tagger gave it, "says"/"claimed") that can cue a quote. */
  isCue(i: number): boolean {
    const p = this.pos(i);
    if (p !== 'VERB' && p !== 'AUX' && p !== 'NOUN' && p !== 'ADJ') return false;
    if (p === 'NOUN' && !/(s|ed)$/.test(this.t(i))) return false;
    if (this.modifiesNoun(i)) return false;
    return SPEECH.verbs.has(this.l(i)) || SPEECH.verbs.has(this.t(i).toLowerCase());
  }
  /** A full stop that ends a sentence, not one closing an abbreviation ("Ariz.", "D-Conn.", "Sen."). */
  isStop(i: number): boolean {
    return this.t(i) === '.' && !/^\p{Lu}\p{L}{0,4}$/u.test(this.t(i - 1));
  }
  /** "an interview shown Thursday": a participle-only form right after a noun modifies it, and is no cue. */
  modifiesNoun(i: number): boolean {
    return PARTICIPLE_ONLY.has(this.t(i).toLowerCase()) && (this.pos(i - 1) === 'NOUN' || this.pos(i - 1) === 'PROPN');
  }
  /** A verb that introduces reported speech as a clause ("said that …", "believes …"). */
  isClauseCue(i: number): boolean {
    if (this.modifiesNoun(i)) return false;
    return (this.pos(i) === 'VERB' || this.pos(i) === 'AUX') && (SPEECH.clauseVerbs.has(this.l(i)) || SPEECH.clauseVerbs.has(this.t(i).toLowerCase()));
  }
  isQuoteMark(i: number): boolean {
    return /^(["“”‘’'«»]|'')$/.test(this.t(i));
  }
}
