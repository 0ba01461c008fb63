// Quote-mark unit checks; the golden quote and speaker cases are in test/cases/extract/ (test/cases.test.ts).
import { describe, expect, it } from 'vitest';
import { paragraphSpans } from '../src/nlp/doc.js';
import { findQuotations as findQuoteMarks } from '../src/nlp/index.js';

describe('findQuoteMarks', () => {
  const marks = (t: string): string[] => findQuoteMarks(t, paragraphSpans(t)).map((m) => t.slice(m.start, m.end));
  it('keeps apostrophes out of single-quoted spans', () => {
    expect(marks("It's Trump's call: 'standard thing', he said.")).toEqual(['standard thing']);
  });
  it('folds nested quotes into the outer quote', () => {
    expect(marks('“He said ‘no’ twice,” she said.')).toEqual(['He said ‘no’ twice,']);
  });
  it('reads guillemets and doubled apostrophes', () => {
    expect(marks("«Nous partons» and ''this one'' ok")).toEqual(['Nous partons', 'this one']);
  });
  it('cuts an unclosed quote at the paragraph end', () => {
    expect(marks('He said: “we go now\n\nNext paragraph.')).toEqual(['we go now']);
  });
});
