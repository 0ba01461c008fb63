// The brief's promises, on the team's example corpus: sections in order, every word cited, no opinion wording.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Claim, Conflict, Dossier, Quote } from '../src/core/types.js';
import { analyzeDocuments, analyzeInputs } from '../src/pipeline/analyze.js';
import { buildBrief } from '../src/brief/index.js';
import { isQuotation, isRemark, withStatementLead } from '../src/brief/lead.js';
import { withSpeakers } from '../src/brief/speakers.js';
import { pronounBeforeName, unclosedQuotation } from '../src/brief/self-contained.js';
import { phrases, sharesPhrase } from '../src/brief/repeats.js';
import { SlantIndex } from '../src/brief/evidence.js';
import { buildDoc } from '../src/nlp/index.js';
import { EXAMPLES_DIR } from '../src/cli/commands/analyze.js';
import { uncitedBriefWords } from './helpers.js';

const ORDER = ['consensus', 'majority', 'single-source', 'conflict'];
const enc = new TextEncoder();
/** A hand-written story's article as a plain-text document. */
const doc = (name: string, text: string) => ({ source: `${name}.txt`, contentType: 'text/plain', bytes: enc.encode(text) });

describe('neutral brief on examples/corpus', () => {
  let d: Dossier;
  beforeAll(async () => {
    d = await analyzeInputs([EXAMPLES_DIR], { now: '2026-03-06T00:00:00Z' });
 
  }, 300_000);

  it('leads with a statement, then puts consensus first, then majority, single-source details and conflicts', () => {
    expect(isQuotation(d.brief[0]!.text)).toBe(false);
    // The lead may come from a later section when the first one opens with a quotation; the rest keep the order.
    const sections = d.brief.slice(1).map((b) => b.section ?? '');
    expect(sections[0]).toBe('consensus');
    const ranks = sections.map((s) => ORDER.indexOf(s));
    expect(ranks.every((r) => r >= 0)).toBe(true);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(sections).toContain('conflict');
  });

  it('leads with what the outlets lead with: the breach, not a later consensus fact such as the compensation', () => {
    expect(d.brief[0]!.section).toBe('consensus');
    expect(d.brief[0]!.text).toMatch(/embankment gave way/);
  });

  it('tells a disputed value only in the conflict lines, never inside a widened sentence of one outlet', () => {
    const disputed = d.conflicts.filter((c) => (c.confidence ?? 1) >= 0.7).flatMap((c) => c.values.flatMap((v) => v.sources));
    expect(disputed.length).toBeGreaterThan(0);
    for (const s of d.brief.filter((x) => x.section !== 'conflict'))
      for (const r of s.sources) expect(disputed.some((x) => x.article === r.article && x.start < r.end && r.start < x.end), s.text).toBe(false);
  });

  it('states a conflict as the values of one quoted claim, with who reports each', () => {
    const conflict = d.brief.find((b) => b.section === 'conflict');
    expect(conflict?.text).toMatch(/^Reports differ on the (figure|date|name|place|value) in “[^”]+”: .+ \(.+\) vs .+ \(.+\)\.$/);
  });

  it('cites spans that hold every content word of each sentence', () => {
    expect(uncitedBriefWords(d)).toEqual([]);
  });

  it('quotes no opinion sentence and no wording only the opinion piece carries', () => {
    const opinion = new Set(d.slant.filter((s) => s.genre === 'opinion').map((s) => s.article));
    expect(opinion.size).toBeGreaterThan(0);
    expect(d.brief.filter((x) => x.section !== 'conflict').length).toBeGreaterThan(0);
    for (const b of d.brief.filter((x) => x.section !== 'conflict')) {
      // The wording is the first source; the slant stage read every sentence under it, and none as opinion.
      const ref = b.sources[0]!;
      const under = d.slant.find((s) => s.article === ref.article)?.sentences.filter((s) => s.start < ref.end && ref.start < s.end) ?? [];
      expect(under.length, b.text).toBeGreaterThan(0);
      expect(under.some((s) => s.opinion), b.text).toBe(false);
      expect(b.sources.every((r) => opinion.has(r.article)), b.text).toBe(false);
    }
  });

  it('cites the chosen wording first, then only spans of the same claim', () => {
    const claims = new Map(d.claims.map((c) => [c.id, c]));
    // Without sentences that cite claims the loop below checks nothing.
    expect(d.brief.filter((x) => x.claims.length).length).toBeGreaterThan(0);
    for (const b of d.brief.filter((x) => x.claims.length)) {
      const own = b.claims.flatMap((id) => claims.get(id)!.sources);
      for (const ref of b.sources.slice(1)) expect(own).toContainEqual(ref);
    }
  });
});

describe('brief citations and speakers, on hand-written stories', () => {

  it('names a quote’s speaker instead of the pronoun the source attributes it with', () => {
    const a = 'Port strike halts cranes\n\nDock workers in Porto Lindo walked off the job on Monday, halting container traffic.\n\nUnion secretary Marta Ilves spoke to reporters at the gate on Monday morning.\n\n“We will not unload a single ship until the safety rules are signed,” she said.';
    const b = 'Porto Lindo port frozen\n\nContainer traffic at Porto Lindo stopped on Monday after dock workers walked off the job.\n\nMarta Ilves, the union secretary, addressed the strikers on Monday.\n\n“We will not unload a single ship until the safety rules are signed,” she said.';
    const d = analyzeDocuments([doc('a', a), doc('b', b)], { now: '2026-01-01T00:00:00Z' });
    const quoted = d.brief.find((s) => s.text.includes('unload a single ship'));
    expect(quoted?.text).toMatch(/\[Marta Ilves\] said$/);
    expect(uncitedBriefWords(d)).toEqual([]);
  });

  it('quotes no quotation that names no speaker, and no wording that opens with a pronoun it does not name', () => {
    const a = 'Dam repair begins\n\nEngineers began repairing the Sella Dam on Monday after weeks of leaks.\n\nThe mayor, Ana Ruiz, visited the site.\n\n“Every family downstream deserves a dam that holds.”\n\nShe promised a public report by the end of the month.';
    const b = 'Sella Dam work starts\n\nRepairs to the Sella Dam began on Monday after weeks of leaks, engineers said.\n\n“Every family downstream deserves a dam that holds.”\n\nShe promised a public report by the end of the month.';
    const d = analyzeDocuments([doc('a', a), doc('b', b)], { now: '2026-01-01T00:00:00Z' });
    expect(d.brief.length).toBeGreaterThan(0);
    expect(d.brief.some((s) => s.text.startsWith('“Every family'))).toBe(false);
    expect(d.brief.some((s) => /^She\b/.test(s.text))).toBe(false);
  });

  it('leads with the fact the outlets lead with, in an outlet’s lede wording, over a consensus detail told later', () => {
    const d = analyzeDocuments(
      [
        doc('a', ('Ferry talks\n\nThe Harwick ferry operator agreed on Friday to restore the night crossing for six months while the town council reviews its subsidy.\n\nThe council meets again on March 3, the operator said.\n\nSeveral residents had written to the council about the late-night gap in service.')),
        doc('b', ('Night ferry returns\n\nThe Harwick ferry will run its night crossing again for six months after the operator agreed on Friday to a temporary deal with the town council.\n\nThe council meets again on March 3 to settle the subsidy.\n\nThe operator had cut the crossing in January.')),
        doc('c', ('Harwick crossing\n\nA six-month deal restores the Harwick night ferry, the operator announced on Friday.\n\nThe council meets again on March 3, officials said.')),
      ],
      { now: '2026-01-01T00:00:00Z' },
    );
    expect(d.brief[0]?.text).toMatch(/six months|six-month/);
  });

  it('cites another outlet’s span only when it states the chosen wording itself', () => {
    const d = analyzeDocuments(
      [
        doc('a', 'Flood\n\nThe river Avon burst its banks on Monday, flooding 200 homes in Bradwell.'),
        doc('b', 'Floods\n\nThe river Avon burst its banks on Monday and flooded 200 homes in Bradwell.'),
      ],
      { now: '2026-01-01T00:00:00Z' },
    );
    const s = d.brief.find((x) => x.text.includes('Avon'));
    expect(s?.sources.map((r) => r.article).sort()).toEqual(['a1', 'a2']);
    const stub = buildBrief({
      articles: d.articles,
      docs: d.articles.map((x) => buildDoc(x.text, x.paragraphs)),
      claims: d.claims,
      conflicts: [],
      slant: d.slant,
      restatement: (x, y) => (x.article === y.article ? 1 : 0),
    });
    expect(stub.find((x) => x.text.includes('Avon'))?.sources).toHaveLength(1);
  });
  it('leaves out a single-source detail whose only wording answers a sentence the brief lacks', () => {
    const d = analyzeDocuments(
      [
        doc('a', 'Dam plan\n\nThe council of Dunmore approved a new dam on the river Brenna on Monday.\n\nMayor Ana Ruiz did not promise lower tolls. On the contrary, Ana Ruiz suggested the 12 tolls would stay.'),
        doc('b', 'Dam approved\n\nThe council of Dunmore approved a new dam on the river Brenna on Monday.\n\nBuilders Karl Aske and Sons expect 300 workers on site.'),
      ],
      { now: '2026-01-01T00:00:00Z' },
    );
    expect(d.brief.some((x) => /On the contrary/.test(x.text))).toBe(false);
    expect(d.brief.some((x) => /300 workers/.test(x.text))).toBe(true);
  });
  it('tells a disputed fact once, as what each outlet says, never as one outlet’s version', () => {
    const d = analyzeDocuments(
      [
        doc('a', 'Ferry lost\n\nTwelve passengers died when the ferry Stella capsized off Kemi on Monday.\n\nRescue boats searched the bay overnight.'),
        doc('b', 'Ferry disaster\n\nTwelve passengers died when the ferry Stella capsized off Kemi on Monday.\n\nDivers joined the search on Tuesday.'),
        doc('c', 'Kemi ferry\n\nFifteen passengers died when the ferry Stella capsized off Kemi on Monday.\n\nThe harbour was closed.'),
      ],
      { now: '2026-01-01T00:00:00Z' },
    );
    // Before: "Fifteen passengers died…" led the brief as the consensus, above the conflict line that disputes it.
    expect(d.brief.filter((s) => s.section !== 'conflict').some((s) => /passengers died/.test(s.text))).toBe(false);
    expect(d.brief.some((s) => s.section === 'conflict' && /Twelve/.test(s.text) && /Fifteen/.test(s.text))).toBe(true);
  });
});

describe('speakers named in the brief', () => {
  const text = 'Ana Ruiz told reporters that she would not resign. “We will rebuild,” she said.';
  const quote = (start: number): Quote => ({ id: 'q', article: 'a1', start: 0, end: 1, text: '', speaker: 'Ana Ruiz', speakerName: 'Ana Ruiz', speakerSpan: { start, end: start + 3 } });

  it('brackets the name for a pronoun the wording does not resolve itself', () => {
    const at = text.indexOf('she said');
    const ref = { article: 'a1', start: text.indexOf('“We'), end: text.length };
    expect(withSpeakers(text, ref, [quote(at)])).toBe('“We will rebuild,” [Ana Ruiz] said.');
  });

  it('keeps the pronoun when the wording names the speaker before it', () => {
    const ref = { article: 'a1', start: 0, end: text.indexOf('.') + 1 };
    expect(withSpeakers(text, ref, [quote(text.indexOf('she would'))])).toBe('Ana Ruiz told reporters that she would not resign.');
  });

  it('keeps the pronoun when the wording names the speaker after it', () => {
    const later = 'As she toured the site, Ms. Ruiz said the dam would be rebuilt.';
    const ref = { article: 'a1', start: 0, end: later.length };
    expect(withSpeakers(later, ref, [quote(later.indexOf('she toured'))])).toBe(later);
  });

  it('names the speaker once: a later pronoun for the same speaker stays', () => {
    const two = 'She has said that she hoped to reopen the bridge by May.';
    const ref = { article: 'a1', start: 0, end: two.length };
    const quotes = [quote(0), quote(two.indexOf('she hoped'))];
    expect(withSpeakers(two, ref, quotes)).toBe('[Ana Ruiz] has said that she hoped to reopen the bridge by May.');
  });
});

describe('the lead', () => {
  it('is the first statement when the brief opens with a quotation, the rest in their order', () => {
    const brief = [
      { text: '“We will not unload a single ship,” [Marta Ilves] said.', section: 'consensus' },
      { text: '“Nobody waits,” she added.', section: 'consensus' },
      { text: 'Dock workers in Porto Lindo walked off the job on Monday.', section: 'majority' },
      { text: 'The port authority said 14 ships were waiting.', section: 'single-source' },
    ];
    expect(withStatementLead(brief).map((s) => s.text.slice(0, 12))).toEqual(['Dock workers', '“We will not', '“Nobody wait', 'The port aut']);
    expect(withStatementLead(brief.slice(0, 2))).toEqual(brief.slice(0, 2));
    expect(withStatementLead(brief.slice(2))).toEqual(brief.slice(2));
  });

  it('is no remark either: a sentence a good part of which quotes someone at length moves behind the first statement', () => {
    const brief = [
      { text: 'Workers will get back pay “very quickly or as soon as possible,” [Ana Ruiz] said.', section: 'consensus' },
      { text: 'The council voted to reopen the Sella Dam road on Friday, ending the “temporary” closure.', section: 'majority' },
    ];
    expect(isRemark(brief[0]!.text)).toBe(true);
    // A word or two in quotation marks inside a report is the writer's statement.
    expect(isRemark(brief[1]!.text)).toBe(false);
    expect(withStatementLead(brief).map((s) => s.section)).toEqual(['majority', 'consensus']);
  });
});

describe('brief wordings that do not stand alone', () => {
  it('quotes the whole sentence for a participle phrase cut from the clause it opens', () => {
    const lead = 'Having met six times in Kemi and spoken by phone 20 times, the two mayors signed the harbour accord on Monday.';
    const d = analyzeDocuments([doc('a', `Accord signed\n\n${lead}`), doc('b', `Harbour accord\n\n${lead}`)], { now: '2026-01-01T00:00:00Z' });
    const opening = d.brief.filter((s) => s.text.startsWith('Having met'));
    expect(opening.length).toBeGreaterThan(0);
    for (const s of opening) expect(s.text).toMatch(/signed the harbour accord/);
  });
});

describe('which facts the brief tells first, and from which spans', () => {
  const texts = [
    'Bridge shut\n\nThe city closed the Harlan Bridge on Friday after inspectors found cracks in two of its piers. The repair crews arrived from the coast late at night with heavy lifting gear and lights.',
    'Harlan Bridge closed\n\nInspectors found cracks in two piers of the Harlan Bridge, and the city closed it on Friday. The repair crews arrived from the coast late at night with heavy lifting gear and lights.',
    'Traffic chaos\n\nCommuters faced long queues across the river on Friday morning. The repair crews arrived from the coast late at night with heavy lifting gear and lights.',
  ];
  const d = analyzeDocuments(texts.map((t, i) => doc(`n${i}`, t)), { now: '2026-01-01T00:00:00Z' });
  const span = (k: number, phrase: string) => {
    const text = d.articles[k]!.text;
    const start = text.indexOf(phrase);
    return { article: d.articles[k]!.id, start, end: start + phrase.length };
  };
  const lede = [span(0, 'The city closed the Harlan Bridge on Friday after inspectors found cracks in two of its piers.'), span(1, 'Inspectors found cracks in two piers of the Harlan Bridge, and the city closed it on Friday.')];
  const crews = [0, 1, 2].map((k) => span(k, 'The repair crews arrived from the coast late at night with heavy lifting gear and lights.'));
  const brief = (claims: Claim[], conflicts: Conflict[] = []) =>
    buildBrief({ articles: d.articles, docs: d.articles.map((x) => buildDoc(x.text, x.paragraphs)), claims, conflicts, slant: d.slant, restatement: () => 1 });

  it('leads with a fact the outlets lead with, ahead of a later detail more outlets give', () => {
    // Before: the crews' arrival (three outlets, late in each article) led; the closure two outlets lead with came second.
    const claims: Claim[] = [
      { id: 'claim-1', text: 'crews', status: 'partial', sources: crews },
      { id: 'claim-2', text: 'closed', status: 'partial', sources: lede },
    ];
    expect(brief(claims)[0]?.claims).toEqual(['claim-2']);
  });

  it('opens with a fact several outlets lead with when no consensus fact is any outlet’s lede', () => {
    // Before: the crews' arrival, told late by all three outlets, opened the brief as the consensus section's first fact.
    const claims: Claim[] = [
      { id: 'claim-1', text: 'crews', status: 'consensus', sources: crews },
      { id: 'claim-2', text: 'closed', status: 'partial', sources: lede },
    ];
    const out = brief(claims);
    expect(out[0]?.claims).toEqual(['claim-2']);
    expect(out[0]!.section).toBe('majority');
    // A consensus fact that is an outlet's lede keeps the opening.
    const consensusLede: Claim[] = [
      { id: 'claim-1', text: 'closed', status: 'consensus', sources: [...lede, crews[2]!] },
      { id: 'claim-2', text: 'crews', status: 'partial', sources: crews.slice(0, 2) },
    ];
    expect(brief(consensusLede)[0]?.claims).toEqual(['claim-1']);
  });

  it('leaves out only the spans that hold a disputed value, and tells the fact from the others', () => {
    // Before: the whole claim was dropped when one of its spans held a value another outlet disputes.
    const disputed = span(0, 'two of its piers');
    const conflict: Conflict = { topic: 'piers', kind: 'count', confidence: 1, values: [{ value: 'two', sources: [disputed] }, { value: 'three', sources: [span(2, 'long queues')] }] };
    const out = brief([{ id: 'claim-1', text: 'closed', status: 'partial', sources: lede }], [conflict]);
    const told = out.find((s) => s.claims.includes('claim-1'));
    expect(told?.sources.map((r) => r.article)).toEqual([d.articles[1]!.id]);
  });
});

describe('self-contained wordings', () => {
  const check = (text: string): boolean => pronounBeforeName(buildDoc(text), { article: 'a1', start: 0, end: text.length });

  it('finds a pronoun that refers back before anyone is named, past a day name', () => {
    expect(check('But on Thursday, in a rebuke of the mayor, he decided that the plan went too far.')).toBe(true);
  });

  it('accepts a wording that names its subject first, or whose pronoun is inside a quotation', () => {
    expect(check('On Thursday, Ana Ruiz said she would not resign.')).toBe(false);
    expect(check('The council said: “They have not paid for the repairs.”')).toBe(false);
  });
});

describe('repeats by phrase', () => {
  it('finds one fact told twice through a run of content words, not through function words alone', () => {
    const chosen = [phrases('The mayor said she had not seen the report, but that the figures looked sound.')];
    expect(sharesPhrase(phrases('Ana Ruiz told reporters on Tuesday that she had not seen the report itself.'), chosen)).toBe(true);
    expect(sharesPhrase(phrases('The council said that it was in the middle of a review.'), chosen)).toBe(false);
  });

  it('does not take a run of names and titles for a fact told twice', () => {
    const chosen = [phrases('The council said on Friday that Harbour Master Ana Ruiz would retire in June.')];
    expect(sharesPhrase(phrases('Harbour Master Ana Ruiz resigned on Friday in protest at the ferry cuts.'), chosen)).toBe(false);
  });
});

describe('the principal opposing reaction', () => {

  it('is in the brief when an outlet reports one, even past the single-source details told earlier', () => {
    const details = [
      'The bridge carried 4,200 vehicles a day before it shut.',
      'Repairs are expected to cost 3.1 million euros.',
      'The span was built in 1968 and last renovated in 2004.',
      'About 60 businesses on the east bank rely on its traffic.',
      'Ferry services will add 12 crossings a day from Monday.',
      'The town council will meet on March 9 to discuss funding.',
    ];
    const a = `Bridge shut\n\nThe Orla footbridge in Harwick was closed on Tuesday after engineers found cracks in its main beam.\n\n${details.join('\n\n')}\n\nCouncillor Ana Ruiz condemned the closure as reckless, saying traders had not been warned.`;
    const b = 'Harwick bridge\n\nEngineers closed the Orla footbridge in Harwick on Tuesday after finding cracks in its main beam.';
    const d = analyzeDocuments([doc('a', a), doc('b', b)], { now: '2026-01-01T00:00:00Z' });
    expect(d.brief.some((s) => /Ana Ruiz condemned the closure/.test(s.text))).toBe(true);
    const ranks = d.brief.map((s) => ORDER.indexOf(s.section ?? ''));
    expect(ranks.slice(1)).toEqual([...ranks.slice(1)].sort((x, y) => x - y));
  });
});

describe('loaded wording', () => {

  it('tells a fact in an outlet’s neutral words rather than another’s loaded ones', () => {
    const a = 'Harwick ferry\n\nThe Harwick council cut the ferry subsidy by half on Tuesday in a landmark vote.';
    const b = 'Ferry vote\n\nThe Harwick council cut the ferry subsidy by half on Tuesday after a vote, officials said.';
    const d = analyzeDocuments([doc('a', a), doc('b', b)], { now: '2026-01-01T00:00:00Z' });
    const told = d.brief.find((s) => /ferry subsidy/.test(s.text));
    expect(told?.text).toMatch(/after a vote/);
  });
});

describe('SlantIndex.loadedWithin', () => {
  it('finds the outlet’s own loaded words inside a span, not hedges or words outside it', () => {
    const slant = [{ article: 'a1', subjectivity: 0, genre: 'reporting' as const, sentences: [], hedges: [], loaded: [
      { start: 10, end: 17, text: 'slammed', category: 'loaded' },
      { start: 30, end: 37, text: 'perhaps', category: 'hedge' },
    ] }];
    const index = new SlantIndex(slant as never);
    expect(index.loadedWithin('a1', { start: 0, end: 20 })).toBe(true);
    expect(index.loadedWithin('a1', { start: 20, end: 40 })).toBe(false);
    expect(index.loadedWithin('a2', { start: 0, end: 40 })).toBe(false);
  });
});

describe('unclosedQuotation', () => {
  it('flags a wording that opens a quotation it never closes, and only that', () => {
    expect(unclosedQuotation('“We are proud of the new bridge, the mayor wrote')).toBe(true);
    expect(unclosedQuotation('The mayor wrote that the town was "proud of the bridge')).toBe(true);
    expect(unclosedQuotation('“We are proud of the new bridge,” the mayor wrote')).toBe(false);
    expect(unclosedQuotation('The mayor’s office said the bridge was "safe" to use')).toBe(false);
  });
});

describe('a clause widened to its sentence', () => {
  it('quotes the whole sentence for a clause cut right after a quotation that closes on a comma', () => {
    const a = 'Ferry talks\n\nThe mayor said on Tuesday that the ferry talks were at "a very advanced stage," and that the harbour board was looking at three new routes.';
    const d = analyzeDocuments([doc('a', a), doc('b', 'Other\n\nThe harbour board met on Monday to discuss the ferry timetable.')], { now: '2026-01-01T00:00:00Z' });
    const text = d.articles[0]!.text;
    const part = 'The mayor said on Tuesday that the ferry talks were at "a very advanced stage,"';
    const ref = { article: d.articles[0]!.id, start: text.indexOf(part), end: text.indexOf(part) + part.length };
    const claim: Claim = { id: 'claim-1', text: part, status: 'partial', sources: [ref], articles: [ref.article] } as Claim;
    const out = buildBrief({ articles: d.articles, docs: d.articles.map((x) => buildDoc(x.text, x.paragraphs)), claims: [claim], conflicts: [], slant: d.slant, restatement: () => 1 });
    expect(out.find((s) => s.claims.includes('claim-1'))?.text).toMatch(/three new routes\.?$/);
  });

  it('tells a fact in a wording of its own rather than a sentence that leads with another fact', () => {
    const a = 'Grain survey\n\nAccording to a survey by Dale and Company, the town lost at least 14 tonnes of grain in the flood, more than the 12 tonnes that the Harwick mill had ordered for the winter.';
    const b = 'Mill order\n\nFarmers in the valley counted their losses on Sunday. The Harwick mill had ordered 12 tonnes of grain for the winter before the flood reached the valley.';
    const d = analyzeDocuments([doc('a', a), doc('b', b)], { now: '2026-01-01T00:00:00Z' });
    const at = (k: number, phrase: string) => {
      const text = d.articles[k]!.text;
      const start = text.indexOf(phrase);
      return { article: d.articles[k]!.id, start, end: start + phrase.length };
    };
    const clause = at(0, 'more than the 12 tonnes that the Harwick mill had ordered for the winter');
    const own = at(1, 'The Harwick mill had ordered 12 tonnes of grain for the winter before the flood reached the valley');
    const claim: Claim = { id: 'claim-1', text: 'The Harwick mill had ordered 12 tonnes of grain', status: 'partial', sources: [clause, own], articles: [clause.article, own.article] } as Claim;
    const out = buildBrief({ articles: d.articles, docs: d.articles.map((x) => buildDoc(x.text, x.paragraphs)), claims: [claim], conflicts: [], slant: d.slant, restatement: () => 1 });
    expect(out.find((s) => s.claims.includes('claim-1'))?.text).toMatch(/^The Harwick mill had ordered/);
  });
});
