// readDocument on hand-made inputs: kinds (binary, empty, text, Markdown, HTML), metadata, language, and malformed pages.
import { describe, expect, it } from 'vitest';
import type { RawDocument } from '../src/core/types.js';
import { readDocument } from '../src/readable/index.js';
import { bylineName, bylinePersons, boilerplateReason, isAgencyLine, isDateLine, isStampLine, syndicationOutlet } from '../src/readable/boilerplate.js';
import { wordCount } from '../src/readable/words.js';
import { decodeBytes } from '../src/readable/decode.js';
import { withoutSiteName } from '../src/readable/metadata.js';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const doc = (source: string, text: string, extra: Partial<RawDocument> = {}): RawDocument => ({ source, bytes: enc(text), ...extra });
const PARA =
  'The river authority said on Monday that the northern dam would be inspected after the spring floods, and that water levels were expected to stay high for at least another week while engineers check the spillway.';

describe('readDocument: kinds', () => {
  it('binary input -> null + binary-input', () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 7) % 256);
    const r = readDocument({ source: 'x.bin', bytes }, { id: 'a' });
    expect(r.article).toBeNull();
    expect(r.diagnostics.map((d) => d.rule)).toEqual(['binary-input']);
  });

  it('empty and whitespace input -> empty-input', () => {
    for (const text of ['', '   \n\n  \t']) {
      const r = readDocument(doc('e.txt', text), { id: 'a' });
      expect(r.article).toBeNull();
      expect(r.diagnostics[0]?.rule).toBe('empty-input');
    }
  });

  it('plain text: headline line becomes the title; paragraphs joined by blank lines with exact spans', () => {
    const r = readDocument(doc('a.txt', `Dam to be inspected after floods\n${PARA}\n\nSecond paragraph here.`), { id: 'a' });
    const a = r.article!;
    expect(a.title).toBe('Dam to be inspected after floods');
    expect(a.text).toBe(`${PARA}\n\nSecond paragraph here.`);
    expect(a.paragraphs.map((p) => a.text.slice(p.start, p.end))).toEqual([PARA, 'Second paragraph here.']);
  });

  it('plain text: a first line ending with a period is not a headline', () => {
    const r = readDocument(doc('a.txt', `${PARA}\n\nMore.`), { id: 'a' });
    expect(r.article!.title).toBeNull();
  });

  it('Markdown: markup stripped, heading as title, list items and quotes kept as paragraphs', () => {
    const md = `# Dam inspection\n\n${PARA} See [the report](https://x.example/r) and **bold** words.\n\n- first item\n- second item\n\n> A quoted line\n> that continues.\n`;
    const a = readDocument(doc('a.md', md), { id: 'a' }).article!;
    expect(a.title).toBe('Dam inspection');
    expect(a.text).toContain('See the report and bold words.');
    expect(a.text).not.toContain('](');
    const paras = a.paragraphs.map((p) => a.text.slice(p.start, p.end));
    expect(paras).toContain('first item');
    expect(paras).toContain('A quoted line that continues.');
  });

  it('page with no article -> null + no-article', () => {
    const html = '<html><head><title>Menu</title></head><body><nav><a href="/">Home</a> <a href="/b">B</a></nav></body></html>';
    const r = readDocument(doc('p.html', html, { contentType: 'text/html' }), { id: 'a' });
    expect(r.article).toBeNull();
    expect(r.diagnostics.map((d) => d.rule)).toContain('no-article');
  });

  it('malformed HTML does not crash and still yields the text', () => {
    const html = `<html><body><div><p>${PARA}<p>${PARA.replace('northern', 'southern')}</div></span><table><tr><td>x</body>`;
    const r = readDocument(doc('m.html', html), { id: 'a' });
    expect(r.article?.text).toContain('southern dam');
  });

  it('non-English text is kept with a non-english diagnostic', () => {
    const de =
      'Die Flussbehörde teilte am Montag mit, dass der nördliche Damm nach dem Frühjahrshochwasser überprüft werde und dass die Wasserstände voraussichtlich noch mindestens eine weitere Woche hoch bleiben, während Ingenieure den Überlauf kontrollieren.';
    const r = readDocument(doc('de.txt', `${de}\n\n${de}`), { id: 'a' });
    expect(r.article?.language).toBe('de');
    expect(r.diagnostics.map((d) => d.rule)).toContain('non-english');
  });
});

describe('readDocument: HTML metadata', () => {
  it('prefers JSON-LD, then OpenGraph, then <time>, then the URL date', () => {
    const body = `<article><h1>Dam</h1><p>${PARA}</p><p>${PARA}</p></article>`;
    const og = `<html><head><meta property="og:site_name" content="River Post"><meta property="article:published_time" content="2023-05-01T10:00:00Z"></head><body>${body}</body></html>`;
    expect(readDocument(doc('a.html', og), { id: 'a' }).article!.published).toBe('2023-05-01T10:00:00.000Z');
    const time = `<html><body><time datetime="2023-06-02">June 2</time>${body}</body></html>`;
    expect(readDocument(doc('a.html', time), { id: 'a' }).article!.published).toBe('2023-06-02');
    const urlOnly = `<html><body>${body}</body></html>`;
    const a = readDocument(doc('https://www.river-post.example/2023/07/03/dam', urlOnly, { contentType: 'text/html' }), { id: 'a' }).article!;
    expect(a.published).toBe('2023-07-03');
    expect(a.outlet).toBe('River Post');
  });

  it("takes the site's name off the headline, and only the site's", () => {
    expect(withoutSiteName('Ferry fares rise in spring | Orwell Gazette', 'Orwell Gazette')).toBe('Ferry fares rise in spring');
    expect(withoutSiteName('Ceres has a transient atmosphere - Universe Today', 'Universe Today')).toBe('Ceres has a transient atmosphere');
    expect(withoutSiteName('Ferry fares rise in spring - and bus fares too', 'Orwell Gazette')).toBe('Ferry fares rise in spring - and bus fares too');
    expect(withoutSiteName('Ferry fares rise in spring | Orwell Gazette', null)).toBe('Ferry fares rise in spring | Orwell Gazette');
    const page = `<html><head><title>Dam repairs finished early | River Post</title><meta property="og:site_name" content="River Post"></head><body><p>${PARA}</p><p>${PARA}</p></body></html>`;
    expect(readDocument(doc('a.html', page), { id: 'a' }).article!.title).toBe('Dam repairs finished early');
  });

  it('decodes a declared legacy charset', () => {
    const bytes = new Uint8Array([...enc('<meta charset="windows-1252"><p>caf'), 0xe9, ...enc('</p>')]);
    expect(decodeBytes(bytes)).toContain('café');
  });
});

describe('boilerplate rules', () => {
  it('recognises widgets and keeps prose that merely mentions them', () => {
    expect(boilerplateReason('3 Comments')).toBe('comment-widget');
    expect(boilerplateReason('Photo: Jane Roe/Getty Images')).toBe('image-credit');
    expect(boilerplateReason('Subscribe to our newsletter')).toBe('share-prompt');
    // The publisher's address line at the foot of the page, not a number the story reports.
    expect(boilerplateReason('The Daily Post 12 Harbour Road, Suite 4, Eastfield | 555-628-8500 tel | 555-628-8503 fax')).toBe('publisher-address');
    expect(boilerplateReason('Call the hotline on 0800 555 0199 if you have information, police said.')).toBeNull();
    // How to reach the writer, a newsletter form's error, a share link, pagination.
    expect(boilerplateReason('Jane Roe can be reached at (555) 556-2250 or jroe@harbour.example')).toBe('contact-line');
    expect(boilerplateReason('Email the author.')).toBe('contact-line');
    expect(boilerplateReason('Email Jane Roe at jroe@harbour.example or follow her @janeroe.')).toBe('contact-line');
    expect(boilerplateReason('The mayor can be reached for comment only through her office, aides said.', false)).toBeNull();
    expect(boilerplateReason('Could not subscribe, try again laterInvalid Email')).toBe('share-prompt');
    expect(boilerplateReason('Read or Share this story: http://harbour.example/2pbGuSh')).toBe('share-prompt');
    expect(boilerplateReason('Page: 1 2 Next →')).toBe('page-furniture');
    expect(boilerplateReason('Follow Jane Roe @janeroe. Follow us @harbourdaily and on Facebook.')).toBe('contact-line');
    expect(boilerplateReason('This article was updated March 21 at 5:15 p.m. EDT to include comments from the harbour master.')).toBe('update-note');
    expect(boilerplateReason('[Featured Image by Jane Roe/Harbour Pictures]')).toBe('image-credit');
    expect(boilerplateReason('[Source: Harbour Daily]')).toBe('image-credit');
    expect(boilerplateReason('[Harbour Daily]')).toBeNull();
    expect(boilerplateReason('This post may contain affiliate and/or referral links. Please see my disclosure page.')).toBe('affiliate-disclosure');
    // A wire agency's name on its own line is a credit; a sentence naming one is text.
    expect(isAgencyLine('Associated Press')).toBe(true);
    expect(isAgencyLine('(AFP)')).toBe(true);
    expect(isAgencyLine('Associated Press Writer')).toBe(true);
    expect(isAgencyLine('Reuters reported the deal first.')).toBe(false);
    expect(boilerplateReason('The council said there are no comments yet from residents about the plan, which was published on Friday.')).toBeNull();
  });

  it('reads bylines, syndication lines and date lines', () => {
    // The persons a page's bylines name: date trailers and handles dropped, middle initials optional, one-word names kept.
    expect(bylinePersons(['@harbourjane', 'by     Jane Roe\n  -    Nov 20, 2013 9:55 pm UTC'])).toEqual(['Jane Roe']);
    expect(bylinePersons(['Helen H. Wang'])).toEqual(['Helen H. Wang', 'Helen Wang']);
    expect(bylinePersons(['Regan'])).toEqual(['Regan']);
    expect(bylineName('By Jane Roe and John Doe')).toBe('Jane Roe and John Doe');
    expect(bylineName('By Jane Roe | March 3, 2024')).toBe('Jane Roe');
    expect(bylineName('By the time the ferry arrived, it was dark.')).toBeNull();
    expect(syndicationOutlet('This article was originally published on The Conversation.')).toBe('The Conversation');
    expect(syndicationOutlet('Originally published by Harbour Weekly')).toBe('Harbour Weekly');
    expect(isDateLine('Updated 10:01 pm PST, Tuesday, November 19, 2019')).toBe(true);
    expect(isDateLine('225.86')).toBe(false);
    // An ordinal keeps its suffix; a closing 'by' is a byline stub whose name is a link in the next block.
    expect(isDateLine('April 7th, 2017')).toBe(true);
    expect(isDateLine('March 13, 2017 1:25pm PT by')).toBe(true);
    expect(isDateLine('7th Street, 2017')).toBe(false);
    // Stamp lines: a byline or source with a written date and time; a sentence with a date, a live page's bare time
    // and an embedded post's signature are none.
    expect(isStampLine('Harbour Wire - 7/27/04 12:49:07 PM ET')).toBe(true);
    expect(isStampLine('12/28/2005 3:33:49 PM, by Jane "JR" Roe')).toBe(true);
    expect(isStampLine('By JANE ROE, Harbour Wire Writer Sun Sep 11, 6:18 AM ET')).toBe(true);
    expect(isStampLine('The vote is on March 3, 2024.')).toBe(false);
    expect(isStampLine('4:14 p.m.')).toBe(false);
    expect(isStampLine('— Jane Roe (@janeroe) April 4, 2017')).toBe(false);
    // Date lines with outlet trailers after separators, at the word limits.
    expect(isDateLine('November 20, 2019 / 1:07 AM / CBS News')).toBe(true);
    expect(isDateLine('Tuesday November 19 2019 10 01 pm PST / Harbour Weekly Morning Edition Desk / Staff')).toBe(true);
    expect(isDateLine('Tuesday, November 19, 2019, the council met at 10 in the morning to vote on the new bridge plan')).toBe(false);
  });

  it('counts words as runs of letters and numbers, as the Unicode regex does', () => {
    const pool = ['a', 'Z', '7', ' ', '-', "'", 'é', 'e\u0301', 'İ', '𝐀', '😀', '\ud800', '\udc00', '中', '٣', '\u00a0', '.', '\n'];
    const regex = (s: string): number => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let k = 0; k < 2000; k++) {
      const s = Array.from({ length: Math.floor(next() * 12) }, () => pool[Math.floor(next() * pool.length)]!).join('');
      expect(wordCount(s), JSON.stringify(s)).toBe(regex(s));
    }
    expect(wordCount('Nov. 20, 2019 — 9:28 AM')).toBe(6);
  });
});
