// A wink-nlp engine whose output for a text does not depend on the texts it read before.
import winkNLP from 'wink-nlp';
import { MAX_MEMO_WORDS } from './limits.js';
import { pipeModel, porterStemmer, type WinkModel } from './wink-model.js';
import { boundedMemo } from '../core/util/bounded-memo.js';

type Engine = ReturnType<typeof winkNLP>;

/**
 * The model's Porter stemmer, as `its.stem` applies it to a token's text: stems need no reading of the text around.
 * @example porterStem('talks') === 'talk'
 */
export function porterStem(word: string): string {
  return stemOf(word);
}

/** Every profile stems each of its tokens: the memo spares the stemmer the same words again, and is bounded. */
const stemOf = boundedMemo(MAX_MEMO_WORDS, (word: string): string => (stemmer ??= porterStemmer())(word));
/** The model's stemmer, loaded on first use (without the rest of the model). */
let stemmer: ((word: string) => string) | null = null;

/** The part of wink's core model the reset touches: the lexeme feature's text -> index table and its value list. */
interface LexemeTable {
  hash: Record<string, number>;
  list: string[];
}

/**
 * Learned words the engine may hold before it is replaced by a fresh one. Each text re-learns its own unknown words, so
 * the list grows with the text read; and wink-nlp itself (2.x) starts returning other words' lemmas for unknown words
 * once some 40,000 have been learned (seen with a plain engine fed NeuS articles plus random tokens), so the engine is
 * replaced well before that. A fresh engine costs ~60 ms.
 */
const MAX_LEARNED = 20_000;

/** The model, read when the first engine is built (pipeModel: only what the pipe runs). */
let model: WinkModel | null = null;

/**
 * The annotations the document model reads: sentence boundaries, and part of speech with lemmas (tokens and their types
 * come with any pipe). wink's default pipe also runs named entities, negation, sentiment and custom entities, none of
 * which anything here reads: their automata were a third of `readDoc`, and the tokens, tags, lemmas and sentences they
 * leave are the same without them (compared on every paragraph of the shared events and 300 NeuS stories).
 */
const PIPE = ['sbd', 'pos'];

/** A fresh engine over the model, with a handle on the lexeme table of its own core model. */
function buildEngine(): { engine: Engine; lexemes: LexemeTable } {
  const shared = (model ??= pipeModel());
  let core: { features: { lexeme: LexemeTable } } | null = null;
  // wink reads its core model through `core()` once, at load: keep a handle on the lexeme table it builds.
  const tapped = {
    ...shared,
    core: () => {
      core = shared.core() as { features: { lexeme: LexemeTable } };
      return core;
    },
  } as unknown as Parameters<typeof winkNLP>[0];
  const engine = winkNLP(tapped, PIPE);
  const table = (core as { features: { lexeme: LexemeTable } } | null)?.features.lexeme;
  if (!table || typeof table.hash !== 'object' || !Array.isArray(table.list)) {
    throw new Error(
      'wink-nlp: unexpected core model layout (lexeme table not found); check the pinned wink-nlp version',
    );
  }
  return { engine, lexemes: table };
}

/**
 * wink-nlp adds every out-of-vocabulary token it meets to a per-engine lexicon, and its tokeniser consults that lexicon:
 * after reading "…as easily as Microsoft's." it keeps "Microsoft's" whole in every later text instead of splitting off
 * "'s". So the tokens of a text would depend on what the process read before it (11 of 4,076 MSRP pairs changed).
 * This engine forgets, before each text, the words the previous texts taught it: they are removed from the lexicon's
 * text -> index table (the index -> value list stays, so documents already read keep working) and are learned again
 * when met, exactly as a fresh engine would. Replacing the engine per text would cost ~60 ms each.
 */
export class StatelessWink {
  private engine: Engine | null = null;
  private lexemes: LexemeTable | null = null;
  private learnedFrom = 0;
  /** Entries of the list before this index are already forgotten (or are the model's own). */
  private forgottenUpTo = 0;

  /** wink's `its` helpers of the current engine. */
  get its(): Engine['its'] {
    return this.current().its;
  }

  /**
   * Read a text with no memory of earlier ones. When wink throws (a stack overflow, a regex on a huge token), the engine
   * is dropped: wink may have learned a word half-way (its lexeme list and its private feature table out of step), which
   * broke every later text ("Cannot read properties of undefined (reading 'replace')"). The next text gets a fresh one.
   */
  readDoc(text: string): ReturnType<Engine['readDoc']> {
    const engine = this.current();
    this.forget();
    try {
      return engine.readDoc(text);
    } catch (error) {
      this.engine = null;
      this.lexemes = null;
      throw error;
    }
  }

  private current(): Engine {
    if (!this.engine || (this.lexemes && this.lexemes.list.length - this.learnedFrom > MAX_LEARNED)) {
      const built = buildEngine();
      this.engine = built.engine;
      this.lexemes = built.lexemes;
      this.learnedFrom = built.lexemes.list.length;
      this.forgottenUpTo = built.lexemes.list.length;
    }
    return this.engine;
  }

  /** Drop from the text -> index table the words learned since the last call (a word met again is learned anew, later). */
  private forget(): void {
    const t = this.lexemes;
    if (!t) return;
    for (let k = this.forgottenUpTo; k < t.list.length; k++) {
      const word = t.list[k]!;
      if (t.hash[word] === k) delete t.hash[word];
    }
    this.forgottenUpTo = t.list.length;
  }
}
