// Speech-verb cues next to a quotation: the cue after its closing mark ("…,” he said) or before its opening mark (X said: “…”).
import { clauseSubject, contentClauseOwner, relativeAntecedent, subjectAfter, subjectBefore, type TokenRange, unlessObject } from './phrases.js';
import { BETWEEN_SPEAKER_AND_VERB, CUE_LEAD_ADVERBS, SPEECH, SUBJECT_PRONOUNS } from './lexicon.js';
import type { Tokens } from './tokens.js';

/** A cue as tokens [cue, cueEnd) and the speaker phrase it names, if any. */
export interface Cue {
  cue: number;
  cueEnd: number;
  speaker: TokenRange | null;
}

/** A cue before a quote; `adjacent` when only the cue's object stands between it and the opening mark. */
export type CueBefore = Cue & { adjacent: boolean };

/** The verb after a subject and its appositive ("Mr Dmitriev, the envoy, said"), or -1. */
function verbAfterSubject(T: Tokens, sp: TokenRange, limit: number): number {
  let w = sp[1];
  if (T.t(w) === ',' || T.t(w) === '(') {
    // Appositives, ages and parentheses before the verb: "Cecelia Purner, 67, a retired teacher in Allentown, Pa., said".
    for (let c = w + 1; c < limit && c < w + 35; c++) {
      if (T.isStop(c) || T.isQuoteMark(c)) break;
      if ((T.t(c) === ',' || T.t(c) === ')') && T.isCue(c + 1) && T.pos(c + 1) !== 'NOUN') {
        w = c + 1;
        break;
      }
    }
  }
  while (w < limit && BETWEEN_SPEAKER_AND_VERB.test(T.t(w)) && !T.isCue(w)) w++;
  return T.isCue(w) ? w : -1;
}

/** A quote that ended its sentence (“…peace.” The aide suggested…) is not attributed by the next sentence. */
function endsSentence(T: Tokens, close: number, k: number): boolean {
  const text = T.doc.text;
  let m = close - 1;
  while (m > 0 && /["”’'»]/.test(text[m]!)) m--;
  return (text[m] === '.' && /^\p{Lu}/u.test(T.t(k))) || T.t(k) === '.';
}

/**
 * The speaker of a relayed quote: "…,” the agency said, quoting Mr. Kim" and "…,” the agency quoted Mr. Kim as saying"
 * are Mr. Kim's words, not the agency's. The cue unchanged when it relays no one.
 */
function relayed(T: Tokens, cue: Cue, limit: number): Cue {
  const after = Math.max(cue.cueEnd, cue.speaker?.[1] ?? 0);
  if (T.t(after) === ',' && SPEECH.relayCues.has(T.t(after + 1).toLowerCase())) {
    const sp = subjectAfter(T, after + 2, limit);
    if (sp) return { ...cue, speaker: sp };
  }
  if (!cue.speaker || cue.speaker[1] > cue.cue || !SPEECH.relayCues.has(T.t(cue.cue).toLowerCase())) return cue;
  const sp = subjectAfter(T, cue.cueEnd, limit);
  return sp && T.t(sp[1]) === 'as' ? { ...cue, speaker: sp } : cue;
}

/**
 * A sentence that is only a subject and its cue, with at most a time or place after it ("Obama wrote in a letter
 * delivered Tuesday."): it says nothing of its own, so it attributes the quote that ended the sentence before it.
 * "The aide suggested that …" and "He said he would go" say something, and do not.
 */
function bareCueSentence(T: Tokens, k: number, limit: number): boolean {
  const sp = subjectAfter(T, k, limit);
  const w = sp ? verbAfterSubject(T, sp, limit) : -1;
  if (w < 0 || !(T.isStop(w + 1) || T.pos(w + 1) === 'ADP')) return false;
  for (let j = w + 1; j < limit && j < w + 12; j++) {
    if (T.isStop(j)) return true;
    if (T.t(j) === 'that' || T.t(j) === ':' || T.isQuoteMark(j) || T.pos(j) === 'AUX' || SUBJECT_PRONOUNS.test(T.t(j))) return false;
  }
  return false;
}

/**
 * `“…,” he said` / `“…,” said X` / `“…,” according to X`: the cue right after a closing mark.
 * @param close offset just past the closing mark
 * @param paraEnd end of the quote's paragraph (the cue must sit in it)
 */
export function cueAfter(T: Tokens, close: number, paraEnd: number): Cue | null {
  let k = T.after(close);
  const limit = T.after(paraEnd);
  if (endsSentence(T, close, k) && !bareCueSentence(T, k, limit)) return null;
  while (k < limit && /^[,;—–-]$/.test(T.t(k))) k++;
  if (k >= limit) return null;
  const phrase = T.sourcePhrase(k);
  if (phrase) return { cue: k, cueEnd: k + phrase, speaker: subjectAfter(T, k + phrase, limit) };
  // Inverted: said X
  let v = k;
  while (v < limit && CUE_LEAD_ADVERBS.test(T.t(v))) v++;
  if (T.isCue(v) && T.pos(v) !== 'NOUN') return relayed(T, { cue: v, cueEnd: v + 1, speaker: subjectAfter(T, v + 1, limit) }, limit);
  // Subject first: X said
  const sp = subjectAfter(T, k, limit);
  if (!sp) return null;
  const w = verbAfterSubject(T, sp, limit);
  return w >= 0 ? relayed(T, { cue: w, cueEnd: w + 1, speaker: sp }, limit) : null;
}

/** "according to X, “…”": a source phrase right before the quote's punctuation at token `k`. */
function sourcePhraseBefore(T: Tokens, k: number, sentFloor: number, punct: boolean): CueBefore | null {
  for (let j = k; j >= sentFloor && j > k - 10; j--) {
    const phrase = T.sourcePhrase(j);
    if (phrase) {
      const sp = subjectAfter(T, j + phrase, k + 1);
      if (sp && sp[1] === k + 1 && punct) return { cue: j, cueEnd: j + phrase, speaker: sp, adjacent: true };
    }
    if (T.isQuoteMark(j) || T.t(j) === '.') break;
  }
  return null;
}

/** The speaker of cue verb `v` in a sentence starting at `sentFloor`: its subject, or the subject of the clause it hangs on. */
function speakerOfVerb(T: Tokens, v: number, sentFloor: number): TokenRange | null {
  const participle = /ing$/.test(T.t(v)) && (T.t(v - 1) === ',' || T.t(v - 1) === '—');
  const relative = relativeAntecedent(T, v, sentFloor);
  if (relative) return relative;
  // "The agency quoted Mr. Kim as saying: “…”": the one quoted speaks.
  const quoted = T.t(v - 1) === 'as' ? subjectBefore(T, v - 1, sentFloor) : null;
  if (quoted && SPEECH.relayCues.has(T.t(quoted[0] - 1).toLowerCase())) return quoted;
  let sp = participle ? clauseSubject(T, sentFloor, v - 1) : subjectBefore(T, v, sentFloor);
  if (sp) sp = unlessObject(T, sp, sentFloor, participle);
  return sp ?? clauseSubject(T, sentFloor, v);
}

/**
 * A cue the tagger took for a plural noun right after its subject ("NBC further notes, “…”", "The group notes: “…”"):
 * a name, pronoun or noun before it, past adverbs, makes it the verb.
 */
function verbTaggedNoun(T: Tokens, j: number): boolean {
  if (T.pos(j) !== 'NOUN' || !/s$/.test(T.t(j))) return false;
  let k = j - 1;
  while (k >= 0 && BETWEEN_SPEAKER_AND_VERB.test(T.t(k))) k--;
  return T.npPos(k) === 'PROPN' || T.npPos(k) === 'NOUN' || SUBJECT_PRONOUNS.test(T.t(k));
}

/**
 * The cue before an opening mark. `adjacent` when only the cue's object stands between ("X told Y, '…'", "X said: “…”");
 * otherwise the quote sits inside reported speech whose cue came earlier in the sentence.
 * @param open offset of the opening mark
 * @param sentFloor first token of the quote's sentence (or paragraph, whichever starts later)
 */
export function cueBefore(T: Tokens, open: number, sentFloor: number): CueBefore | null {
  let k = T.before(open);
  if (k < sentFloor) return null;
  const punct = /^[,:—–]$/.test(T.t(k));
  if (punct) k--;
  const source = sourcePhraseBefore(T, k, sentFloor, punct);
  if (source) return source;
  let adjacent = true;
  let objectWords = 0;
  for (let j = k; j >= sentFloor; j--) {
    if (T.isQuoteMark(j)) return null;
    // Only right before the quote's punctuation: elsewhere "notes" and "claims" are nouns as a rule.
    if (T.isCue(j) && (T.pos(j) !== 'NOUN' || (j === k && punct && verbTaggedNoun(T, j)))) {
      const sp = speakerOfVerb(T, j, sentFloor);
      if (!sp) {
        if (adjacent) return { cue: j, cueEnd: j + 1, speaker: null, adjacent };
        continue;
      }
      if ((!punct && objectWords > 0 && T.t(k) !== 'that') || objectWords > 8) adjacent = false;
      return { cue: j, cueEnd: j + 1, speaker: sp, adjacent };
    }
    if (T.pos(j) === 'VERB' || T.t(j) === 'that' || T.t(j) === ';') adjacent = false;
    objectWords++;
  }
  return null;
}

/**
 * A quote inside the "that" clause of a noun of saying ("his claim that Afghanistan is a “war of choice”", "warnings
 * from the administration that the bill was “misguided,” lawmakers said"): the noun's owner said it. The noun is the cue.
 * @param open offset of the quote's opening mark
 * @param sentFloor first token of the quote's sentence
 */
export function contentClauseCue(T: Tokens, open: number, sentFloor: number): Cue | null {
  for (let j = T.before(open); j > sentFloor; j--) {
    if (T.isQuoteMark(j) || (T.isCue(j) && T.pos(j) !== 'NOUN')) return null;
    if (T.t(j) !== 'that') continue;
    const found = contentClauseOwner(T, j, sentFloor);
    return found && { cue: found.noun, cueEnd: found.noun + 1, speaker: found.owner };
  }
  return null;
}
