// The engine's model (src/nlp/wink-model.ts) reads the same core lexicon as the package's own loader, and an engine
// over it reads texts as one over the package's whole model does.
import { types } from 'node:util';
import winkNLP from 'wink-nlp';
import { describe, expect, it } from 'vitest';
import { packageModel, pipeModel } from '../src/nlp/wink-model.js';

const TEXTS = [
  'The Sella Dam gave way on Monday night, officials said. "We were not told," Ana Ruiz told Reuters.',
  "Shares in Corvane Energy fell 3.5% on Wednesday; the company's engineer didn't report what he'd seen in Feb. 2026.",
];

describe('pipeModel', () => {
  it('reads the core model as the package does', () => {
    type Core = { features: { lexeme: { list: string[]; hash: Record<string, number> } } };
    const ours = pipeModel().core() as Core;
    const theirs = packageModel().core() as Core;
    // The lexeme table is looked up in the sorted list (a Proxy), not built: compared word by word.
    expect(types.isProxy(ours.features.lexeme.hash)).toBe(true);
    const words = [...theirs.features.lexeme.list, 'Sella', 'corvane', 'constructor', '__proto__', 'toString', ''];
    expect(words.map((w) => ours.features.lexeme.hash[w])).toEqual(words.map((w) => theirs.features.lexeme.hash[w]));
    const { hash: _ours, ...oursRest } = ours.features.lexeme;
    const { hash: _theirs, ...theirsRest } = theirs.features.lexeme;
    expect({ ...ours, features: { ...ours.features, lexeme: oursRest } }).toEqual({ ...theirs, features: { ...theirs.features, lexeme: theirsRest } });
  });

  it('gives the tokens, tags, lemmas and sentences of the package model', () => {
    const ours = winkNLP(pipeModel() as unknown as Parameters<typeof winkNLP>[0], ['sbd', 'pos']);
    const theirs = winkNLP(packageModel() as unknown as Parameters<typeof winkNLP>[0], ['sbd', 'pos']);
    for (const text of TEXTS) {
      const read = (engine: typeof ours): unknown => {
        const doc = engine.readDoc(text);
        const its = engine.its;
        const tokens = doc.tokens();
        return [
          tokens.out(its.value),
          tokens.out(its.pos),
          tokens.out(its.lemma as unknown as typeof its.value),
          tokens.out(its.type),
          doc.sentences().out(),
        ];
      };
      expect(read(ours)).toEqual(read(theirs));
    }
  });
});
