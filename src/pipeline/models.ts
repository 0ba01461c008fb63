// The models the stages score with, from one place: what the caller passes in AnalyzeOptions.models, else the shipped ones.
import { shippedMatcher, type Matcher } from '../align/index.js';
import { shippedSubjectivity, type SubjectivityModel } from '../slant/index.js';

/** The fitted models the pipeline hands to its stages; swapping one changes no stage code. */
export interface Models {
  /** The claim matcher (align, conflicts, and the restatement scorer align hands the brief). */
  matcher: Matcher;
  /** The sentence subjectivity model (slant; the brief and the timeline read slant's sentences). */
  subjectivity: SubjectivityModel;
}

/**
 * The models for one run: the given ones, the shipped ones (read and checked once, on first use) for the rest.
 * @example resolveModels({ matcher: loadMatcher(myModel) }).subjectivity // the shipped subjectivity model
 */
export function resolveModels(given: Partial<Models> = {}): Models {
  return { matcher: given.matcher ?? shippedMatcher(), subjectivity: given.subjectivity ?? shippedSubjectivity() };
}
