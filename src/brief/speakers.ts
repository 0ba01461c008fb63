// Quotes in the brief name their speaker: a wording attributed with a pronoun ("…,” he said") reads with the speaker's
// name in square brackets, the editor's mark for words that are not the source's ("…,” [Ana Ruiz] said").
import type { Quote, SourceRef } from '../core/types.js';
import { checkedSet } from '../core/util/lists.js';
import wording from './data/wording.json' with { type: 'json' };

const PRONOUNS = checkedSet('brief/data/wording.json#speakerPronouns', wording.speakerPronouns);

/** A quote whose speaker the source names by a pronoun that the quote's entity resolves: the span and the name. */
interface Substitution {
  start: number;
  end: number;
  name: string;
}

/** Does `words` already name the speaker, by the name's last word ("Trump" of "Donald Trump")? */
function namedIn(words: string, name: string): boolean {
  const last = name.split(/\s+/).at(-1) ?? '';
  return last.length > 1 && words.split(/[^\p{L}\p{N}'’-]+/u).includes(last);
}

function substitutions(ref: SourceRef, quotes: readonly Quote[], text: string): Substitution[] {
  const out: Substitution[] = [];
  for (const q of quotes) {
    const sp = q.speakerSpan;
    if (q.article !== ref.article || !sp || sp.start < ref.start || sp.end > ref.end) continue;
    const said = text.slice(sp.start, sp.end);
    if (!PRONOUNS.has(said.toLowerCase()) || !q.speaker || !q.speakerName || !/^\p{Lu}/u.test(q.speakerName)) continue;
    // "Trump told reporters that he had not heard it", "As he announced the deal, Mr. Trump paid tribute": the wording
    // already names him, before or after the pronoun.
    if (namedIn(`${text.slice(ref.start, sp.start)} ${text.slice(sp.end, ref.end)}`, q.speakerName)) continue;
    if (!out.some((s) => s.start === sp.start)) out.push({ start: sp.start, end: sp.end, name: q.speakerName });
  }
  // Once the wording names someone, a later pronoun for them reads as it is ("[Ana Ruiz] said that she hoped…").
  const named = new Set<string>();
  const first = out.sort((a, b) => a.start - b.start).filter((s) => !named.has(s.name) && Boolean(named.add(s.name)));
  return first.reverse();
}

/**
 * The article text of `ref` with the first speaker pronoun of each speaker inside it replaced by the resolved speaker's
 * name in brackets.
 * @param text the article's text (offsets of `ref` and of the quotes point into it)
 * @example withSpeakers(text, ref, quotes) // '“We will win,” [Ana Ruiz] said.'
 */
export function withSpeakers(text: string, ref: SourceRef, quotes: readonly Quote[]): string {
  let out = text.slice(ref.start, ref.end);
  for (const s of substitutions(ref, quotes, text)) {
    out = `${out.slice(0, s.start - ref.start)}[${s.name}]${out.slice(s.end - ref.start)}`;
  }
  return out.trim();
}
