// Does a wording name whom it is about before it refers to them? "But on Thursday, in a rebuke of the president, he
// decided…" does not: its "he" points at someone the source named in an earlier sentence, whom the brief lacks.
import type { SourceRef } from '../core/types.js';
import { quotedAt, tokenPos, tokenText, tokensIn, type Doc } from '../nlp/index.js';
import { TIME_WORDS } from '../align/index.js';
import { checkedSet } from '../core/util/lists.js';
import wording from './data/wording.json' with { type: 'json' };

const SUBJECT_PRONOUNS = checkedSet('brief/data/wording.json#subjectPronouns', wording.subjectPronouns);

/**
 * True when the wording of `ref` uses a subject pronoun ("he", "she", "they") outside quotation marks before it names
 * anyone: a proper noun other than a day or month ("on Thursday" names no one).
 * @example pronounBeforeName(doc, ref) // true for "But on Thursday, he decided that Mr. Lee's plan…"
 */
export function pronounBeforeName(doc: Doc, ref: SourceRef): boolean {
  const [from, to] = tokensIn(doc, ref.start, ref.end);
  for (let t = from; t < to; t++) {
    const word = tokenText(doc, t);
    const pos = tokenPos(doc, t);
    if (pos === 'PROPN' && !TIME_WORDS.has(word.toLowerCase())) return false;
    if (SUBJECT_PRONOUNS.has(word.toLowerCase()) && quotedAt(doc, doc.tokStart[t]!) < 0) return true;
  }
  return false;
}

/**
 * Does a wording open a double quotation it never closes, or close one it never opened? A sentence of a quotation that
 * runs on over several sentences, or an outlet's own typo, cannot be printed as it stands.
 * @example unclosedQuotation('“We are proud of the work, he wrote') // true
 */
export function unclosedQuotation(text: string): boolean {
  let curly = 0;
  let straight = 0;
  for (const ch of text) {
    if (ch === '“') curly++;
    else if (ch === '”') curly--;
    else if (ch === '"') straight++;
  }
  return curly !== 0 || straight % 2 === 1;
}
