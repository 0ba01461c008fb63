// Top-of-article metadata in plain text and Markdown: date lines with times, mastheads, bylines, front matter, author
// boxes and wire datelines (which outlet wrote the copy, and when it is a reprint).
import { describe, expect, it } from 'vitest';
import { readDocument, isAgencyItself } from '../src/readable/index.js';
import { authorBoxName, boilerplateReason, datelineAgency } from '../src/readable/boilerplate.js';
import { classifyTopLine } from '../src/readable/masthead.js';
import { dateTimeInText, writtenDate } from '../src/readable/metadata.js';
import { readFrontMatter } from '../src/readable/text.js';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const read = (source: string, text: string) => readDocument({ source, bytes: enc(text) }, { id: 'a' }).article!;
const PARA =
  'The river authority said on Monday that the northern dam would be inspected after the spring floods, and that water levels were expected to stay high for at least another week while engineers check the spillway.';

describe('dateTimeInText: the time of day is kept when written', () => {
  const cases: Array<[string, string | null]> = [
    ['March 3, 2026 at 07:15', '2026-03-03T07:15:00'],
    ['March 3, 2026 09:40 GMT', '2026-03-03T09:40:00Z'],
    ['Tuesday 3 March 2026, 14:02', '2026-03-03T14:02:00'],
    ['Posted: Fri 6:45 PM, Feb 16, 2018', '2018-02-16T18:45:00'],
    ['Updated 10:01 pm PST, Tuesday, November 19, 2019', '2019-11-19T22:01:00-08:00'],
    ['3 March 2026, 5.30pm BST', '2026-03-03T17:30:00+01:00'],
    ['Monday, 4 March 2026 11:40 p.m. (GMT+1)', '2026-03-04T23:40:00+01:00'],
    ['12 March 2026, 12:10 a.m.', '2026-03-12T00:10:00'],
    ['Published 5 March 2026', '2026-03-05'],
    ['March 4, 2026 - 2 min read', '2026-03-04'],
    ['no date here at 10:30', null],
  ];
  for (const [text, want] of cases) it(text, () => expect(dateTimeInText(text)).toBe(want));

  it('an impossible time is dropped, the date kept', () => expect(dateTimeInText('March 3, 2026 at 27:15')).toBe('2026-03-03'));

  it('writtenDate keeps ISO times and offsets as written', () => {
    expect(writtenDate('2026-03-05')).toBe('2026-03-05');
    expect(writtenDate('2026-03-05 18:05')).toBe('2026-03-05T18:05:00');
    expect(writtenDate('2026-03-05T18:05:00+0100')).toBe('2026-03-05T18:05:00+01:00');
    expect(writtenDate('5 March 2026')).toBe('2026-03-05');
  });
});

describe('classifyTopLine', () => {
  it('reads mastheads, section labels, bylines and dates', () => {
    expect(classifyTopLine('THE RIVER POST — Opinion')).toEqual({ reason: 'masthead', published: null, byline: null, outlet: 'The River Post' });
    expect(classifyTopLine('By Jane Doe | March 4, 2026')).toMatchObject({ reason: 'byline', byline: 'Jane Doe', published: '2026-03-04', outlet: null });
    expect(classifyTopLine('Published 4 March 2026, 18:05')).toMatchObject({ reason: 'date-line', published: '2026-03-04T18:05:00' });
    expect(classifyTopLine('Analysis | The Harbour Times | 2 June 2025')).toMatchObject({ outlet: 'The Harbour Times', published: '2025-06-02' });
    expect(classifyTopLine('By the Letters Team')).toMatchObject({ byline: 'Letters Team' });
  });

  it('a role after the byline is not an outlet', () => {
    expect(classifyTopLine('By Jane Doe - Staff Writer | March 4, 2026')).toMatchObject({ byline: 'Jane Doe', outlet: null });
  });

  it('a name beside a date alone is not taken for the outlet unless set like a masthead', () => {
    expect(classifyTopLine('Jane Doe | March 4, 2026')?.outlet).toBeNull();
    expect(classifyTopLine('THE RIVER POST | March 4, 2026')?.outlet).toBe('The River Post');
  });

  it('leaves text alone', () => {
    for (const line of [
      'The River Post',
      'Voters head to the polls in Westbrook',
      'By the time the ferry arrived, the quay was empty.',
      'By the Numbers',
      '10:30 Arrivals',
      'Mayor Lena Sorensen | Council Leader Arif Shah',
      PARA,
    ]) {
      expect(classifyTopLine(line), line).toBeNull();
    }
  });
});

describe('plain text and Markdown: top lines become metadata', () => {
  it('a masthead on the first line is not the headline', () => {
    const a = read('a.txt', `THE RIVER POST — Opinion\nDam inspections must be published\nBy Jane Doe | March 4, 2026 at 07:15\n\n${PARA}\n\n${PARA}`);
    expect(a.title).toBe('Dam inspections must be published');
    expect(a.outlet).toBe('The River Post');
    expect(a.byline).toBe('Jane Doe');
    expect(a.published).toBe('2026-03-04T07:15:00');
    expect(a.text.startsWith('The river authority')).toBe(true);
    expect(a.removed.map((r) => r.reason)).toEqual(['masthead', 'byline']);
  });

  it('a subtitle under the headline stays', () => {
    const a = read('a.txt', `Dam inspections to be published\nEngineers Welcome The Decision\n\n${PARA}`);
    expect(a.text.startsWith('Engineers Welcome The Decision')).toBe(true);
    expect(a.outlet).toBeNull();
  });

  it('front matter: title, date with time, author list, outlet; broken YAML still gives the simple keys', () => {
    const a = read('a.md', `---\ntitle: Dam report\ndate: "2026-03-04T07:15:00+01:00"\nauthor:\n  name: Jane Doe\nsite_name: The River Post\n---\n\n${PARA}\n`);
    expect(a).toMatchObject({ title: 'Dam report', published: '2026-03-04T07:15:00+01:00', byline: 'Jane Doe', outlet: 'The River Post' });
    expect(a.removed[0]?.reason).toBe('front-matter');
    // Where the file was saved from: an absolute address only (a site-relative permalink names no page).
    expect(read('b.md', `---\ntitle: Dam report\nurl: "https://example.com/news/dam-report"\n---\n\n${PARA}\n`).url).toBe('https://example.com/news/dam-report');
    expect(read('c.md', `---\ntitle: Dam report\npermalink: /news/dam-report/\n---\n\n${PARA}\n`).url).toBeNull();
    const broken = readFrontMatter('title: Dam: report: [x\ndate: 2026-03-04\nauthor: Jane Doe', '');
    expect(broken.published).toBe('2026-03-04');
    expect(broken.byline).toBe('Jane Doe');
  });

  it('HTML pages are not read for top lines (their metadata is in the markup)', () => {
    const a = readDocument(
      { source: 'a.html', bytes: enc(`<html><body><article><p>THE RIVER POST — Opinion</p><p>${PARA}</p><p>${PARA}</p></article></body></html>`) },
      { id: 'a' },
    ).article!;
    expect(a.outlet).toBeNull();
  });
});

describe('author boxes', () => {
  it('authorBoxName needs a header and a capitalised name', () => {
    expect(authorBoxName('About Jane Doe')).toBe('Jane Doe');
    expect(authorBoxName('More from Ana María Ruiz:')).toBe('Ana María Ruiz');
    expect(authorBoxName('About 3,000 people')).toBeNull();
    expect(authorBoxName('About the harbour')).toBeNull();
    expect(authorBoxName('About Us')).toBeNull();
  });

  it('a bio with a possessive title is an author box (tail only)', () => {
    expect(boilerplateReason("Jane Doe is the Post's chief reporter.", true)).toBe('author-box');
    expect(boilerplateReason("Jane Doe is the Post's chief reporter.", false)).toBeNull();
  });

  it('removes the box and its bio, keeps the byline, and stops at the next paragraph', () => {
    const a = read('a.txt', `Dam to be inspected\n${PARA}\n${PARA}\nAbout Jane Doe\nJane Doe covers rivers and dams.\nShe lives in Westbrook.\nCouncil members will meet on Friday.`);
    expect(a.byline).toBe('Jane Doe');
    expect(a.text).not.toContain('About Jane Doe');
    expect(a.text).not.toContain('She lives in Westbrook');
    expect(a.text).toContain('Council members will meet on Friday.');
    expect(a.removed.filter((r) => r.reason === 'author-box')).toHaveLength(3);
  });
});

describe('wire datelines', () => {
  it('names the agency in any bracketed name after a place in capitals', () => {
    expect(datelineAgency('HALLOWAY, Estmark, March 3 (Meridian Press) – A dam gave way.')).toBe('Meridian Press');
    expect(datelineAgency('LONDON (Reuters) - Prices rose.')).toBe('Reuters');
    expect(datelineAgency('NEW YORK, June 2 (AP) — A fire broke out.')).toBe('Associated Press');
    expect(datelineAgency('Mayor Lena Sorensen (Green Party) - who won in May - said no.')).toBeNull();
    expect(datelineAgency('The vote (held on Tuesday) – was close.')).toBeNull();
  });

  it("the agency's own copy: outlet is the agency, nothing syndicated", () => {
    const a = read('w.txt', `Storm closes ports\nKESTREL BAY, June 2 (Coastline Wire) — ${PARA}\n\n${PARA}`);
    expect(a.outlet).toBe('Coastline Wire');
    expect(a.syndication).toBeNull();
  });

  it('an outlet printing the wire copy is a reprint of it', () => {
    const a = readDocument(
      { source: 'w.txt', bytes: enc(`Storm closes ports\nKESTREL BAY (AP) — ${PARA}\n\n${PARA}`), hints: { outlet: 'Westbrook Echo' } },
      { id: 'a' },
    ).article!;
    expect(a.outlet).toBe('Westbrook Echo');
    expect(a.syndication).toBe('Associated Press');
  });

  it('isAgencyItself: names, abbreviations and the agency site', () => {
    expect(isAgencyItself('Associated Press', 'The Associated Press', null)).toBe(true);
    expect(isAgencyItself('Associated Press', 'AP', null)).toBe(true);
    expect(isAgencyItself('Reuters', 'Reuters', 'www.reuters.com')).toBe(true);
    expect(isAgencyItself('Associated Press', 'Apnews', 'apnews.com')).toBe(true);
    expect(isAgencyItself('Reuters', 'Westbrook Echo', 'westbrookecho.example')).toBe(false);
  });
});
