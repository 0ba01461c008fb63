import { describe, expect, it } from 'vitest';
import { buildDoc } from '../src/nlp/doc.js';
import { measureSlant } from '../src/slant/index.js';
import { reportedRegion } from '../src/slant/reported.js';
import { words } from '../src/slant/text.js';
import { articleFromText } from '../src/core/article.js';

const region = (t: string): string | null => {
  const r = reportedRegion(t, words(t));
  return r && t.slice(r.start, r.end);
};

describe('reportedRegion', () => {
  it('finds what a reporting verb near the start or an attribution at the end reports', () => {
    expect(region('Critics say the dam was built in haste.')).toBe('the dam was built in haste.');
    expect(region('The engineer from Halloway said that the repair was reckless.')).toBe('the repair was reckless.');
    expect(region('The repair was reckless, the engineer said.')).toBe('The repair was reckless');
  });
  it('leaves the writer’s own voice alone', () => {
    expect(region('We believe the repair was reckless.')).toBeNull();
    expect(region('The repair was reckless and the council knew it.')).toBeNull();
  });
});

describe('article subjectivity reads the outlet’s own voice', () => {
  it('weighs a judgement it only reports ("Critics say …") little', () => {
    const neutral = 'The council closed the bridge on Monday after inspectors found cracks in two of its piers.';
    const judgement = 'the closure is a reckless, shameful and utterly disgraceful betrayal of every resident.';
    const slantOf = (text: string) => {
      const a = articleFromText('a', text);
      return measureSlant(a, buildDoc(a.text, a.paragraphs));
    };
    const reported = slantOf(`${neutral} Critics say ${judgement}`);
    const [n, r] = reported.sentences.map((s) => s.subjectivity) as [number, number];
    expect(r).toBeGreaterThan(n);
    // The reported sentence counts by its own words ("Critics say"), not by the critics' judgement.
    expect(reported.subjectivity - n).toBeLessThan((r - n) * 0.4);
  });
  it('adds the writer’s own loaded words and opinion markers to the sentence score, not those of the people it reports', () => {
    const neutral = 'The council closed the bridge on Monday after inspectors found cracks in two of its piers.';
    const slantOf = (text: string) => {
      const a = articleFromText('a', text);
      return measureSlant(a, buildDoc(a.text, a.paragraphs));
    };
    // With no quotation and no reported speech, the sentence score is the sentences' mean weighted by length.
    const sentenceMean = (sl: ReturnType<typeof slantOf>) => {
      const len = sl.sentences.reduce((n, x) => n + x.end - x.start, 0);
      return sl.sentences.reduce((n, x) => n + x.subjectivity * (x.end - x.start), 0) / len;
    };
    const own = slantOf(`${neutral} Of course, the council has once again shown us its disgraceful neglect.`);
    expect(own.loaded.map((w) => w.text)).toEqual(expect.arrayContaining(['Of course', 'disgraceful']));
    expect(own.subjectivity).toBeGreaterThan(sentenceMean(own) + 0.2);
    const reported = slantOf(`${neutral} Critics say the council has shown disgraceful neglect.`);
    expect(reported.loaded.map((w) => w.text)).toContain('disgraceful');
    expect(reported.subjectivity).toBeLessThan(sentenceMean(reported));
  });
});
