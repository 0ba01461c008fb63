// The timeline's anchor for articles without a publication date: which day year-less dates are read against, and what is left out.
import { describe, expect, it } from 'vitest';
import type { Article } from '../src/core/types.js';
import { buildDoc, paragraphSpans } from '../src/nlp/doc.js';
import { buildTimeline, storyAnchor } from '../src/brief/timeline.js';
import { measureSlant } from '../src/slant/index.js';

const article = (id: string, text: string, published: string | null): Article => ({
  id, source: `${id}.txt`, title: null, outlet: id.toUpperCase(), byline: null, published,
  text, paragraphs: paragraphSpans(text), removed: [], syndication: null,
});

/** The timeline of the articles with their slant read first, as the pipeline does. */
const timelineOf = (articles: Article[], anchor: Parameters<typeof buildTimeline>[4] = null) => {
  const docs = articles.map((a) => buildDoc(a.text, a.paragraphs));
  return buildTimeline(articles, docs, [], articles.map((a, i) => measureSlant(a, docs[i]!)), anchor);
};

describe('storyAnchor', () => {
  it('is the latest publication date when any article has one', () => {
    const got = storyAnchor([
      article('a', 'Talks resumed.', '2025-11-20'),
      article('b', 'Talks resumed.', '2025-11-22T08:00:00Z'),
      article('c', 'Talks resumed.', null),
    ]);
    expect(got).toEqual({ date: '2025-11-22', basis: 'publication' });
  });
  it('falls back to the latest dated mention, a month counting as its last day, only if recent', () => {
    const texts = [
      article('a', 'In November 2025, the recording was published. The 2001 attacks were recalled.', null),
      article('b', 'The first round of talks was held in September 2025.', null),
    ];
    expect(storyAnchor(texts, '2026-01-10T00:00:00Z')).toEqual({ date: '2025-11-30', basis: 'mention' });
    // Analysed years later, a dated mention says nothing about when the story ran.
    expect(storyAnchor(texts, '2030-01-01T00:00:00Z')).toBeNull();
    expect(storyAnchor(texts)).toBeNull();
  });
});

describe('buildTimeline with an anchor', () => {
  const undated = article('a', 'The call took place on October 14. Talks resumed on Wednesday. The deal was signed on 3 March 2024.', null);
  it('places year-less dates of an undated article by the anchor and marks them inferred; weekdays stay out', () => {
    const timeline = timelineOf([undated], { date: '2025-11-30', basis: 'mention' });
    expect(timeline.map((t) => [t.date, t.inferred ?? false])).toEqual([
      ['2024-03-03', false],
      ['2025-10-14', true],
    ]);
  });
  it('keeps only dates with a year when there is no anchor', () => {
    expect(timelineOf([undated]).map((t) => t.date)).toEqual(['2024-03-03']);
  });
  it('does not mark a date its own article places', () => {
    const dated = article('b', 'The call took place on October 14.', '2025-11-26');
    const timeline = timelineOf([dated], { date: '2025-11-26', basis: 'publication' });
    expect(timeline).toHaveLength(1);
    expect(timeline[0]!.date).toBe('2025-10-14');
    expect(timeline[0]!.inferred).toBeUndefined();
  });
});

describe('buildTimeline and commentary', () => {
  it('leaves out opinion sentences that name a date, keeps the reported event', () => {
    const text =
      'Members of parliament will question the minister at a hearing on March 10. ' +
      "When MPs question the minister at next week's hearing, they should ask one simple question: who knew, and when?";
    const a = article('a', text, '2026-03-04');
    expect(timelineOf([a]).map((t) => t.text)).toEqual(['Members of parliament will question the minister at a hearing on March 10.']);
  });
  it("reads opinion from the slant stage's sentences, not by scoring them again", () => {
    const a = article('a', 'The hearing is on March 10. The vote is on March 12.', '2026-03-04');
    const docs = [buildDoc(a.text, a.paragraphs)];
    const slant = [measureSlant(a, docs[0]!)];
    expect(buildTimeline([a], docs, [], slant).map((t) => t.date)).toEqual(['2026-03-10', '2026-03-12']);
    // Mark the second sentence as opinion: the timeline follows the flag it is given.
    const flagged = [{ ...slant[0]!, sentences: slant[0]!.sentences.map((s, k) => ({ ...s, opinion: k === 1 })) }];
    expect(buildTimeline([a], docs, [], flagged).map((t) => t.date)).toEqual(['2026-03-10']);
  });
});

describe('buildTimeline and weeks', () => {
  it('gives "next week" its ISO week and sorts it by its Monday among the days', () => {
    const a = article('a', 'The hearing is on March 10. Payments begin next week. The dam broke on March 2.', '2026-03-04');
    const timeline = timelineOf([a]);
    expect(timeline.map((t) => t.date)).toEqual(['2026-03-02', '2026-W11', '2026-03-10']);
  });

  it('puts a sentence once, on its finest date, when one of its dates holds another', () => {
    const a = article('a', 'On Tuesday, the mayor said the two councils will meet this month. The vote is in May.', '2026-04-15');
    expect(timelineOf([a]).map((t) => [t.date, t.text.slice(0, 10)])).toEqual([
      ['2026-04-14', 'On Tuesday'],
      ['2026-05', 'The vote i'],
    ]);
  });
});

describe('buildTimeline and dates inside names', () => {
  it('does not date a sentence by a date that names something ("Sept. 11 victims", "9/11 families")', () => {
    const text =
      'Congress on Wednesday backed a bill letting families of Sept. 11 victims sue. ' +
      'Fifteen of the 19 Sept. 11 hijackers were Saudi citizens. The bill was backed by 9/11 families. ' +
      'Fifteen of the hijackers on 9/11 were Saudi.';
    expect(timelineOf([article('a', text, '2016-09-29')]).map((e) => [e.date, e.text.slice(0, 16)])).toEqual([['2016-09-28', 'Congress on Wedn']]);
  });
  it('reads the dates of a sentence that opens on a dateline where they stand, and shows it without the dateline', () => {
    const text = 'HALLOWAY — The March 1 flood closed the road until crews cleared it on Monday afternoon.';
    const got = timelineOf([article('a', text, '2026-03-04')]);
    expect(got.map((e) => [e.date, e.text.slice(0, 14)])).toEqual([['2026-03-02', 'The March 1 fl']]);
  });
  it('still dates the event a time preposition puts the date on', () => {
    const got = timelineOf([article('a', 'On March 10 lawmakers will vote on the bill.', '2026-03-04')]);
    expect(got.map((e) => e.date)).toEqual(['2026-03-10']);
  });
});

describe('buildTimeline and quotations', () => {
  it('leaves out relative dates inside a quotation (the speaker’s day, not the article’s) and show names in quotes', () => {
    const text = 'The mayor said on Tuesday that the dam would hold.\n\n“We inspected it yesterday and we will again next week,” she said.\n\nShe spoke on “Harbour Sunday,” the weekly radio show.';
    const got = timelineOf([article('a', text, '2025-11-20')]);
    expect(got.map((e) => e.date)).toEqual(['2025-11-18']);
  });
  it('keeps an absolute date inside a quotation', () => {
    const got = timelineOf([article('a', '“The dam was finished on March 3, 2019,” the engineer said.', '2025-11-20')]);
    expect(got.map((e) => e.date)).toEqual(['2019-03-03']);
  });
});
