import { describe, expect, it } from 'vitest';
import { buildDoc, isFalseBoundary, sentenceCount, sentenceText } from '../src/nlp/index.js';

const split = (text: string): string[] => {
  const doc = buildDoc(text);
  return Array.from({ length: sentenceCount(doc) }, (_, s) => sentenceText(doc, s));
};

describe('sentences of news text', () => {
  it('keeps a party-state tag inside its sentence', () => {
    expect(split('Sen. Mary Holt, D-N.M., said the bill would pass. She voted yes.')).toEqual([
      'Sen. Mary Holt, D-N.M., said the bill would pass.',
      'She voted yes.',
    ]);
    expect(split('Rep. Alan Ford (R-Calif.) and 12 members of the panel objected.')).toHaveLength(1);
  });

  it('does not end a sentence at a title or an abbreviation that never ends one', () => {
    expect(split('The mayor spoke. Approx. 300 homes lost power. Lt. Gen. Tom Ruiz left.')).toEqual([
      'The mayor spoke.',
      'Approx. 300 homes lost power.',
      'Lt. Gen. Tom Ruiz left.',
    ]);
  });

  it('keeps a calibre or decimal glued to its full stop', () => {
    expect(split('Police found a .38 revolver in the car. Nobody was hurt.')).toEqual([
      'Police found a .38 revolver in the car.',
      'Nobody was hurt.',
    ]);
  });

  it('continues a quote that ends in its own full stop with the attribution after it', () => {
    expect(split('“The count is final.” said the clerk, Ana Diaz. Then the hall emptied.')).toEqual([
      '“The count is final.” said the clerk, Ana Diaz.',
      'Then the hall emptied.',
    ]);
  });

  it('never starts a sentence with a comma', () => {
    expect(split('Two senators did not vote: Sens. Ira Cole (D-Va.), who is on leave, and Ana Ruiz (I-Vt.). The rest did.')).toEqual([
      'Two senators did not vote: Sens. Ira Cole (D-Va.), who is on leave, and Ana Ruiz (I-Vt.).',
      'The rest did.',
    ]);
  });

  it('still ends sentences at real boundaries', () => {
    expect(split('He moved to the U.S. She stayed in Lyon.')).toHaveLength(2);
    expect(split('Sen. Ira Cole, D-Del. He added nothing.')).toHaveLength(2);
    expect(split('She said, “We will win.” The crowd cheered.')).toHaveLength(2);
    expect(split('The vote was 52-48. iPhone sales fell.')).toHaveLength(2);
  });

  it('judges a boundary from the text around it', () => {
    const text = 'Sen. Jack Holt, D-R.I., said no.';
    const cut = text.indexOf('I.,');
    expect(isFalseBoundary(text, cut, cut)).toBe(true);
    const real = 'It rained. Then it stopped.';
    expect(isFalseBoundary(real, 10, 11)).toBe(false);
  });

  it('ends a sentence on a lone letter before a word no surname can be, and keeps initials', () => {
    expect(split('The council chose plan A. She said it was the cheapest.')).toEqual(['The council chose plan A.', 'She said it was the cheapest.']);
    expect(split('They backed option B. It won easily.')).toHaveLength(2);
    expect(split('John F. Kennedy was elected in 1960.')).toHaveLength(1);
    expect(split('He quoted George W. Bush and left.')).toHaveLength(1);
  });
});
