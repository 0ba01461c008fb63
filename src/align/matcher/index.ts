// The claim matcher: do two sentences state the same thing? Profiles, pair features and a model fitted on MSRP.
export { profile, profileSpan, strongStems, nameBefore, isStrong, DEFAULT_BUCKETS, type Mask, type Profile } from './profile.js';
export { NEG, PLACELESS_TIME_WORDS, REPORTING, STOP, TIME_MODIFIERS, TIME_WORDS } from './words.js';
export { FEATURE_NAMES, BASE_FEATURES, pairFeatures } from './features.js';
export { SUBS_BUCKETS, kldFeatures, rawScore, scoreKeys, substitutionKeys, substitutionScore, type FeatureTables, type Matcher, type MatcherModel } from './model.js';
export { MATCHER_FILES, MATCHER_FIT_COMMAND, decodeSubs, loadMatcher, matcherFiles, readMatcherFiles, shippedMatcher } from './model-file.js';
export { clauseCoverage, coverage, generalIdf, matchClaims, matchEitherWay, matchProfiles } from './match.js';
export { sketch } from './sketch.js';
export { bucket } from '../../core/util/hash.js';
export { decodeTable } from '../../core/util/model-codec.js';
