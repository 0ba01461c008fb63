// Repeats by phrase: two brief sentences that share a run of words carrying content ("had not heard the audio") tell one
// fact twice, however differently the rest of each is worded.
import { STOP } from '../align/index.js';

/** Words in a run that make it telling: at least this many of its words are not function words. */
const MIN_CONTENT = 2;
/** Length of the runs compared. */
const RUN = 4;

const WORD = /[\p{L}\p{N}']+/gu;

const CAPITAL = /^\p{Lu}/u;

/**
 * The runs of `RUN` words of a text (lower case) with at least `MIN_CONTENT` content words that are not capitalised: a
 * run of names and titles ("Defense Secretary Jim Mattis") says who a sentence is about, not what it states.
 */
export function phrases(text: string): Set<string> {
  const raw = (text.replace(/[’]/g, "'").match(WORD) ?? []).map((w) => w.replace(/'s$/, ''));
  const words = raw.map((w) => w.toLowerCase());
  const telling = raw.map((w, i) => !STOP.has(words[i]!) && !CAPITAL.test(w));
  const out = new Set<string>();
  for (let i = 0; i + RUN <= words.length; i++) {
    if (telling.slice(i, i + RUN).filter(Boolean).length >= MIN_CONTENT) out.add(words.slice(i, i + RUN).join(' '));
  }
  return out;
}

/** Does a text's set of runs (`phrases`) share a run with any of the sets given? */
export const sharesPhrase = (mine: ReadonlySet<string>, chosen: readonly ReadonlySet<string>[]): boolean =>
  chosen.some((set) => [...mine].some((p) => set.has(p)));
