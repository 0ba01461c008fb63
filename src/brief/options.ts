// The brief's defaults, in one place (docs/dossier.md describes them from here).

export interface BriefOptions {
  /** Most consensus sentences in the brief. */
  maxConsensus: number;
  /** Most sentences for facts several (not all) outlets report. */
  maxPartial: number;
  /** Most single-source details, each marked as such. */
  maxUnique: number;
  /** A wording more subjective than this (0..1) is never quoted in the brief. */
  maxSubjectivity: number;
  /** Wordings shorter than this many words are too thin to stand alone. */
  minWords: number;
  /** Added to a wording's rank when it comes from an article read as opinion, so reports' wordings win. */
  opinionPenalty: number;
  /**
   * Added to a wording's rank when it holds one of the outlet's own loaded words (the slant stage's list: "slammed",
   * "bombshell"), so another outlet's neutral wording of the fact wins; a fact only told in loaded words stays.
   */
  loadedPenalty: number;
  /**
   * Added to a wording's rank when it is a clause widened to its whole sentence: the sentence carries other facts, often
   * first ("According to an analysis…, the economy lost $6 billion — more than the $5.7 billion Mr. Trump had
   * requested"), so an outlet's wording of the fact alone wins.
   */
  widenedPenalty: number;
  /** Added to a wording's rank when it opens with a pronoun or connective ("He said…"), so self-contained wordings win. */
  danglingPenalty: number;
  /** A candidate the claim matcher scores at least this close to a sentence already chosen restates it, and is left out. */
  maxRestatement: number;
  /** Word-set Jaccard above which a candidate repeats a sentence already in the brief. */
  maxOverlap: number;
  /**
   * Another outlet's span of the claim is cited beside the chosen wording only when the claim matcher scores it at least
   * this close to that wording: a claim group joins spans through each other, and a chip must point at a span that itself
   * states the sentence.
   */
  minCitationScore: number;
  /**
   * A fact some outlet tells within this share of its text (its lede) leads the facts several outlets report, ahead of
   * better-supported details told later: what the outlets lead with is what the story is about.
   */
  ledePosition: number;
  /**
   * Subtracted from a wording's rank when it is its article's first sentence (the outlet's lede, whose words say what the
   * story is about), so a fact is told as an outlet led with it rather than as an aside of a later sentence.
   */
  ledeWordingBonus: number;
  /** Conflicts less trusted than this (their `confidence`, 0..1) stay in the dossier's list but out of the brief. */
  minConflictConfidence: number;
}

export const BRIEF_DEFAULTS: Readonly<BriefOptions> = {
  maxConsensus: 8,
  maxPartial: 6,
  maxUnique: 5,
  maxSubjectivity: 0.6,
  minWords: 6,
  maxOverlap: 0.5,
  maxRestatement: 0.6,
  minCitationScore: 0.5,
  ledePosition: 0.05,
  ledeWordingBonus: 0.2,
  danglingPenalty: 0.3,
  widenedPenalty: 0.3,
  loadedPenalty: 0.4,
  opinionPenalty: 0.5,
  minConflictConfidence: 0.7,
};
