// The page root as a browser's parser leaves it (readable/root.ts): <head> of metadata, then <body> with all content.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/readable/html.js';

const PARA = '<p>The county heritage trust said on Monday that the cottage would open as a museum next spring.</p>';
const rootTags = (doc: Document): string[] => [...doc.documentElement.children].map((c) => c.tagName.toLowerCase());

describe('parseDocument: the root repaired', () => {
  it('a <link> and a <script> between </head> and <body> go into the head; document.body is the page body', () => {
    const doc = parseDocument(`<html><head><title>T</title></head><link rel="stylesheet" href="a.css"><script>var x = 1;</script><body>${PARA}</body></html>`);
    expect(rootTags(doc)).toEqual(['head', 'body']);
    expect(doc.body.textContent).toContain('heritage trust');
    expect([...doc.head.children].map((c) => c.tagName.toLowerCase())).toEqual(['title', 'link', 'script']);
  });

  it('a head never closed gives up its content from the first non-metadata element on', () => {
    const doc = parseDocument(`<html><head><title>T</title><meta name="a" content="b"><div>Menu</div>${PARA}</html>`);
    expect(rootTags(doc)).toEqual(['head', 'body']);
    expect(doc.body.textContent).toContain('MenuThe county');
    expect([...doc.head.children].map((c) => c.tagName.toLowerCase())).toEqual(['title', 'meta']);
  });

  it('metadata at the root with no <head> tag goes into a head; content before and after <body> joins it in order', () => {
    const doc = parseDocument(`<html><meta charset="utf-8"><title>T</title><div>Before</div><body>${PARA}</body><p>After</p></html>`);
    expect(rootTags(doc)).toEqual(['head', 'body']);
    expect(doc.head.textContent).toBe('T');
    expect(doc.body.textContent).toMatch(/^Before.*next spring\.After$/);
  });

  it('a page already in shape is left as it is', () => {
    const doc = parseDocument(`<html><head><title>T</title></head><body>${PARA}</body></html>`);
    expect(rootTags(doc)).toEqual(['head', 'body']);
    expect(doc.body.innerHTML).toBe(PARA);
  });
});
