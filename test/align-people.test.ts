// Entity merge and quote fidelity across articles: quote-diff verdicts, a merge check, and the Witkoff corpus; the golden
// fidelity and merge cases are in test/cases/align/ (test/cases.test.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDoc } from '../src/nlp/doc.js';
import { extractAttributions } from '../src/extract/attributions.js';
import { alignPeople } from '../src/align/index.js';
import { diffQuote } from '../src/align/quote-diff.js';
import type { Article } from '../src/core/types.js';
import { corpusPath } from '../eval/shared.js';
import { existsSync } from 'node:fs';
import { articleFromText as articleFrom } from '../src/core/article.js';

const align = (articles: Article[]) => alignPeople(articles, articles.map((a) => extractAttributions(a, buildDoc(a.text, a.paragraphs))));

describe('quote-diff', () => {
  it('tells a fragment, an extension, a changed word and a paraphrase apart', () => {
    expect(diffQuote("That's what a dealmaker does.", 'what a dealmaker does').verdict).toBe('fragment');
    expect(diffQuote('what a dealmaker does', 'doing what a deal-maker does').verdict).toBe('extended');
    const alt = diffQuote('The talks were hard but honest', 'The talks were hard but fair');
    expect(alt.verdict).toBe('altered');
    expect(alt.changed).toEqual([{ from: 'honest', to: 'fair' }]);
    expect(diffQuote('We will win this', 'Victory is certain for our side').verdict).toBe('paraphrase');
    expect(diffQuote('Yes, we will.', 'yes we will').verdict).toBe('same');
  });
});

describe('alignPeople entity merge', () => {
  it('merges full names, surnames, honorific forms and roles across articles', () => {
    const a = articleFrom('a', 'Special envoy Ruth Adler flew to Narva. Adler met the mayor.\n');
    const b = articleFrom('b', 'Ms Adler said little. The Harbour Ministry said nothing.\n');
    const res = align([a, b]);
    const adler = res.entities.filter((e) => e.name.includes('Adler'));
    expect(adler.map((e) => e.name)).toEqual(['Ruth Adler']);
    expect(adler[0]!.articles).toEqual(['a', 'b']);
    expect(adler[0]!.roles).toContain('Special envoy');
    expect(res.entities.map((e) => e.id)).toEqual(res.entities.map((_, i) => `e${i + 1}`));
  });
  it('merges a lone surname the same way whatever order the articles come in', () => {
    const a = articleFrom('a', 'Protesters gathered outside Halden Tower on Monday. Halden said nothing.\n');
    const b = articleFrom('b', 'Mayor Ivo Halden met the council. Halden said the talks went well.\n');
    const owner = (articles: Article[]) => {
      const res = align(articles);
      return res.entities.filter((e) => e.articles.length > 0 && e.name.includes('Halden')).map((e) => `${e.name}:${[...e.articles].sort().join()}`).sort();
    };
    expect(owner([a, b])).toEqual(owner([b, a]));
  });
});

const witkoff = corpusPath('witkoff-leak');
describe.skipIf(!existsSync(witkoff))('witkoff-leak corpus', () => {
  if (!existsSync(witkoff)) console.log('skipped: ../shared/corpus/witkoff-leak not found');
  it('groups the same Trump remark ("what a dealmaker does") across outlets', () => {
    const files = readdirSync(witkoff).filter((f) => f.endsWith('.txt')).sort();
    const articles = files.map((f, i) => articleFrom(`a${i + 1}`, readFileSync(`${witkoff}/${f}`, 'utf8')));
    const res = align(articles);
    const byId = new Map(res.quotes.map((q) => [q.id, q]));
    const group = res.quoteGroups.find((g) => g.quotes.some((id) => /dealmaker does/i.test(byId.get(id)?.text ?? '')));
    expect(group).toBeDefined();
    const texts = group!.quotes.map((id) => byId.get(id)!.text);
    expect(texts.some((t) => /^that's what a dealmaker does/i.test(t) || /That's what a dealmaker does\.?$/.test(t))).toBe(true);
    expect(new Set(group!.quotes.map((id) => byId.get(id)!.article)).size).toBeGreaterThanOrEqual(3);
    const trump = res.entities.find((e) => e.id === group!.speaker);
    expect(trump?.name).toMatch(/Trump/);
  });
  it('gives "The Trump aide suggested…" to Trump\'s envoy, not to Putin\'s aide', () => {
    const files = readdirSync(witkoff).filter((f) => f.endsWith('.txt')).sort();
    const articles = files.map((f, i) => articleFrom(`a${i + 1}`, readFileSync(`${witkoff}/${f}`, 'utf8')));
    const res = align(articles);
    const q = res.quotes.filter((x) => /^I would make the call and just reiterate/.test(x.text));
    expect(q.length).toBeGreaterThan(0);
    for (const x of q) expect(x.speakerName).not.toMatch(/Ushakov/);
    expect(q.some((x) => /Witkoff/.test(x.speakerName ?? ''))).toBe(true);
  });
});

describe('the name an entity goes by', () => {
  it('is the full name the articles use most, not a longer nickname used once', async () => {
    const { mergeEntities } = await import('../src/align/people/entities.js');
    const mention = (article: string, start: number, text: string) => ({ article, start, end: start + text.length, text, form: 'full' as const });
    const local = (id: string, article: string, name: string, aliases: string[], texts: string[]) => ({
      id, name, kind: 'person' as const, aliases, roles: [], articles: [article], mentions: texts.map((t, i) => mention(article, i * 100, t)),
    });
    const { entities } = mergeEntities(
      [
        local('a:e1', 'a', 'Iron Jana Ruusk', ['Jana Ruusk', 'Ruusk'], ['Jana Ruusk', 'Iron Jana Ruusk']),
        local('b:e1', 'b', 'Jana Ruusk', [], ['Jana Ruusk', 'Jana Ruusk']),
      ],
      new Map([['a', 0], ['b', 1]]),
    );
    expect(entities).toHaveLength(1);
    expect(entities[0]!.name).toBe('Jana Ruusk');
    expect(entities[0]!.aliases).toContain('Iron Jana Ruusk');
  });
});

describe('a definite description as speaker', () => {
  const speakerOf = (text: string, quoted: RegExp): string | null => {
    const a = articleFrom('a', text);
    const out = extractAttributions(a, buildDoc(a.text, a.paragraphs));
    const q = out.quotes.find((x) => quoted.test(x.text));
    return out.entities.find((e) => e.id === q?.speaker)?.name ?? null;
  };

  it('credits "the agency added" to the agency named before it', () => {
    const text = 'The Harwick Press Agency reported the ruling on Monday.\n\nThe agency added, "the ferry will run again in June."\n';
    expect(speakerOf(text, /ferry will run/)).toBe('Harwick Press Agency');
  });

  it('credits no one when no organisation before it ends in that noun', () => {
    const text = 'The Harwick Press Agency reported the ruling on Monday.\n\nThe council added, "the ferry will run again in June."\n';
    expect(speakerOf(text, /ferry will run/)).toBeNull();
  });
});
