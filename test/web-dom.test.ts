// @vitest-environment jsdom
// The page's DOM builder: data becomes text, never markup; handler attributes, inline styles and script URLs are refused.
import { describe, expect, it } from 'vitest';
import { el, safeUrl } from '../web/src/dom.js';

describe('el', () => {
  it('sets strings as text nodes, so markup in data stays text', () => {
    const node = el('p', {}, '<img src=x onerror=alert(1)>', el('b', {}, '</p><script>x()</script>'));
    expect(node.querySelector('img, script')).toBeNull();
    expect(node.textContent).toBe('<img src=x onerror=alert(1)></p><script>x()</script>');
  });
  it('refuses event handler attributes and inline styles', () => {
    expect(() => el('a', { attrs: { onclick: 'x()' } })).toThrow(/onclick/);
    expect(() => el('div', { attrs: { style: 'color:red' } })).toThrow(/style/);
    expect(() => el('iframe', { attrs: { srcdoc: '<script></script>' } })).toThrow(/srcdoc/);
  });
  it('drops href values that are not same-origin paths or http(s) URLs', () => {
    expect(el('a', { attrs: { href: 'javascript:alert(1)' } }).hasAttribute('href')).toBe(false);
    expect(el('a', { attrs: { href: ' JaVaScRiPt:alert(1)' } }).hasAttribute('href')).toBe(false);
    expect(el('a', { attrs: { href: '//evil.example/x' } }).hasAttribute('href')).toBe(false);
    expect(el('a', { attrs: { href: '/d/abc' } }).getAttribute('href')).toBe('/d/abc');
  });
});

describe('safeUrl', () => {
  it('keeps paths, fragments and http(s) URLs only', () => {
    expect(safeUrl('#brief')).toBe('#brief');
    expect(safeUrl('https://example.org/a')).toBe('https://example.org/a');
    expect(safeUrl('data:text/html,<script>x()</script>')).toBeNull();
    expect(safeUrl('vbscript:x')).toBeNull();
  });
});
