// The word lists of quote finding, as sets and whole-token patterns: each list is data (extract/data/*.json), each pattern built from it.
import speechVerbs from '../data/speech-verbs.json' with { type: 'json' };
import speakerPhrases from '../data/speaker-phrases.json' with { type: 'json' };
import reportedSpeech from '../data/reported-speech.json' with { type: 'json' };
import { alternation } from '../../core/util/regex.js';
import { checkedList, checkedLowerSet } from '../../core/util/lists.js';
import { WEEKDAY_NAMES } from '../../nlp/index.js';

const speech = (key: 'verbs' | 'clauseVerbs' | 'objects' | 'blockIntros' | 'sourcePhrases' | 'relayCues'): readonly string[] =>
  checkedList(`extract/data/speech-verbs.json#${key}`, speechVerbs[key]);
const speechSet = (key: 'verbs' | 'clauseVerbs' | 'objects'): ReadonlySet<string> => checkedLowerSet(`extract/data/speech-verbs.json#${key}`, speechVerbs[key]);

/** The speech lists, lower-cased. */
export const SPEECH = {
  verbs: speechSet('verbs'),
  /** Source-first cue phrases as lower-case word lists ("according to" -> ['according', 'to']). */
  sourcePhrases: speech('sourcePhrases').map((p) => p.toLowerCase().split(/\s+/)),
  clauseVerbs: speechSet('clauseVerbs'),
  objects: speechSet('objects'),
  blockIntros: speech('blockIntros').map((x) => x.toLowerCase()),
  /** Relaying verbs ("quoting X", "quoted X as saying"), lower-cased. */
  relayCues: new Set(speech('relayCues').map((x) => x.toLowerCase())),
};

/** A case-insensitive pattern matching one whole token of a checked list. */
const tokenOf = (where: string, list: readonly string[]): RegExp => new RegExp(`^(?:${alternation(checkedList(where, list))})$`, 'i');

/** Adverbs and auxiliaries between a speaker and the cue ("X has repeatedly said"). */
export const BETWEEN_SPEAKER_AND_VERB = tokenOf('extract/data/speaker-phrases.json#betweenSpeakerAndVerb', speakerPhrases.betweenSpeakerAndVerb);
/** Auxiliaries before "quoted as" ("X was quoted as saying"). */
export const QUOTED_AS_AUXILIARIES = tokenOf('extract/data/speaker-phrases.json#quotedAsAuxiliaries', speakerPhrases.quotedAsAuxiliaries);
/** Adverbs before an inverted cue after a quote ("…,” later said X"). */
export const CUE_LEAD_ADVERBS = tokenOf('extract/data/speaker-phrases.json#cueLeadAdverbs', speakerPhrases.cueLeadAdverbs);
export const SUBJECT_PRONOUNS = tokenOf('extract/data/speaker-phrases.json#subjectPronouns', speakerPhrases.subjectPronouns);
export const POSSESSIVE_PRONOUNS = tokenOf('extract/data/speaker-phrases.json#possessivePronouns', speakerPhrases.possessivePronouns);
/** The hearer right after a cue ("told them that …"). */
export const OBJECT_PRONOUNS = tokenOf('extract/data/reported-speech.json#objectPronouns', reportedSpeech.objectPronouns);
/** First words of a time or place adjunct between a cue and "that" ("said on Wednesday that …"). */
export const ADJUNCT_STARTS = tokenOf('extract/data/reported-speech.json#adjunctStarts', reportedSpeech.adjunctStarts);

/** Participle-only forms: right after a noun they modify it ("an interview shown Thursday"), so they are no cue there. */
export const PARTICIPLE_ONLY = checkedLowerSet('extract/data/speaker-phrases.json#participleOnly', speakerPhrases.participleOnly);
/** Things said or written, not sayers ("apology", "interview"): a phrase ending in one names its author by a possessive. */
export const ARTIFACTS = checkedLowerSet('extract/data/speaker-phrases.json#artifacts', speakerPhrases.artifacts);
/** Prepositions naming the author after a thing said ("a statement from the committee"). */
export const AUTHOR_PREPOSITIONS = checkedLowerSet('extract/data/speaker-phrases.json#authorPrepositions', speakerPhrases.authorPrepositions);
/** Relative pronouns that stand for the speaker right before a cue ("…, which read"). */
export const RELATIVE_PRONOUNS = checkedLowerSet('extract/data/speaker-phrases.json#relativePronouns', speakerPhrases.relativePronouns);
/** Words opening a clause though tagged as prepositions ("after Trump told …"): the phrase after one is a subject. */
export const CLAUSE_OPENERS = checkedLowerSet('extract/data/speaker-phrases.json#clauseOpeners', speakerPhrases.clauseOpeners);
/** Nouns of saying whose "that" clause is what was said ("his claim that …"): a quote in it is the owner's. */
export const CONTENT_NOUNS = checkedLowerSet('extract/data/speaker-phrases.json#contentNouns', speakerPhrases.contentNouns);
/** Words of a time adjunct that may end a speaker phrase ("state media Friday evening"): the weekdays and the time words. */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  ...WEEKDAY_NAMES,
  ...checkedLowerSet('extract/data/speaker-phrases.json#timeWords', speakerPhrases.timeWords),
]);
