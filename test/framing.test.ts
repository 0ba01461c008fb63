// Framing per outlet on team-written reports of one invented exchange of prisoners: what each leads with, omits and adds,
// and the words each uses for the same people and countries (a role in one outlet, a title in another, a capital or
// seat of government for the country), with the evidence of every form; and both reports' Framing section.
import { describe, expect, it } from 'vitest';
import { analyzeDocuments, renderHtml, renderMarkdown, type Dossier, type Entity, type Framing } from '../src/index.js';
import { COUNTRIES, countryMentions, countryOf, nameGroups } from '../src/framing/index.js';
import { framingLines } from '../src/render/framing.js';
import { articleFromText } from '../src/core/article.js';
import { buildDoc } from '../src/nlp/index.js';
import { extractEntities } from '../src/extract/index.js';

const NORTHLINE = `Exchange talks to resume

Talks on a prisoner exchange will resume in Geneva on Friday, Russian and Ukrainian officials said on Tuesday.

Yuri Ushakov, Putin's most senior foreign policy aide, said the two delegations would meet for two days. He said the list of names had been agreed in principle.

The Red Cross will observe the exchange, according to a statement from the organisation.`;

const LEDGER = `Geneva talks resume Friday

Talks on a prisoner exchange will resume in Geneva on Friday, officials said on Tuesday.

Yuri Ushakov told reporters in Moscow that the delegations would meet for two days. The Kremlin aide said a list of 200 names had been agreed in principle.

Kyiv has asked for the release of wounded soldiers first, a Ukrainian negotiator said.

Russian President Vladimir Putin approved the list on Monday, according to the Ledger's sources.`;

const RADIO = `Prisoner talks back on

Russia and Ukraine will resume talks on a prisoner exchange in Geneva on Friday, officials said on Tuesday.

The Kremlin said the delegations would meet for two days, and Yuri Ushakov said a list of names had been agreed in principle.

Kyiv has asked for the release of wounded soldiers first, a Ukrainian negotiator said.

Vladimir Putin has not spoken about the talks in public since March.`;

const encoder = new TextEncoder();
const dossier: Dossier = analyzeDocuments(
  [
    ['northline.txt', NORTHLINE, 'Northline News'],
    ['ledger.txt', LEDGER, 'The Dorrevan Ledger'],
    ['radio.txt', RADIO, 'Estmark Radio'],
  ].map(([source, text, outlet]) => ({ source: source!, contentType: 'text/plain', bytes: encoder.encode(text!), hints: { outlet: outlet! } })),
  { now: '2026-01-01T00:00:00Z' },
);

const framingOf = (outlet: string): Framing => {
  const f = dossier.framing.find((x) => x.outlet === outlet);
  if (!f) throw new Error(`no framing for ${outlet}`);
  return f;
};
const formsOf = (outlet: string, actor: string): string[] => framingOf(outlet).names.find((n) => n.actor === actor)?.forms.map((x) => x.text) ?? [];
const claimText = (id: string): string => dossier.claims.find((c) => c.id === id)?.text ?? '';

describe('framing: claims', () => {
  it('has one framing per article', () => {
    expect(dossier.framing.map((f) => f.article).sort()).toEqual(dossier.articles.map((a) => a.id).sort());
  });

  it('leads: each report opens with the resumed talks, a claim all three share', () => {
    for (const outlet of ['Northline News', 'The Dorrevan Ledger', 'Estmark Radio']) {
      expect(framingOf(outlet).leads.map(claimText).join('\n'), outlet).toMatch(/resume/);
    }
  });

  it('omits: the one report without the request for the wounded first leaves out what both others state', () => {
    expect(framingOf('Northline News').omits.map(claimText)).toEqual([expect.stringMatching(/wounded soldiers/)]);
    expect(framingOf('The Dorrevan Ledger').omits).toEqual([]);
    expect(framingOf('Estmark Radio').omits).toEqual([]);
  });

  it('adds: the Red Cross detail only Northline gives', () => {
    expect(framingOf('Northline News').adds.map(claimText)).toEqual([expect.stringMatching(/Red Cross/)]);
    expect(framingOf('Estmark Radio').adds.map(claimText).join('\n')).not.toMatch(/Red Cross/);
  });
});

describe('framing: names', () => {
  it("one outlet's appositive role and another's title name the same person", () => {
    expect(formsOf('Northline News', 'Yuri Ushakov')).toEqual(['Yuri Ushakov', "Putin's most senior foreign policy aide"]);
    expect(formsOf('The Dorrevan Ledger', 'Yuri Ushakov')).toEqual(['Yuri Ushakov', 'The Kremlin aide']);
  });

  it('a title written before a name is one form with it, in place of the bare name', () => {
    expect(formsOf('The Dorrevan Ledger', 'Vladimir Putin')).toEqual(['Russian President Vladimir Putin']);
    expect(formsOf('Estmark Radio', 'Vladimir Putin')).toEqual(['Vladimir Putin']);
  });

  it('a capital and a seat of government name the country; a seat inside a title does not', () => {
    expect(formsOf('The Dorrevan Ledger', 'Russia')).toEqual(['Moscow']);
    expect(formsOf('Estmark Radio', 'Russia')).toEqual(['Russia', 'Kremlin']);
    expect(formsOf('Estmark Radio', 'Ukraine')).toEqual(expect.arrayContaining(['Ukraine', 'Kyiv']));
  });

  it('every form points at its words in its article', () => {
    const textOf = new Map(dossier.articles.map((a) => [a.id, a.text]));
    for (const f of dossier.framing) {
      for (const form of f.names.flatMap((n) => n.forms)) {
        for (const s of form.sources) {
          expect(s.article).toBe(f.article);
          expect(textOf.get(s.article)!.slice(s.start, s.end).toLowerCase().replace(/\s+/g, ' ')).toBe(form.text.toLowerCase().replace(/\s+/g, ' '));
        }
      }
    }
  });
});

describe('framing: names cut short', () => {
  const text = 'Kim Jong met Kim Jong Un. Donald Trump and Donald Trump Jr. spoke, as did Lars Holm of the Lars Holm Foundation.';
  const article = articleFromText('a1', text);
  const entity = (id: string, name: string, kind: Entity['kind']): Entity => {
    const start = text.indexOf(name);
    return { id, name, kind, aliases: [], roles: [], articles: ['a1'], mentions: [{ article: 'a1', start, end: start + name.length, text: name, form: 'full' }] };
  };
  const groups = nameGroups([article], [
    entity('e1', 'Kim Jong', 'person'),
    entity('e2', 'Kim Jong Un', 'organization'),
    entity('e3', 'Donald Trump', 'person'),
    entity('e4', 'Donald Trump Jr.', 'person'),
    entity('e5', 'Lars Holm', 'person'),
    entity('e6', 'Lars Holm Foundation', 'organization'),
  ]);
  const together = (a: string, b: string): boolean => groups.some((g) => g.entities.includes(a) && g.entities.includes(b));

  it('joins a two-word name to the three-word name it starts, whatever kind the longer was given', () => {
    expect(together('e1', 'e2')).toBe(true);
  });

  it('keeps a son and a body apart from the person whose name they start with', () => {
    expect(together('e3', 'e4')).toBe(false);
    expect(together('e5', 'e6')).toBe(false);
  });
});

describe('framing: the country list', () => {
  it('reads capitals, seats and demonym governments as their country, and nothing else', () => {
    const name = (s: string): string | undefined => COUNTRIES[countryOf(s)]?.name;
    expect(name('the Kremlin')).toBe('Russia');
    expect(name('Pyongyang')).toBe('North Korea');
    expect(name('Iranian officials')).toBe('Iran');
    expect(name('North Korean')).toBe('North Korea');
    expect(countryOf('Washington Post')).toBe(-1);
  });

  it('reads no name in a dateline: the place the report was filed from names no actor', () => {
    const a = articleFromText('a1', 'MOSCOW — Officials in Kyiv met the Kremlin envoy.\n\nMoscow said nothing.');
    const russia = nameGroups([a], extractEntities(a, buildDoc(a.text, a.paragraphs)).entities).find((g) => g.actor === 'Russia');
    expect(russia?.mentions.map((m) => m.text)).toEqual(['Kremlin', 'Moscow']);
  });

  it('matches forms as written: "US" is the country, "us" is not', () => {
    const a = articleFromText('a1', 'They told us that US officials met Iranian officials in Paris.');
    expect(countryMentions(a).map((m) => m.text)).toEqual(['US officials', 'Iranian officials', 'Paris']);
  });
});

describe('framing: reports', () => {
  it('Markdown has a Framing section with what each outlet omits, adds and how it names people', () => {
    const md = renderMarkdown(dossier);
    const section = md.slice(md.indexOf('## Framing'), md.indexOf('\n## ', md.indexOf('## Framing') + 1));
    expect(section).toMatch(/\*\*Northline News\*\*: leads with .*omits "Kyiv has asked.*adds 1 single-source detail/);
    expect(section).toContain('Yuri Ushakov as "Yuri Ushakov", "The Kremlin aide"');
  });

  it('shows a sentence an outlet leads with once, though two shared claims rest on it', () => {
    const a = articleFromText('a1', 'The ferry will run again from Monday. Fares stay the same.', { outlet: 'Northline News' });
    const src = { article: 'a1', start: 0, end: 37 };
    const claim = (id: string) => ({ id, text: id, status: 'partial' as const, sources: [src], articles: ['a1'] });
    const d: Dossier = { ...dossier, articles: [a], claims: [claim('c1'), claim('c2')], framing: [{ article: 'a1', outlet: 'Northline News', leads: ['c1', 'c2'], omits: [], adds: [], names: [] }] };
    expect(framingLines(d)[0]!.leads).toEqual(['The ferry will run again from Monday.']);
  });

  it('shows what each outlet leads with in its own words, not the shared claim in another outlet\'s', () => {
    const md = renderMarkdown(dossier);
    expect(md).toMatch(/\*\*Estmark Radio\*\*: leads with "Russia and Ukraine will resume talks/);
    expect(md).toMatch(/\*\*The Dorrevan Ledger\*\*: leads with "Talks on a prisoner exchange will resume in Geneva on Friday, officials said/);
  });

  it('HTML has a Framing table with the names used', () => {
    const html = renderHtml(dossier);
    const section = html.slice(html.indexOf('<h2>Framing</h2>'), html.indexOf('</section>', html.indexOf('<h2>Framing</h2>')));
    expect(section).toContain('<th>names used</th>');
    expect(section).toContain('“Putin&#39;s most senior foreign policy aide”');
  });
});
