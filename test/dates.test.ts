import { describe, expect, it } from 'vitest';
import { dayOf, findDates, shiftDay } from '../src/nlp/dates.js';

// Reference: Thursday 20 November 2025.
const REF = '2025-11-20T10:00:00Z';
const one = (text: string, ref: string | null = REF) => findDates(text, ref).map((d) => [d.text, d.date, d.grain]);

describe('findDates', () => {
  it('reads a bare weekday as the most recent one', () => {
    expect(one('Talks began on Wednesday.')).toEqual([['Wednesday', '2025-11-19', 'day']]);
    expect(one('On Friday, they left.')).toEqual([['Friday', '2025-11-14', 'day']]);
    expect(one('He spoke on Thursday.')).toEqual([['Thursday', '2025-11-20', 'day']]);
    // "scheduled" describing a noun is no future tense: the verb before it ("canceled") tells.
    expect(one('The mayor canceled a scheduled radio interview Monday night.')).toEqual([['Monday night', '2025-11-17', 'day']]);
    expect(one('The mayor is scheduled to speak Monday.')).toEqual([['Monday', '2025-11-24', 'day']]);
  });
  it('gives a year-less month the year of its range’s dated end, or of "last/this/next year" after it', () => {
    const range = findDates('The army fired 23 missiles in 16 tests between February and December 2024.', REF).map((d) => d.date);
    expect(range).toEqual(['2024-02', '2024-12']);
    expect(findDates('Talks ran between November and February 2025, on and off.', REF).map((d) => d.date)[0]).toBe('2024-11');
    expect(findDates('They met at the lake in February of last year.', REF).map((d) => d.date)[0]).toBe('2024-02');
    expect(findDates('They met at the lake in February of next year.', REF).map((d) => d.date)[0]).toBe('2026-02');
  });
  it('reads a bare weekday after "may" or "might" and a plain verb as one to come, after "may have" as past', () => {
    expect(one('The leaders may play golf again on Wednesday.', '2025-11-20')).toEqual([['Wednesday', '2025-11-26', 'day']]);
    expect(one('Talks might resume on Friday.', '2025-11-20')).toEqual([['Friday', '2025-11-21', 'day']]);
    expect(one('The envoys may have met on Monday.', '2025-11-20')).toEqual([['Monday', '2025-11-17', 'day']]);
  });
  it('reads a month after "was leaving" (a plan told in the past) forward, after "was working" back', () => {
    expect(one('The mayor said the minister was leaving in February.', '2025-12-20').map((d) => d[1])).toEqual(['2026-02']);
    expect(one('The minister was working in February on the budget.', '2025-12-20').map((d) => d[1])).toEqual(['2025-02']);
  });
  it('reads a weekday in local time the day after the reference as that next day, not six days back', () => {
    // 2025-11-20 is a Thursday.
    expect(one("The leader's announcement Friday (local time) surprised the envoys.", '2025-11-20')).toEqual([['Friday', '2025-11-21', 'day']]);
    expect(one('The announcement came on Friday.', '2025-11-20')).toEqual([['Friday', '2025-11-14', 'day']]);
    expect(one('The announcement came Monday, local time.', '2025-11-20')).toEqual([['Monday', '2025-11-17', 'day']]);
  });
  it('reads no date from a month or weekday that points back with "that" ("seen that October", "That Tuesday, …")', () => {
    expect(one('Instead, the mayor was seen that October praising the crews.')).toEqual([]);
    expect(one('That Tuesday, the mayor resigned.')).toEqual([]);
    expect(one('By that Friday the deal was done.')).toEqual([]);
    // "that" as a conjunction before a date, and a month with a year, still date the sentence.
    expect(one('The mayor said that Tuesday was the deadline.').length).toBe(1);
    expect(one('The mayor said that October 14 was the deadline.').length).toBe(1);
    expect(one('The mayor said that October 2024 was the worst month.').map((d) => d[1])).toEqual(['2024-10']);
  });
  it('reads no date from "and a half … ago" rather than the half alone', () => {
    expect(one('Three and a half years ago, the mayor seemed unbeatable.')).toEqual([]);
    expect(one('Half a year ago, the mayor seemed unbeatable.').map((d) => d[1])).toEqual(['2025-05']);
  });
  it('reads a year-less date in a sentence about the future forward, and otherwise as this year or last', () => {
    expect(one('The board will vote on March 3.', '2025-11-20')).toEqual([['March 3', '2026-03-03', 'day']]);
    expect(one('She said she would leave on January 1.', '2025-12-23')).toEqual([['January 1', '2026-01-01', 'day']]);
    expect(one('The board voted on March 3.', '2025-11-20')).toEqual([['March 3', '2025-03-03', 'day']]);
    expect(one('Wages went unpaid since the strike began in late December.', '2026-01-25')).toEqual([['December', '2025-12', 'month']]);
    // A future word far from the date in its sentence ("scheduled visit") is not the date's tense.
    expect(one('The October 14 call mattered, as it came just days before the minister\'s scheduled visit.', '2025-11-20')).toEqual([
      ['October 14', '2025-10-14', 'day'],
    ]);
  });
  it('reads a named day whole, in the year the tense and the reference give', () => {
    // Not the weekend nearest the reference: Easter 2018 fell on 1 April.
    expect(one('He met Kim over Easter weekend, reports said.', '2018-04-17')).toEqual([['Easter weekend', '2018-04-01', 'day']]);
    expect(one('The trip took place over Easter.', '2018-04-17')).toEqual([['Easter', '2018-04-01', 'day']]);
    expect(one('He resigned on Good Friday.', '2025-11-20')).toEqual([['Good Friday', '2025-04-18', 'day']]);
    expect(one('Stores opened early on Labor Day.')).toEqual([['Labor Day', '2025-09-01', 'day']]);
    expect(one('Stores will open late on Thanksgiving Day.')).toEqual([['Thanksgiving Day', '2025-11-27', 'day']]);
    expect(one('The vote will be held after Christmas.')).toEqual([['Christmas', '2025-12-25', 'day']]);
    expect(one('He will return at Easter.')).toEqual([['Easter', '2026-04-05', 'day']]);
    // The name used for something else is no date.
    expect(one('The Easter egg hunt drew crowds.')).toEqual([]);
  });
  it('gives a year-less month the year of a dated mention of that month in its sentence', () => {
    const text = 'His term ends February 28, 2031, after the summit in February, he wrote.';
    expect(findDates(text, '2030-12-23').map((d) => d.date)).toEqual(['2031-02-28', '2031-02']);
    // Without such a twin the reference decides, as before.
    expect(findDates('The summit was held in February.', '2030-12-23').map((d) => d.date)).toEqual(['2030-02']);
  });
  it('does not read a month inside a name as a date', () => {
    expect(one('Theresa May spoke. April Ryan asked. March Madness began.')).toEqual([]);
    expect(one('In March Ruiz resigned.')).toEqual([['March', '2025-03', 'month']]);
  });
  it('reads a bare weekday back when a verb in the past comes first, even past a future word of another clause', () => {
    expect(one('The senator, who plans to run again, tried on Tuesday to calm the party.')).toEqual([['Tuesday', '2025-11-18', 'day']]);
    // A passive participle is no past: "will be decided" still speaks of the future.
    expect(one('The appeal will be decided on Tuesday.')).toEqual([['Tuesday', '2025-11-25', 'day']]);
  });
  it('reads a bare weekday forward when the tense word before it speaks of the future', () => {
    expect(one('The vote is expected in the Senate on Friday, followed by the House on Monday.')).toEqual([
      ['Friday', '2025-11-21', 'day'],
      ['Monday', '2025-11-24', 'day'],
    ]);
    expect(one('The hearing will not be held on Thursday.')).toEqual([['Thursday', '2025-11-20', 'day']]);
    // A reporting verb in the past before the weekday: the day it was said, whatever the clause after it says.
    expect(one('The mayor said Monday she will resign.')).toEqual([['Monday', '2025-11-17', 'day']]);
    expect(one('The council voted Tuesday, and the board will meet soon.')).toEqual([['Tuesday', '2025-11-18', 'day']]);
  });
  it('honours next / last before a weekday', () => {
    expect(one('They meet next Friday.')).toEqual([['next Friday', '2025-11-21', 'day']]);
    expect(one('It ended last Thursday.')).toEqual([['last Thursday', '2025-11-13', 'day']]);
  });
  it('reads a weekday followed by "in the week ahead" as next week’s, never the reference day', () => {
    expect(one('The leaders will meet on Thursday in the week ahead.')).toEqual([['Thursday', '2025-11-27', 'day']]);
    expect(one('The leaders will meet on Friday in the week ahead.')).toEqual([['Friday', '2025-11-21', 'day']]);
  });
  it('resolves relative months, weeks and days', () => {
    expect(one('Last month the plan leaked.')).toEqual([['Last month', '2025-10', 'month']]);
    // Only the week is known: an ISO week, across a year's end too.
    expect(one('It resumes next week.')).toEqual([['next week', '2025-W48', 'week']]);
    expect(one('It ended last week.')).toEqual([['last week', '2025-W46', 'week']]);
    expect(one('It resumes next week.', '2025-12-28')).toEqual([['next week', '2026-W01', 'week']]);
    expect(one('He said yesterday.')).toEqual([['yesterday', '2025-11-19', 'day']]);
    expect(one('Today he said so.')).toEqual([['Today', '2025-11-20', 'day']]);
    expect(one('Sales fell this year.')).toEqual([['this year', '2025', 'year']]);
  });
  it('takes the year of a month and day from the reference, or the year before when far ahead', () => {
    expect(one('Talks on October 14 failed.')).toEqual([['October 14', '2025-10-14', 'day']]);
    expect(one('Talks on December 3 are due.')).toEqual([['December 3', '2025-12-03', 'day']]);
    expect(one('The deal of December 28 held.', '2026-01-05')).toEqual([['December 28', '2025-12-28', 'day']]);
    expect(one('It began in March.')).toEqual([['March', '2025-03', 'month']]);
  });
  it('keeps absolute dates and bare years', () => {
    expect(one('In May 2023 he left; on 14 October 2024 he came back.')).toEqual([
      ['May 2023', '2023-05', 'month'],
      ['14 October 2024', '2024-10-14', 'day'],
    ]);
    expect(one('Prices have risen since 2022.')).toEqual([['2022', '2022', 'year']]);
  });
  it('ignores the verb may, now, times of day and durations', () => {
    expect(one('He may go now, at 3pm, as in the past 24 hours.')).toEqual([]);
    expect(one('The march began.')).toEqual([]);
  });
  it('leaves durations alone but counts back with ago', () => {
    expect(one('The rain did not let up for 19 days.')).toEqual([]);
    expect(one('Complaints came in the weeks before the breach, within 30 days.')).toEqual([]);
    expect(one('It rose over the past two years.')).toEqual([]);
    expect(one('It happened two days ago.')).toEqual([['two days ago', '2025-11-18', 'day']]);
  });
  it('without a reference keeps only dates that carry a year', () => {
    expect(one('On Wednesday, October 14, and in May 2023 and since 2022.', null)).toEqual([
      ['May 2023', '2023-05', 'month'],
      ['2022', '2022', 'year'],
    ]);
  });
  it('gives offsets into the text', () => {
    const text = 'Fighting resumed on Monday night.';
    const found = findDates(text, REF);
    expect(found.map((d) => d.text)).toEqual(['Monday night']);
    for (const d of found) expect(text.slice(d.start, d.end)).toBe(d.text);
  });
});

describe('dayOf and shiftDay', () => {
  it('gives the first (or last) day a resolved date covers, an ISO week from its Monday', () => {
    expect(dayOf('2026-03-04')).toBe('2026-03-04');
    expect([dayOf('2025-11'), dayOf('2025-11', true)]).toEqual(['2025-11-01', '2025-11-30']);
    expect([dayOf('2024-02', true), dayOf('2025', true)]).toEqual(['2024-02-29', '2025-12-31']);
    expect([dayOf('2026-W11'), dayOf('2026-W11', true), dayOf('2026-W01')]).toEqual(['2026-03-09', '2026-03-15', '2025-12-29']);
  });
  it('moves a day across month and year ends', () => {
    expect(shiftDay('2025-11-30', -40)).toBe('2025-10-21');
    expect(shiftDay('2025-12-28T10:00:00Z', 7)).toBe('2026-01-04');
  });
});

describe('what is not a date', () => {
  it('reads no day in a word or an initial that chrono takes for one ("the D" of D.C., "lasts", "a d")', () => {
    for (const t of ['Officials in the D.C. area said so.', 'The meeting lasts two hours.', 'They left in a d rush.']) expect(findDates(t, '2025-11-20')).toEqual([]);
    // Mentions with a date word still read.
    expect(findDates('He said it on Sat. and again today.', '2025-11-20').map((d) => d.date)).toEqual(['2025-11-15', '2025-11-20']);
  });
});
