// A claim's implicit subject (extract/claim-subjects.ts): a pronoun subject read as the person it stands for, a
// coordinated predicate read with the subject it shares, and alignment pairing claims on it. Team-written sentences.
import { describe, expect, it } from 'vitest';
import type { Article } from '../src/core/types.js';
import { articleFromText } from '../src/core/article.js';
import { buildDoc } from '../src/nlp/index.js';
import { extractClaims } from '../src/extract/index.js';
import { profile, shippedMatcher } from '../src/align/index.js';
import { ownersDiffer } from '../src/align/claims/when.js';
import { biasTarget, sameBiasFrame } from '../src/align/claims/bias.js';
import { claimContext } from '../src/align/claims/context.js';

const article = (id: string, text: string): Article => articleFromText(id, text, { outlet: `${id.toUpperCase()} Daily`, published: '2026-03-04' });
const claimsOf = (a: Article) => extractClaims(a, buildDoc(a.text, a.paragraphs));
const subjectOf = (text: string, claimStart: RegExp) => {
  const a = article('a', text);
  const c = claimsOf(a).find((x) => claimStart.test(x.text));
  expect(c, `no claim matching ${claimStart}`).toBeDefined();
  return c!.subject;
};

describe('claim subjects', () => {
  it('reads a sentence-initial "He" as the man named before', () => {
    const s = subjectOf('Mayor Tomas Berglund spoke to reporters at the harbour on Monday.\n\nHe defended the ferry contract as a fair price.', /^He defended/);
    expect(s?.name).toBe('Berglund');
  });

  it('reads a subject pronoun after fronted adverbials as the person it stands for', () => {
    const text = 'Mayor Tomas Berglund spoke to reporters at the harbour on Monday.\n\nBut on Tuesday, in a sharp rebuke of the council, he cancelled the ferry contract.';
    const s = subjectOf(text, /^But on Tuesday/);
    expect(s?.name).toBe('Berglund');
    expect(text.slice(s!.start, s!.end)).toBe('he');
    // A name before the pronoun is a subject of its own ("Berglund, he said, …"): nothing to resolve.
    expect(subjectOf('Mayor Tomas Berglund spoke on Monday.\n\nOn Tuesday, Ana Ruiz and he cancelled the contract.', /^On Tuesday/)).toBeUndefined();
  });

  it('reads "She" as the woman, not the man named after her', () => {
    const s = subjectOf('Councillor Anna Ruiz met the harbour master, Peter Lund, on Monday.\n\nShe criticised the ferry contract in a statement.', /^She criticised/);
    expect(s?.name).toBe('Ruiz');
  });

  it('gives a coordinated predicate the subject of its sentence', () => {
    const text = 'Mayor Tomas Berglund spoke to reporters at the harbour on Monday and defended the ferry contract as a fair price for the town.';
    const a = article('a', text);
    const claims = claimsOf(a);
    const second = claims.find((c) => /^defended/.test(c.text));
    if (!second) return expect(claims.length, 'the sentence was not split; nothing to resolve').toBe(1);
    expect(second.subject).toMatchObject({ start: second.start, end: second.start, name: 'Berglund' });
  });

  it('leaves a "he" inside a quotation and claims that name their subject alone', () => {
    const text = 'Peter Lund said on Monday: "He signed the contract without reading it."\n\nLund resigned on Tuesday.';
    const claims = claimsOf(article('a', text));
    expect(claims.every((c) => c.subject === undefined)).toBe(true);
  });

  it('alignment reads the claim with its subject in place, the claim text as written', () => {
    const a = article('a', 'Mayor Tomas Berglund faced questions about the ferry contract on Monday.\n\nHe defended the contract as the standard price for a harbour town.');
    const claims = claimsOf(a);
    const ctx = claimContext([a], [claims], shippedMatcher(), [buildDoc(a.text, a.paragraphs)]);
    const k = claims.findIndex((c) => /^He defended/.test(c.text));
    expect(ctx.profiles[k]!.stems.slice(0, 2)).toEqual(['berglund', 'defend']);
    expect(ctx.profiles[k]!.verbs.has('defend')).toBe(true);
    expect(claims[k]!.text).toMatch(/^He defended/);
  });
});

describe('owners of a shared word', () => {
  it('tells different owners apart and reads a country’s names as one owner', () => {
    const p = (s: string) => profile(s);
    expect(ownersDiffer(p("The plan was revised to align with Ukraine's interests"), p('It was criticised for aligning with Russian interests'))).toBe(true);
    expect(ownersDiffer(p("Officials say Moscow's demands have not changed"), p('The Russian demands have not changed, officials say'))).toBe(false);
    expect(ownersDiffer(p("Analysts doubt the U.S.' commitments in the region"), p('Analysts doubt American commitments in the region'))).toBe(false);
  });
});

describe('relative clauses', () => {
  it('reads a trailing "which" clause as about the common noun before it', () => {
    const s = subjectOf('The council published a draft ferry budget, which drew criticism from residents on Tuesday.', /^which drew/);
    expect(s?.name).toBe('draft ferry budget');
    const past = subjectOf('The budget was presented by Mayor Ana Ruiz, which largely reflected the operator’s demands.', /^which largely/);
    expect(past?.name).toBe('budget');
  });

  it('keeps the possessor name and compound nouns of the antecedent', () => {
    const s = subjectOf("The Courier first reported Ms. Ruiz's harbour visit, which took place over the holiday.", /^which took/);
    expect(s?.name).toBe('Ms. Ruiz harbour visit');
  });
});

describe('bias frames', () => {
  const p = (s: string) => profile(s);
  it('reads five wordings of "seen as favouring one country" as one frame, toward that country', () => {
    const ws = [
      'which largely reflected Russian positions on ending the war',
      'which drew criticism for aligning too closely with Russian interests',
      'which many critics viewed as heavily tilted toward Moscow’s interests',
      'The plan was widely criticised for being too Russian-focused',
    ].map(p);
    expect(ws.map(biasTarget).every((t) => t >= 0 && t === biasTarget(ws[0]!))).toBe(true);
    expect(sameBiasFrame(ws[1]!, ws[2]!)).toBe(true);
    expect(sameBiasFrame(ws[1]!, ws[3]!)).toBe(true);
  });

  it('keeps frames toward different countries, and plain mentions of a country, apart', () => {
    expect(sameBiasFrame(p('The plan drew criticism for aligning with Russian interests'), p('The plan drew criticism for aligning with Ukrainian interests'))).toBe(false);
    expect(biasTarget(p('Russian troops crossed the border on Monday'))).toBe(-1);
  });
});
