// The doc model's quotation spans: one table per article, read by quotes, claims and slant alike.
import { describe, expect, it } from 'vitest';
import { buildDoc, findQuotations, quotation, quotationText, quotations, quotedAt } from '../src/nlp/index.js';
import { checkedList } from '../src/core/util/lists.js';
import speechVerbs from '../src/extract/data/speech-verbs.json' with { type: 'json' };

describe('quotation spans on the Doc', () => {
  it('stores the spans findQuotations finds, marks included in open/close', () => {
    const t = '“He said ‘no’ twice,” she said. Then "fine" and it’s done.';
    const doc = buildDoc(t);
    expect(quotations(doc)).toEqual(findQuotations(t));
    expect(quotations(doc).map((q) => t.slice(q.open, q.close))).toEqual(['“He said ‘no’ twice,”', '"fine"']);
  });
  it('answers quotedAt for the marks and the words, and -1 outside', () => {
    const t = 'He said “we go” now.';
    const doc = buildDoc(t);
    expect(quotedAt(doc, t.indexOf('“'))).toBe(0);
    expect(quotedAt(doc, t.indexOf('we'))).toBe(0);
    expect(quotedAt(doc, t.indexOf('”'))).toBe(0);
    expect(quotedAt(doc, t.indexOf(' now'))).toBe(-1);
    expect(quotedAt(doc, 0)).toBe(-1);
  });
  it('continues a quote into a paragraph that reopens it, and drops the reopening mark from its text', () => {
    const t = '“First part of it.\n\n“Second part,” he said.';
    const doc = buildDoc(t);
    const q = quotation(doc, 0);
    expect(quotations(doc)).toHaveLength(1);
    expect(q.inner).toEqual([t.indexOf('\n\n“') + 2]);
    expect(quotationText(t, q)).toBe('First part of it.\n\nSecond part,');
    expect(quotedAt(doc, t.indexOf('Second'))).toBe(0);
  });
  it('keeps spans in text order without overlap', () => {
    const t = 'A “one” b “two, “three” c ‘four’ d «five» e.';
    const qs = findQuotations(t);
    for (let k = 1; k < qs.length; k++) expect(qs[k]!.open).toBeGreaterThanOrEqual(qs[k - 1]!.close);
  });
});

describe('speech-verbs.json', () => {
  it('has no duplicate or empty entry in any list', () => {
    for (const key of ['verbs', 'clauseVerbs', 'objects', 'blockIntros', 'sourcePhrases'] as const)
      expect(() => checkedList(`speech-verbs.json#${key}`, speechVerbs[key])).not.toThrow();
  });
});
