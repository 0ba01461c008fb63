// The NLP engines forget what earlier texts taught them: a text's tokens, lemmas and tags do not depend on history.
import { describe, expect, it } from 'vitest';
import model from 'wink-eng-lite-web-model';
import { StatelessWink } from '../src/nlp/wink.js';
import { buildDoc, tokenText } from '../src/nlp/doc.js';
import { profile } from '../src/align/index.js';

describe('StatelessWink', () => {
  it('splits a possessive the same way after a text that taught plain wink-nlp to keep it whole', () => {
    const w = new StatelessWink();
    const read = (t: string): unknown => {
      const d = w.readDoc(t);
      return [d.tokens().out(w.its.value), d.tokens().out(w.its.pos)];
    };
    const before = read("Microsoft's stock rose.");
    // Plain wink-nlp learns "Microsoft's" as one word here and keeps it whole in every later text.
    read("The rules apply to rivals as much as to Microsoft's.");
    expect(read("Microsoft's stock rose.")).toEqual(before);
  });
  it('keeps documents already read usable after later ones', () => {
    const w = new StatelessWink();
    const first = w.readDoc('Zorblax shares of Qwertyco rose.');
    w.readDoc('Qwertyco and Zorblax, again and again.');
    expect(first.tokens().out(w.its.value)).toEqual(['Zorblax', 'shares', 'of', 'Qwertyco', 'rose', '.']);
  });
  it('builds engines without growing the model: its leaking loader (metaCER) runs once per process (issue #11)', () => {
    // Each direct call re-stringifies the model's module-level machine once; engines built between two calls must not.
    const metaLength = (): number => ((model as unknown as { metaCER: () => { machines: string } }).metaCER().machines).length;
    new StatelessWink().readDoc('One engine.');
    const before = metaLength();
    for (let i = 0; i < 8; i++) new StatelessWink().readDoc(`Engine ${i}.`);
    // One re-stringify (the call below) at most doubles it; eight more would multiply it by ~256.
    expect(metaLength()).toBeLessThan(before * 2 + 16);
  });
});

describe('history-free documents and profiles', () => {
  it('buildDoc and the matcher profile give the same tokens before and after other texts', () => {
    const text = "Microsoft's stock rose 50 cents.";
    const tokens = (): string[] => {
      const d = buildDoc(text);
      return Array.from({ length: d.tokStart.length }, (_, i) => tokenText(d, i));
    };
    const doc0 = tokens();
    const prof0 = profile(text).words;
    buildDoc("The rules apply to rivals as much as to Microsoft's.");
    profile("The rules apply to rivals as much as to Microsoft's.");
    expect(tokens()).toEqual(doc0);
    expect(profile(text).words).toEqual(prof0);
    expect(prof0).toContain("'s");
  });
});

describe('an engine that fails on a text', () => {
  it('is replaced, so the texts after it read as on a fresh engine (issue #11)', () => {
    const w = new StatelessWink();
    const read = (t: string): unknown => w.readDoc(t).tokens().out(w.its.lemma as unknown as typeof w.its.value);
    const text = 'Blorvian envoys met Quenthar officials on Tuesday.';
    const fresh = read(text);
    // Fail inside wink while it learns a new word: its lexeme list grows, its private feature table does not.
    const normalize = String.prototype.normalize;
    String.prototype.normalize = function (): string {
      throw new RangeError('Maximum call stack size exceeded');
    };
    try {
      expect(() => w.readDoc('Zyxquor arrived.')).toThrow(RangeError);
    } finally {
      String.prototype.normalize = normalize;
    }
    expect(read(text)).toEqual(fresh);
    expect(read('Vantrel and Oskbury signed it.')).toEqual(new StatelessWink().readDoc('Vantrel and Oskbury signed it.').tokens().out(w.its.lemma as unknown as typeof w.its.value));
  });
});
