// Runs the whole pipeline on the invented example corpus (examples/corpus) and checks the dossier against examples/gold.json.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article, Dossier, Entity, Quote, SourceRef } from '../src/core/types.js';

// ---------------------------------------------------------------------------------------------------------------------
// The gold's shape (documented in examples/README.md).

interface GoldArticle {
  title?: string;
  outlet?: string;
  knownOutlet?: string;
  published?: string;
  byline?: string;
  syndication?: string | null;
  mustContain?: string[];
  mustNotContain?: string[];
  /** Lines that must be listed in `removed[]`, with the rule that removed them when given. */
  recorded?: Array<{ text: string; reason?: string }>;
}
interface GoldPerson { name: string; kind: Entity['kind']; aliases: string[]; roles: string[]; files: string[] }
interface GoldQuote { file: string; contains: string[]; speaker: string; direct?: boolean; case: string }
interface GoldMember { file: string; contains: string; verdict?: string[] }
interface GoldQuoteGroup {
  about: string;
  members: GoldMember[];
  divergent?: boolean;
  /** Each entry: a verdict, or a list of alternatives (a trimmed quote is `fragment` or, from the other side, `extended`). */
  mustHaveVerdicts?: Array<string | string[]>;
  changed?: Array<{ from: string; to: string }>;
}
interface GoldCitation { file: string; cites: string; kind?: string[]; form: string }
interface Gold {
  now: string;
  articles: Record<string, GoldArticle>;
  people: GoldPerson[];
  quotes: GoldQuote[];
  quoteGroups: GoldQuoteGroup[];
  citations: GoldCitation[];
  noCitations: Array<{ file: string; cites: string; about: string }>;
  loaded: Array<{ file: string; words: string[]; min: number }>;
  consensus: Array<{ about: string; keywords: string[]; minArticles?: number }>;
  unique: Array<{ file: string; keywords: string[]; about: string }>;
  conflicts: Array<{ about: string; values: string[]; sources?: Record<string, string[]> }>;
  notConflicts: Array<{ about: string; values: string[] }>;
  reuse: Array<{ a: string; b: string; minScore: number; direction?: 'a->b' | 'b->a'; shared?: string[] }>;
  noReuse: Array<{ a: string; b: string; maxScore: number }>;
  timeline: Array<{ date: string; keywords: string[]; about: string }>;
  /** No entry (on that date, when given) whose text has all the keywords. */
  timelineNot: Array<{ date?: string; keywords: string[]; about: string }>;
  opinion: string[];
  reporting: string[];
  brief: { mustMention: string[]; mustNotContain: string[] };
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = join(root, 'examples', 'corpus');
const gold = JSON.parse(readFileSync(join(root, 'examples', 'gold.json'), 'utf8')) as Gold;
const corpusFiles = readdirSync(corpusDir).filter((f) => !f.startsWith('.')).sort();

// ---------------------------------------------------------------------------------------------------------------------
// Matching rules — the only tolerances (see examples/README.md).

/** Curly quotes and apostrophes to straight ones, one char for one char (offsets survive). */
const foldQuotes = (s: string): string => s.replace(/[‘’‚‛′]/g, "'").replace(/[“”„‟″«»]/g, '"');
/** foldQuotes plus whitespace runs to one space: for containment checks. */
const fold = (s: string): string => foldQuotes(s).replace(/\s+/g, ' ').trim();
const has = (hay: string | null | undefined, needle: string): boolean =>
  hay != null && fold(hay).toLowerCase().includes(fold(needle).toLowerCase());
/** Names: case-insensitive, a leading "the" ignored. */
const normName = (s: string): string => fold(s).toLowerCase().replace(/^the\s+/, '');
const sameName = (a: string | null | undefined, b: string): boolean => a != null && normName(a) === normName(b);
/** "14" matches "14" and "14 injured" but not "140" or "1.4": the number must stand alone (thousands commas ignored). */
const hasNumber = (value: string, n: string): boolean =>
  new RegExp(`(^|[^\\d.])${n.replace(/,/g, '')}($|[^\\d])`).test(value.replace(/(\d),(\d)/g, '$1$2'));
const short = (s: string, n = 90): string => {
  const f = fold(s);
  return f.length > n ? `${f.slice(0, n)}…` : f;
};

/** Where a missing snippet's first words occur, to point at the nearest text. */
function nearest(text: string, snippet: string): string {
  const words = fold(snippet).split(' ').slice(0, 3).join(' ').toLowerCase();
  const t = fold(text);
  const i = t.toLowerCase().indexOf(words);
  if (i < 0) return 'its first words are not in the text either';
  return `nearest text: "${t.slice(Math.max(0, i - 20), i + snippet.length + 20)}"`;
}

/** One check's findings: collect every difference, fail with the first one first. */
function report(problems: string[]): void {
  expect(problems, problems.length ? `${problems.length} difference(s); first: ${problems[0]}\n  ${problems.join('\n  ')}` : '').toEqual([]);
}

// ---------------------------------------------------------------------------------------------------------------------
// The gold against the corpus files themselves: runs without the pipeline, keeps the gold honest when either is edited.

/** A crude visible-text view of a file, good enough to confirm that gold snippets were typed from it. */
function rawText(file: string): string {
  const s = readFileSync(join(corpusDir, file), 'utf8');
  if (!file.endsWith('.html')) return s;
  return s
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

describe('examples/gold.json agrees with examples/corpus', () => {
  const raw = new Map(corpusFiles.map((f) => [f, rawText(f)]));
  const inFile = (file: string, snippet: string, what: string, problems: string[]): void => {
    const text = raw.get(file);
    if (text === undefined) problems.push(`${what}: gold names ${file}, which is not in examples/corpus`);
    else if (!has(text, snippet)) problems.push(`${what}: "${snippet}" is not in ${file}`);
  };

  it('every corpus file has a gold entry and every gold entry a file', () => {
    expect(Object.keys(gold.articles).sort()).toEqual(corpusFiles);
  });

  it('every article snippet (mustContain and mustNotContain) is in its source file', () => {
    const problems: string[] = [];
    for (const [file, a] of Object.entries(gold.articles)) {
      for (const s of [...(a.mustContain ?? []), ...(a.mustNotContain ?? [])]) inFile(file, s, 'articles', problems);
      if (a.title) inFile(file, a.title, 'title', problems);
      if (a.byline) inFile(file, a.byline, 'byline', problems);
      for (const r of a.recorded ?? []) inFile(file, r.text, 'recorded', problems);
    }
    report(problems);
  });

  it('every quote, group member and citation is in its file; every person in each listed file', () => {
    const problems: string[] = [];
    for (const q of gold.quotes) for (const s of q.contains) inFile(q.file, s, `quote (${q.case})`, problems);
    for (const g of gold.quoteGroups) for (const m of g.members) inFile(m.file, m.contains, `quoteGroup (${g.about})`, problems);
    for (const c of gold.citations) inFile(c.file, c.form, 'citation', problems);
    for (const c of gold.noCitations) inFile(c.file, c.cites, 'noCitation', problems);
    for (const l of gold.loaded) for (const w of l.words) inFile(l.file, w, 'loaded', problems);
    const names = new Set(gold.people.map((p) => p.name));
    for (const q of gold.quotes) if (!names.has(q.speaker)) problems.push(`quote speaker ${q.speaker} is not in gold.people`);
    for (const p of gold.people) {
      for (const f of p.files) {
        if (![p.name, ...p.aliases].some((n) => has(raw.get(f), n))) problems.push(`people: ${p.name} is not named in ${f}`);
      }
    }
    report(problems);
  });

  it('unique details are in one file only; consensus keywords in every file; conflict values in their files', () => {
    const problems: string[] = [];
    for (const u of gold.unique) {
      for (const [f, text] of raw) {
        const all = u.keywords.every((k) => has(text, k));
        if (f === u.file && !all) problems.push(`unique: ${u.keywords.join(' + ')} not in ${f}`);
        if (f !== u.file && all) problems.push(`unique: ${u.keywords.join(' + ')} is also in ${f}`);
      }
    }
    for (const c of gold.consensus) {
      for (const [f, text] of raw) for (const k of c.keywords) if (!has(text, k)) problems.push(`consensus: "${k}" not in ${f}`);
    }
    for (const c of gold.conflicts) {
      for (const [value, files] of Object.entries(c.sources ?? {})) {
        for (const f of files) if (!hasNumber(raw.get(f) ?? '', value)) problems.push(`conflict: ${value} not in ${f}`);
      }
    }
    for (const r of gold.reuse) {
      for (const s of r.shared ?? []) {
        inFile(r.a, s, 'reuse.shared', problems);
        inFile(r.b, s, 'reuse.shared', problems);
      }
    }
    for (const t of [...gold.timeline, ...gold.timelineNot]) {
      if (![...raw.values()].some((text) => t.keywords.every((k) => has(text, k)))) problems.push(`timeline: no file has ${t.keywords.join(' + ')}`);
    }
    for (const f of [...gold.opinion, ...gold.reporting]) if (!raw.has(f)) problems.push(`slant: ${f} is not in the corpus`);
    expect(new Set([...gold.opinion, ...gold.reporting]).size, 'opinion + reporting should cover every file once').toBe(corpusFiles.length);
    report(problems);
  });
});

// ---------------------------------------------------------------------------------------------------------------------
// The pipeline against the gold.

type Analyze = (inputs: string[], opts?: { now?: string }) => Promise<Dossier>;

/** The pipeline, or why it cannot run yet (a stage module not written yet is a skip; any other load error fails). */
async function loadPipeline(): Promise<{ analyze: Analyze | null; reason: string }> {
  if (!existsSync(join(root, 'src', 'pipeline', 'analyze.ts'))) return { analyze: null, reason: 'src/pipeline/analyze.ts is not written yet' };
  try {
    const m = (await import('../src/pipeline/analyze.js')) as { analyzeInputs: Analyze };
    return { analyze: m.analyzeInputs, reason: '' };
  } catch (error) {
    const message = (error as Error).message;
    if (/Cannot find module|Failed to load url|ERR_MODULE_NOT_FOUND|Does the file exist/i.test(message)) {
      return { analyze: null, reason: `the pipeline cannot load yet (a stage is missing): ${message.split('\n')[0]}` };
    }
    throw error;
  }
}

/** EXAMPLES_DOSSIER=<file.json> checks a dossier written earlier (e.g. by `triangulate analyze`) instead of running the pipeline. */
const saved = process.env.EXAMPLES_DOSSIER;
const pipeline: { analyze: Analyze | null; reason: string } = saved
  ? { analyze: async () => JSON.parse(readFileSync(saved, 'utf8')) as Dossier, reason: '' }
  : await loadPipeline();
if (!pipeline.analyze) console.warn(`[examples] skipping the pipeline checks: ${pipeline.reason}`);

describe.skipIf(!pipeline.analyze)('pipeline on examples/corpus matches examples/gold.json', () => {
  let d: Dossier;
  const byFile = new Map<string, Article>();
  const fileOf = new Map<string, string>();
  const entityById = new Map<string, Entity>();

  beforeAll(async () => {
    d = await pipeline.analyze!([corpusDir], { now: gold.now });
    for (const a of d.articles) {
      byFile.set(basename(a.source), a);
      fileOf.set(a.id, basename(a.source));
    }
    for (const e of d.entities) entityById.set(e.id, e);
  }, 300_000);

  const article = (file: string): Article => {
    const a = byFile.get(file);
    if (!a) {
      const diags = d.diagnostics.filter((x) => basename(x.source) === file).map((x) => `${x.rule}: ${x.message}`);
      throw new Error(`${file}: no article in the dossier (read: ${[...byFile.keys()].join(', ') || 'none'}; diagnostics for it: ${diags.join('; ') || 'none'})`);
    }
    return a;
  };
  const quotesIn = (file: string, contains: string[]): Quote[] => {
    const a = article(file);
    return d.quotes.filter((q) => q.article === a.id && contains.every((s) => has(q.text, s)));
  };
  const quoteList = (file: string): string => {
    const a = article(file);
    const qs = d.quotes.filter((q) => q.article === a.id);
    return qs.length ? qs.map((q) => `"${short(q.text, 50)}" (${q.speakerName ?? 'no speaker'})`).join(', ') : 'none';
  };
  const personOf = (name: string): GoldPerson => gold.people.find((p) => p.name === name)!;
  /** The gold name or an alias, or a longer name holding the full gold name ("Infrastructure Minister Dalia Renwick"). */
  const isPerson = (found: string | null | undefined, p: GoldPerson): boolean =>
    [p.name, ...p.aliases].some((n) => sameName(found, n)) ||
    (found != null && (normName(found) === normName(p.name) || normName(found).endsWith(` ${normName(p.name)}`)));

  it('no stage failed', () => {
    report(d.diagnostics.filter((x) => x.rule === 'stage-failed').map((x) => `${x.source}: ${x.message}`));
  });

  it('every corpus file became one article', () => {
    report(corpusFiles.filter((f) => !byFile.has(f)).map((f) => `${f}: not read (${d.diagnostics.filter((x) => basename(x.source) === f).map((x) => x.rule).join(', ') || 'no diagnostic'})`));
    expect(d.articles.length).toBe(corpusFiles.length);
  });

  it('every evidence span lies inside its article', () => {
    const problems: string[] = [];
    const texts = new Map(d.articles.map((a) => [a.id, a.text]));
    const check = (where: string, r: SourceRef): void => {
      const t = texts.get(r.article);
      if (t === undefined) problems.push(`${where}: unknown article ${r.article}`);
      else if (!(r.start >= 0 && r.start <= r.end && r.end <= t.length)) problems.push(`${where}: [${r.start}, ${r.end}) outside ${fileOf.get(r.article)} (length ${t.length})`);
    };
    for (const a of d.articles) {
      let last = 0;
      for (const p of a.paragraphs) {
        if (!(p.start >= last && p.start < p.end && p.end <= a.text.length)) problems.push(`${basename(a.source)}: paragraph [${p.start}, ${p.end}) out of order or outside the text (length ${a.text.length})`);
        else if (a.text.slice(p.start, p.end).includes('\n\n')) problems.push(`${basename(a.source)}: paragraph [${p.start}, ${p.end}) holds a blank line`);
        last = p.end;
      }
    }
    for (const q of d.quotes) {
      check(`quote ${q.id}`, q);
      const span = texts.get(q.article)?.slice(q.start, q.end) ?? '';
      const head = fold(q.text).split(' ').slice(0, 4).join(' ');
      if (!has(span, head)) problems.push(`quote ${q.id} in ${fileOf.get(q.article)}: text "${short(q.text, 40)}" does not start inside its span "${short(span, 40)}"`);
    }
    for (const c of d.claims) c.sources.forEach((s, i) => check(`claim ${c.id} source ${i}`, s));
    for (const c of d.conflicts) for (const v of c.values) v.sources.forEach((s, i) => check(`conflict "${c.topic}" ${v.value} source ${i}`, s));
    d.timeline.forEach((t, i) => t.sources.forEach((s) => check(`timeline ${i} (${t.date})`, s)));
    d.brief.forEach((b, i) => b.sources.forEach((s) => check(`brief sentence ${i}`, s)));
    for (const c of d.citations) check(`citation of ${c.cites}`, c);
    report(problems);
  });

  describe('articles: metadata, kept text, removed boilerplate', () => {
    it.each(Object.entries(gold.articles))('%s', (file, g) => {
      const a = article(file);
      const problems: string[] = [];
      if (g.title !== undefined && fold(a.title ?? '').toLowerCase() !== fold(g.title).toLowerCase()) problems.push(`${file}: title expected "${g.title}", found "${a.title}"`);
      if (g.outlet !== undefined && !sameName(a.outlet, g.outlet)) problems.push(`${file}: outlet expected "${g.outlet}", found "${a.outlet}"`);
      if (g.published !== undefined && a.published?.slice(0, 10) !== g.published) problems.push(`${file}: published expected ${g.published}, found ${a.published}`);
      if (g.byline !== undefined && !has(a.byline, g.byline)) problems.push(`${file}: byline expected to contain "${g.byline}", found "${a.byline}"`);
      if (g.syndication !== undefined) {
        const ok = g.syndication === null ? a.syndication === null : sameName(a.syndication, g.syndication);
        if (!ok) problems.push(`${file}: syndication expected ${JSON.stringify(g.syndication)}, found ${JSON.stringify(a.syndication)}`);
      }
      for (const s of g.mustContain ?? []) if (!has(a.text, s)) problems.push(`${file}: text lacks "${s}" — ${nearest(a.text, s)}`);
      for (const s of g.mustNotContain ?? []) {
        if (has(a.text, s)) {
          const t = fold(a.text);
          const i = t.toLowerCase().indexOf(fold(s).toLowerCase());
          problems.push(`${file}: boilerplate kept: "${s}" in "…${t.slice(Math.max(0, i - 30), i + s.length + 30)}…"`);
        }
      }
      for (const r of g.recorded ?? []) {
        const hit = a.removed.find((x) => has(x.text, r.text));
        if (!hit) problems.push(`${file}: removal of "${r.text}" not recorded in removed[] (recorded: ${a.removed.map((x) => `${x.reason}: "${short(x.text, 30)}"`).join(', ') || 'none'})`);
        else if (r.reason && hit.reason !== r.reason) problems.push(`${file}: "${r.text}" removed as ${hit.reason}, expected ${r.reason}`);
      }
      report(problems);
    });
  });

  describe('entities: merged across outlets, with kind and role', () => {
    it.each(gold.people.map((p) => [p.name, p] as const))('%s', (_name, p) => {
      const matches = d.entities.filter((e) => [e.name, ...e.aliases].some((n) => isPerson(n, p)));
      if (!matches.length) {
        const near = d.entities.filter((e) => has(e.name, p.name.split(' ').at(-1)!)).map((e) => `${e.name} (${e.kind})`);
        report([`${p.name}: no entity named ${[p.name, ...p.aliases].join(' / ')}; entities with a similar name: ${near.join(', ') || 'none'}`]);
        return;
      }
      const e = [...matches].sort((x, y) => y.articles.length - x.articles.length)[0]!;
      const problems: string[] = [];
      if (matches.length > 1) problems.push(`${p.name}: split into ${matches.length} entities: ${matches.map((m) => `${m.id} "${m.name}" [${m.articles.map((id) => fileOf.get(id)).join(', ')}]`).join('; ')}`);
      if (e.kind !== p.kind) problems.push(`${p.name}: kind expected ${p.kind}, found ${e.kind}`);
      for (const r of p.roles) if (!e.roles.some((x) => has(x, r))) problems.push(`${p.name}: no role containing "${r}" (roles: ${e.roles.join(', ') || 'none'})`);
      const files = new Set(e.articles.map((id) => fileOf.get(id)));
      for (const f of p.files) if (!files.has(f)) problems.push(`${p.name}: entity ${e.id} does not list ${f} (lists ${[...files].join(', ')})`);
      report(problems);
    });
  });

  describe('quotes: text and speaker', () => {
    it.each(gold.quotes.map((q) => [`${q.file}: ${q.case}`, q] as const))('%s', (_label, g) => {
      const found = quotesIn(g.file, g.contains);
      if (!found.length) {
        report([`${g.file}: no quote contains ${g.contains.map((s) => `"${s}"`).join(' and ')}; quotes found there: ${quoteList(g.file)}`]);
        return;
      }
      const p = personOf(g.speaker);
      const speakerOf = (q: Quote): string => {
        const e = q.speaker ? entityById.get(q.speaker) : undefined;
        return `entity ${e ? `"${e.name}"` : q.speaker ?? 'null'}, speakerName "${q.speakerName}"`;
      };
      const right = found.filter((q) => {
        const e = q.speaker ? entityById.get(q.speaker) : undefined;
        return isPerson(e?.name, p) || (e?.aliases ?? []).some((n) => isPerson(n, p)) || isPerson(q.speakerName, p);
      });
      const problems: string[] = [];
      if (!right.length) problems.push(`${g.file}: quote "${short(found[0]!.text, 60)}" (${g.case}): speaker expected ${g.speaker}, found ${speakerOf(found[0]!)}`);
      if (g.direct === true && found.every((q) => q.direct === false)) problems.push(`${g.file}: quote "${short(found[0]!.text, 60)}" is marked indirect; it is in quotation marks`);
      if (g.direct === false && found.every((q) => q.direct === true)) problems.push(`${g.file}: reported speech "${short(found[0]!.text, 60)}" is marked direct; it has no quotation marks`);
      report(problems);
    });
  });

  describe('quote groups: the same words across outlets, and how they differ', () => {
    it.each(gold.quoteGroups.map((g) => [g.about, g] as const))('%s', (_about, g) => {
      const problems: string[] = [];
      const ids = g.members.map((m) => new Set(quotesIn(m.file, [m.contains]).map((q) => q.id)));
      g.members.forEach((m, i) => {
        if (!ids[i]!.size) problems.push(`${m.file}: no quote contains "${m.contains}" (quotes there: ${quoteList(m.file)})`);
      });
      if (problems.length) return report(problems);
      const group = d.quoteGroups.find((qg) => ids.every((set) => qg.quotes.some((id) => set.has(id))));
      if (!group) {
        const where = g.members.map((m, i) => {
          const gs = d.quoteGroups.filter((qg) => qg.quotes.some((id) => ids[i]!.has(id)));
          return `${m.file} "${short(m.contains, 30)}" in ${gs.length ? gs.map((x) => `${x.id} (${x.quotes.length} quotes)`).join(', ') : 'no group'}`;
        });
        return report([`no one group holds all ${g.members.length} versions: ${where.join('; ')}`]);
      }
      if (g.divergent !== undefined && group.divergent !== g.divergent) problems.push(`group ${group.id}: divergent expected ${g.divergent}, found ${group.divergent}`);
      const variants = group.variants ?? [];
      g.members.forEach((m, i) => {
        if (!m.verdict) return;
        const v = variants.find((x) => ids[i]!.has(x.quote));
        if (!v) problems.push(`group ${group.id}: no variant for ${m.file} "${short(m.contains, 30)}"`);
        else if (!m.verdict.includes(v.verdict)) problems.push(`group ${group.id}: ${m.file} "${short(m.contains, 30)}" verdict expected ${m.verdict.join(' or ')}, found ${v.verdict}`);
      });
      const verdicts = new Set(variants.map((v) => v.verdict));
      for (const want of g.mustHaveVerdicts ?? []) {
        const anyOf = Array.isArray(want) ? want : [want];
        if (!anyOf.some((v) => verdicts.has(v as never))) problems.push(`group ${group.id}: no variant with verdict ${anyOf.join(' or ')} (found ${[...verdicts].join(', ') || 'no variants'})`);
      }
      for (const c of g.changed ?? []) {
        const ok = variants.some((v) => v.changed.some((x) => (sameName(x.from, c.from) && sameName(x.to, c.to)) || (sameName(x.from, c.to) && sameName(x.to, c.from))));
        if (!ok) problems.push(`group ${group.id}: no variant records the change ${c.from} -> ${c.to} (changes: ${variants.flatMap((v) => v.changed.map((x) => `${x.from}->${x.to}`)).join(', ') || 'none'})`);
      }
      report(problems);
    });
  });

  describe('citations of other outlets', () => {
    it.each(gold.citations.map((c) => [`${c.file}: ${c.form}`, c] as const))('%s', (_label, g) => {
      const a = article(g.file);
      const here = d.citations.filter((c) => c.article === a.id);
      const named = here.filter((c) => sameName(c.cites, g.cites) || has(c.cites, normName(g.cites)));
      if (!named.length) return report([`${g.file}: no citation of ${g.cites} ("${g.form}"); citations there: ${here.map((c) => `${c.cites} (${c.kind})`).join(', ') || 'none'}`]);
      if (g.kind && !named.some((c) => g.kind!.includes(c.kind))) report([`${g.file}: citation of ${g.cites} has kind ${named.map((c) => c.kind).join(', ')}, expected ${g.kind.join(' or ')}`]);
    });
  });

  it.each(gold.noCitations.map((c) => [`${c.file}: ${c.about}`, c] as const))('no citation: %s', (_label, g) => {
    const a = article(g.file);
    const bad = d.citations.filter((c) => c.article === a.id && (sameName(c.cites, g.cites) || has(c.cites, normName(g.cites))));
    report(bad.map((c) => `${g.file}: cites ${c.cites} (${c.kind}) at [${c.start}, ${c.end}) "${short(a.text.slice(c.start, c.end), 60)}"`));
  });

  describe('claims: consensus and unique details', () => {
    it.each(gold.consensus.map((c) => [c.about, c] as const))('consensus: %s', (_about, g) => {
      const withWords = d.claims.filter((c) => g.keywords.every((k) => has(c.text, k)));
      const ok = withWords.filter((c) => c.status === 'consensus');
      const count = (c: Dossier['claims'][number]): number => new Set(c.sources.map((s) => s.article)).size;
      if (!ok.length) {
        return report([`no consensus claim with ${g.keywords.join(' + ')}; claims with those words: ${withWords.map((c) => `"${short(c.text, 60)}" ${c.status} in ${count(c)} articles`).join('; ') || 'none'}`]);
      }
      if (g.minArticles && !ok.some((c) => count(c) >= g.minArticles!)) report([`consensus claims with ${g.keywords.join(' + ')} cite at most ${Math.max(...ok.map(count))} articles, expected ${g.minArticles}`]);
    });
    it.each(gold.unique.map((u) => [`${u.file}: ${u.about}`, u] as const))('unique: %s', (_label, g) => {
      const a = article(g.file);
      const withWords = d.claims.filter((c) => g.keywords.every((k) => has(c.text, k)));
      const ok = withWords.filter((c) => c.status === 'unique' && c.sources.every((s) => s.article === a.id));
      if (!ok.length) {
        report([`${g.file}: no unique claim with ${g.keywords.join(' + ')}; claims with those words: ${withWords.map((c) => `"${short(c.text, 60)}" ${c.status} from ${[...new Set(c.sources.map((s) => fileOf.get(s.article)))].join(', ')}`).join('; ') || 'none'}`]);
      }
    });
  });

  describe('conflicts: real disagreements, not revisions', () => {
    const listed = (): string => d.conflicts.map((c) => `"${c.topic}": ${c.values.map((v) => v.value).join(' vs ')}`).join('; ') || 'none';
    it.each(gold.conflicts.map((c) => [c.about, c] as const))('conflict: %s', (_about, g) => {
      const c = d.conflicts.find((x) => g.values.every((n) => x.values.some((v) => hasNumber(v.value, n))));
      if (!c) return report([`no conflict between ${g.values.join(' and ')}; conflicts found: ${listed()}`]);
      const problems: string[] = [];
      for (const [n, files] of Object.entries(g.sources ?? {})) {
        const vs = c.values.filter((v) => hasNumber(v.value, n));
        const from = new Set(vs.flatMap((v) => v.sources.map((s) => fileOf.get(s.article))));
        for (const f of files) if (!from.has(f)) problems.push(`conflict "${c.topic}": value ${n} is not sourced to ${f} (sources: ${[...from].join(', ')})`);
      }
      report(problems);
    });
    it.each(gold.notConflicts.map((c) => [c.about, c] as const))('not a conflict: %s', (_about, g) => {
      const c = d.conflicts.find((x) => g.values.every((n) => x.values.some((v) => hasNumber(v.value, n))));
      if (c) report([`conflict "${c.topic}" sets ${c.values.map((v) => v.value).join(' against ')}, but the text says the figure was revised`]);
    });
  });

  describe('text reuse', () => {
    const pair = (a: string, b: string) => {
      const A = article(a).id;
      const B = article(b).id;
      const r = d.reuse.find((x) => (x.a === A && x.b === B) || (x.a === B && x.b === A));
      return { r, swapped: r ? r.a === B : false };
    };
    it.each(gold.reuse.map((r) => [`${r.a} -> ${r.b}`, r] as const))('reused: %s', (_label, g) => {
      const { r, swapped } = pair(g.a, g.b);
      if (!r) return report([`${g.a} / ${g.b}: no reuse entry (entries: ${d.reuse.length})`]);
      const problems: string[] = [];
      if (r.score < g.minScore) problems.push(`${g.a} / ${g.b}: score ${r.score.toFixed(3)}, expected at least ${g.minScore}`);
      if (g.direction) {
        const found = r.direction == null ? null : swapped ? (r.direction === 'a->b' ? 'b->a' : 'a->b') : r.direction;
        if (found !== g.direction) problems.push(`${g.a} / ${g.b}: direction expected ${g.direction} (${g.b} copies ${g.a}), found ${found}`);
      }
      const textA = foldQuotes(article(g.a).text);
      for (const s of g.shared ?? []) {
        const at = textA.indexOf(foldQuotes(s));
        if (at < 0) {
          problems.push(`${g.a}: shared passage "${short(s, 50)}" not found in the cleaned text`);
          continue;
        }
        const spans = r.spans.map((sp) => (swapped ? sp.b : sp.a));
        const covered = spans.some((sp) => Math.min(sp.end, at + s.length) - Math.max(sp.start, at) >= s.length / 2);
        if (!covered) problems.push(`${g.a} / ${g.b}: no copied span covers "${short(s, 50)}" (${spans.length} spans)`);
      }
      report(problems);
    });
    it.each(gold.noReuse.map((r) => [`${r.a} / ${r.b}`, r] as const))('independent: %s', (_label, g) => {
      const { r } = pair(g.a, g.b);
      if (r && r.score > g.maxScore) report([`${g.a} / ${g.b}: score ${r.score.toFixed(3)}, expected at most ${g.maxScore} (independent reporting)`]);
    });
  });

  describe('timeline: relative and absolute dates resolved against publication', () => {
    it.each(gold.timeline.map((t) => [`${t.date}: ${t.about}`, t] as const))('%s', (_label, g) => {
      const onDate = d.timeline.filter((t) => t.date === g.date);
      if (!onDate.some((t) => g.keywords.every((k) => has(t.text, k)))) {
        report([
          onDate.length
            ? `no ${g.date} entry mentions ${g.keywords.join(' + ')}; entries on that date: ${onDate.map((t) => `"${short(t.text, 60)}"`).join('; ')}`
            : `no timeline entry on ${g.date}; dates present: ${[...new Set(d.timeline.map((t) => t.date))].sort().join(', ') || 'none'}`,
        ]);
      }
    });
  });

  describe('timeline: no false dates', () => {
    it.each(gold.timelineNot.map((t) => [t.about, t] as const))('%s', (_about, g) => {
      const bad = d.timeline.filter((t) => (g.date === undefined || t.date === g.date) && g.keywords.every((k) => has(t.text, k)));
      report(bad.map((t) => `timeline entry dated ${t.date} should not be there (${g.about}): "${short(t.text, 70)}"`));
    });
  });

  describe('slant: opinion apart from reporting', () => {
    it('genres', () => {
      const problems: string[] = [];
      const slantOf = (f: string) => d.slant.find((s) => s.article === article(f).id);
      for (const f of gold.opinion) if (slantOf(f)?.genre !== 'opinion') problems.push(`${f}: genre expected opinion, found ${slantOf(f)?.genre} (subjectivity ${slantOf(f)?.subjectivity.toFixed(2)})`);
      for (const f of gold.reporting) if (slantOf(f)?.genre !== 'reporting') problems.push(`${f}: genre expected reporting, found ${slantOf(f)?.genre} (subjectivity ${slantOf(f)?.subjectivity.toFixed(2)})`);
      report(problems);
    });
    it.each(gold.loaded.map((l) => [l.file, l] as const))('loaded words marked in %s', (file, g) => {
      const s = d.slant.find((x) => x.article === article(file).id);
      const marked = (s?.loaded ?? []).map((w) => w.text);
      const found = g.words.filter((w) => marked.some((m) => has(m, w)));
      if (found.length < g.min) report([`${file}: ${found.length} of ${g.words.join(', ')} marked loaded (${found.join(', ') || 'none'}), expected at least ${g.min}; marked: ${marked.join(', ') || 'none'}`]);
    });
    it('the opinion piece is more subjective than every report', () => {
      const subj = (f: string): number => d.slant.find((s) => s.article === article(f).id)?.subjectivity ?? NaN;
      const least = Math.min(...gold.opinion.map(subj));
      report(gold.reporting.filter((f) => !(subj(f) < least)).map((f) => `${f}: subjectivity ${subj(f).toFixed(3)} is not below the opinion piece's ${least.toFixed(3)}`));
    });
  });

  describe('brief: neutral, cited, on topic', () => {
    it('every sentence cites a source', () => {
      expect(d.brief.length, 'the brief is empty').toBeGreaterThan(0);
      report(d.brief.filter((b) => !b.sources.length).map((b) => `brief sentence without a source: "${short(b.text)}"`));
    });
    it('no sentence cuts a quotation in half', () => {
      report(d.brief.filter((b) => (fold(b.text).match(/"/g) ?? []).length % 2 === 1).map((b) => `brief sentence with an unbalanced quotation mark: "${short(b.text)}"`));
    });
    it('mentions the core facts and leaves out the editorial\'s judgements', () => {
      const all = d.brief.map((b) => b.text).join(' ');
      const problems = gold.brief.mustMention.filter((k) => !has(all, k)).map((k) => `the brief never mentions "${k}"`);
      for (const w of gold.brief.mustNotContain) {
        const b = d.brief.find((x) => new RegExp(`\\b${w}\\b`, 'i').test(fold(x.text)));
        if (b) problems.push(`brief uses the judgement "${w}": "${short(b.text)}"`);
      }
      report(problems);
    });
  });
});
