// Golden cases for quotes and speakers (test/golden/quotes/<case>/input.txt + expected.json), and quote-mark unit checks.
import { describe, expect, it } from 'vitest';
import { buildDoc, paragraphSpans } from '../src/nlp/doc.js';
import { extractAttributions } from '../src/extract/attributions.js';
import { findQuotations as findQuoteMarks } from '../src/nlp/index.js';
import { caseArticles, caseExpected, cases } from './extract-golden-helpers.js';

interface Expected {
  quotes: Array<{ text: string; speakerName?: string | null; cue?: string; direct?: boolean }>;
  mustNotContain?: string[];
}

describe('golden quotes', () => {
  for (const name of cases('quotes').filter((c) => !c.startsWith('fidelity-'))) {
    it(name, () => {
      const [article] = caseArticles('quotes', name);
      const expected = caseExpected<Expected>('quotes', name);
      const res = extractAttributions(article!, buildDoc(article!.text, article!.paragraphs));
      for (const want of expected.quotes) {
        const got = res.quotes.find((q) => q.text === want.text);
        // Point at the first difference: which expected quote is missing, and what was found instead.
        expect(got, `no quote with text ${JSON.stringify(want.text)}; found ${JSON.stringify(res.quotes.map((q) => q.text))}`).toBeDefined();
        if (!got) continue;
        if (want.speakerName !== undefined) expect(got.speakerName, `speaker of ${JSON.stringify(want.text)}`).toBe(want.speakerName);
        if (want.cue !== undefined) expect(got.cue, `cue of ${JSON.stringify(want.text)}`).toBe(want.cue);
        if (want.direct !== undefined) expect(got.direct, `direct flag of ${JSON.stringify(want.text)}`).toBe(want.direct);
        // Evidence: offsets point at the words (a quote over paragraphs drops the marks that reopen it).
        expect(article!.text.slice(got.start, got.end).replace(/\n\n[“"]/g, '\n\n')).toBe(got.text);
        if (got.speakerSpan) expect(got.speakerSpan.end).toBeGreaterThan(got.speakerSpan.start);
      }
      for (const bad of expected.mustNotContain ?? []) {
        expect(res.quotes.some((q) => q.direct && q.text.includes(bad)), `a quote contains ${JSON.stringify(bad)}`).toBe(false);
      }
    });
  }
});

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
