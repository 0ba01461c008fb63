// Runs one golden case through its stage and returns a plain view of the output for expected.json to match, plus the
// evidence rules every output of that stage must keep (offsets point at the text they claim). Stages are reached only
// through src/index.ts, so moves inside a stage do not break the cases.
import {
  Clusterer, alignClaims, alignPeople, buildDoc, extractAttributions, extractClaims, findReuse, measureSlant, readDocument,
  type Article, type Span,
} from '../../src/index.js';
import { caseArticles, type GoldenCase, type Stage } from './load.js';
// Not a stage: the shared rule for when two spellings name one outlet ("AP" and "Associated Press").
import { isOwnOutlet, outletKey } from '../../src/core/outlet.js';
// A data file, not a code path: the reuse threshold the invariant checks against.
import REUSE_SETTINGS from '../../src/reuse/data/settings.json' with { type: 'json' };

export interface StageResult {
  /** What expected.json is matched against; scripts/debug-case.ts prints it. */
  view: Record<string, unknown>;
  /** Broken evidence rules (an offset that does not point at its text, …): each fails the case. */
  invariants: string[];
}

const docOf = (a: Article) => buildDoc(a.text, a.paragraphs);

/** The text with the given spans blanked out: a snippet still found in it is touched by no span. */
const outside = (text: string, spans: Span[]): string => {
  // One blank per UTF-16 unit, so offsets into the text stay offsets into the view.
  let out = text;
  for (const s of spans) out = out.slice(0, s.start) + '\u2591'.repeat(Math.max(0, s.end - s.start)) + out.slice(s.end);
  return out;
};
/** The text with everything outside the spans blanked out: a snippet found in it lies inside a span. */
const inside = (text: string, spans: Span[]): string => {
  const keep = new Uint8Array(text.length);
  for (const s of spans) keep.fill(1, s.start, s.end);
  let out = '';
  for (let i = 0; i < text.length; i++) out += keep[i] ? text[i] : '\u2591';
  return out;
};

function readable(c: GoldenCase): StageResult {
  const f = c.files[0]!;
  const url = typeof c.input['url'] === 'string' ? c.input['url'] : undefined;
  const { article, diagnostics } = readDocument({ source: `${c.name}/${f.name}`, bytes: f.bytes, ...(url ? { hints: { url } } : {}) }, { id: c.name });
  if (!article) return { view: { article: null, diagnostics }, invariants: [`no article: ${JSON.stringify(diagnostics)}`] };
  const invariants: string[] = [];
  // Paragraph spans tile the text: each trimmed, in order.
  let last = 0;
  for (const p of article.paragraphs) {
    const t = article.text.slice(p.start, p.end);
    if (p.start < last) invariants.push(`paragraph ${p.start}-${p.end} starts before the previous one ends (${last})`);
    if (t.trim() !== t) invariants.push(`paragraph ${p.start}-${p.end} is not trimmed: ${JSON.stringify(t.slice(0, 40))}`);
    last = p.end;
  }
  return {
    view: {
      text: article.text,
      title: article.title,
      byline: article.byline,
      published: article.published,
      outlet: article.outlet,
      syndication: article.syndication,
      removed: article.removed.map((r) => ({ text: r.text, reason: r.reason })),
      paragraphs: article.paragraphs.map((p) => article.text.slice(p.start, p.end)),
    },
    invariants,
  };
}

function extract(c: GoldenCase): StageResult {
  const [article] = caseArticles(c);
  const a = article!;
  const res = extractAttributions(a, docOf(a));
  const invariants: string[] = [];
  for (const q of res.quotes) {
    // A quote over paragraphs drops the marks that reopen it.
    if (a.text.slice(q.start, q.end).replace(/\n\n[“"]/g, '\n\n') !== q.text) invariants.push(`quote ${q.id} offsets do not give its text`);
    if (q.speakerSpan && q.speakerSpan.end <= q.speakerSpan.start) invariants.push(`quote ${q.id} has an empty speaker span`);
  }
  for (const e of res.entities)
    for (const m of e.mentions ?? []) if (a.text.slice(m.start, m.end) !== m.text) invariants.push(`mention of ${e.name} at ${m.start} is not "${m.text}"`);
  for (const ct of res.citations)
    // The span names the outlet, or its short form after its full name ("the Ledger" for The Dorrevan Ledger).
    if (outletKey(a.text.slice(ct.start, ct.end)) !== outletKey(ct.cites) && !isOwnOutlet(a.text.slice(ct.start, ct.end), ct.cites)) invariants.push(`citation of ${ct.cites} at ${ct.start} points elsewhere`);
  return {
    view: {
      quotes: res.quotes.map((q) => ({ text: q.text, speakerName: q.speakerName, cue: q.cue ?? null, direct: q.direct ?? null })),
      directQuotes: res.quotes.filter((q) => q.direct).map((q) => q.text).join('\n'),
      entities: res.entities.map((e) => ({ name: e.name, kind: e.kind, roles: e.roles, mentions: e.mentions?.length ?? 0 })),
      citations: res.citations.map((ct) => ({ cites: ct.cites, kind: ct.kind })),
    },
    invariants,
  };
}

function align(c: GoldenCase): StageResult {
  const articles = caseArticles(c);
  const docs = articles.map(docOf);
  const people = alignPeople(articles, articles.map((a, i) => extractAttributions(a, docs[i]!)));
  const claims = alignClaims(articles, articles.map((a, i) => extractClaims(a, docs[i]!)));
  const textOf = new Map(articles.map((a) => [a.id, a.text]));
  const invariants: string[] = [];
  for (const cl of claims.claims)
    for (const s of cl.sources) {
      const t = textOf.get(s.article);
      if (t === undefined) invariants.push(`claim ${cl.id} cites unknown article ${s.article}`);
      else if (s.end > t.length || !t.slice(s.start, s.end).trim()) invariants.push(`claim ${cl.id} cites an empty or out-of-range span ${s.start}-${s.end}`);
    }
  // The quote group that spans every article: what the fidelity cases are about.
  const spanning = people.quoteGroups.find((g) => new Set(g.quotes.map((q) => q.split(':')[0])).size === articles.length);
  const entityName = new Map(people.entities.map((e) => [e.id, e.name]));
  return {
    view: {
      group: spanning
        ? {
            verdicts: spanning.variants?.map((v) => v.verdict) ?? [],
            divergent: spanning.divergent,
            speakerConflict: spanning.speakerConflict ?? false,
            changed: spanning.variants?.flatMap((v) => v.changed) ?? [],
          }
        : null,
      quoteGroups: people.quoteGroups.map((g) => g.quotes),
      entities: people.entities.map((e) => ({ name: e.name, kind: e.kind, roles: e.roles, articles: e.articles.length })),
      quotes: people.quotes.map((q) => ({ text: q.text, speakerName: q.speakerName, speakerEntity: q.speaker ? (entityName.get(q.speaker) ?? null) : null })),
      claims: claims.claims.map((cl) => ({
        text: cl.sources.map((s) => textOf.get(s.article)?.slice(s.start, s.end) ?? '').join('\n'),
        status: cl.status,
        articles: [...(cl.articles ?? [])].sort(),
      })),
      conflicts: claims.conflicts.map((cf) => ({ kind: cf.kind ?? null, values: cf.values.map((v) => v.value).sort() })),
    },
    invariants,
  };
}

/** Share of b's words found, in order, in a (longest common subsequence over the longer length). */
function lcsShare(a: string[], b: string[]): number {
  const dp = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let prev = 0;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j]!;
      dp[j] = a[i - 1] === b[j - 1] ? prev + 1 : Math.max(dp[j]!, dp[j - 1]!);
      prev = tmp;
    }
  }
  return dp[b.length]! / Math.max(a.length, b.length, 1);
}
const wordsOf = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

function reuse(c: GoldenCase): StageResult {
  const articles = caseArticles(c);
  const got = findReuse(articles);
  const invariants: string[] = [];
  // Only pairs with reuse are listed: a copied passage, a score worth reporting, or a rewrite.
  for (const r of got)
    if (!r.spans.length && r.score < REUSE_SETTINGS.minReportedScore && r.relation !== 'rewrite') invariants.push(`${r.a}/${r.b} listed with score ${r.score} and no passage`);
  const textOf = new Map(articles.map((a) => [a.id, a.text]));
  // A retold sentence pair points at a sentence on each side: both spans non-empty and inside their texts.
  for (const r of got)
    for (const s of r.rewritten ?? [])
      if (!(s.a.end > s.a.start && s.b.end > s.b.start && s.a.end <= textOf.get(r.a)!.length && s.b.end <= textOf.get(r.b)!.length)) invariants.push(`${r.a}/${r.b} retold sentence out of its text`);
  for (const r of got)
    r.spans.forEach((s, k) => {
      // The two sides of a passage say the same thing, up to small edits.
      const ta = textOf.get(r.a)!.slice(s.a.start, s.a.end);
      const tb = textOf.get(r.b)!.slice(s.b.start, s.b.end);
      if (lcsShare(wordsOf(ta), wordsOf(tb)) <= 0.85) invariants.push(`${r.a}/${r.b} passage ${k}: "${ta.slice(0, 60)}" vs "${tb.slice(0, 60)}"`);
    });
  return {
    view: {
      pairs: got.map((r) => {
        const spansA = r.spans.map((s) => s.a);
        return {
          pair: `${r.a}/${r.b}`,
          score: r.score,
          spans: r.spans.length,
          direction: r.direction ?? null,
          directionBasis: r.directionBasis ?? null,
          relation: r.relation ?? null,
          rewritten: r.rewritten?.length ?? 0,
          covered: inside(textOf.get(r.a)!, spansA),
          uncovered: outside(textOf.get(r.a)!, spansA),
        };
      }),
    },
    invariants,
  };
}

function slant(c: GoldenCase): StageResult {
  const [article] = caseArticles(c);
  const a = article!;
  const got = measureSlant(a, docOf(a));
  const invariants: string[] = [];
  if (got.article !== a.id) invariants.push(`slant is for article ${got.article}, not ${a.id}`);
  for (const m of [...got.loaded, ...got.hedges]) if (a.text.slice(m.start, m.end) !== m.text) invariants.push(`mark "${m.text}" at ${m.start} points elsewhere`);
  for (const s of got.sentences) if (!(s.subjectivity >= 0 && s.subjectivity <= 1)) invariants.push(`sentence at ${s.start} has subjectivity ${s.subjectivity}`);
  return {
    view: {
      genre: got.genre ?? null,
      subjectivity: got.subjectivity,
      lead: got.lead ? a.text.slice(got.lead.start, got.lead.end) : null,
      loaded: got.loaded.map((m) => m.text),
      hedges: got.hedges.map((m) => m.text),
      unloaded: outside(a.text, got.loaded),
      unhedged: outside(a.text, got.hedges),
    },
    invariants,
  };
}

/** The range of numeric view fields: a bound at or past its end is always true, so a case may not use it as a check. */
export const RANGES: Record<string, [number, number]> = { score: [0, 1], spans: [0, Infinity], subjectivity: [0, 1], mentions: [0, Infinity], articles: [0, Infinity] };

/** Each stage's runner; the stage names are the src/ folders whose entry points they call. */
/**
 * Cluster cases: the files in name order are the stream; front matter gives `published` and `title`. The view names
 * articles by id: `arrival` (each article's story as it arrived), `moves` (earlier articles a merge or split moved),
 * `duplicates` ("copy original"), and `stories` (the final ones, members in arrival order, by first member).
 */
function cluster(c: GoldenCase): StageResult {
  const clusterer = new Clusterer();
  const arrival: string[] = [];
  const moves: string[] = [];
  const duplicates: string[] = [];
  const last = new Map<string, string>();
  for (const f of c.files) {
    const published = typeof f.fields.published === 'string' ? f.fields.published : null;
    const title = typeof f.fields.title === 'string' ? f.fields.title : null;
    const got = clusterer.add({ id: f.id, text: f.text, published, title });
    arrival.push(`${got.id} ${got.story}`);
    last.set(got.id, got.story);
    if (got.duplicateOf) duplicates.push(`${got.id} ${got.duplicateOf}`);
    for (const m of got.moved) {
      moves.push(`${m.id} ${m.from}->${m.story}`);
      last.set(m.id, m.story);
    }
  }
  const invariants: string[] = [];
  // The lines a stream reader saw (arrival, then moves) end where the clusterer ends: the last line of an id is its story.
  for (const a of clusterer.assignments()) if (last.get(a.id) !== a.story) invariants.push(`${a.id}: last reported story ${last.get(a.id)}, final ${a.story}`);
  const listed = clusterer.list();
  const members = listed.flatMap((s) => s.members);
  if (members.length !== c.files.length || new Set(members).size !== members.length) invariants.push(`stories do not hold each article once: ${JSON.stringify(listed)}`);
  const order = new Map(c.files.map((f, i) => [f.id, i]));
  const stories = listed.map((s) => s.members).sort((x, y) => order.get(x[0]!)! - order.get(y[0]!)!).map((m) => m.join(' '));
  return { view: { arrival, moves, duplicates, stories }, invariants };
}

export const RUNNERS: Record<Stage, (c: GoldenCase) => StageResult> = { readable, extract, align, reuse, slant, cluster };
