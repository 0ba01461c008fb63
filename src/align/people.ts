// Across articles: one entity per person/organisation/place, quotes re-pointed to it, and quotes of one utterance grouped with their variants.
import type { Article, Citation, Entity, EntityKind, Quote, QuoteGroup, QuoteVariant } from '../core/types.js';
import type { ArticleAttributions } from '../extract/index.js';
import { initials, isSuffixedName, roleHead } from '../extract/index.js';
import honorifics from '../extract/data/honorifics.json' with { type: 'json' };
import { diffQuote, findRun, longestCommonRun, quoteWords } from './quote-diff.js';

const norm = (s: string): string => s.toLowerCase().replace(/[’']s$/, '').replace(/\./g, '').replace(/\s+/g, ' ').trim();
const words = (s: string): string[] => norm(s).split(' ').filter(Boolean);
/** An honorific (the extractor's list) or a head-of-government title before a name: "mr", "gen", "president", "prime minister". */
const HONORIFIC = new RegExp(`^(${[...honorifics.male, ...honorifics.female, ...honorifics.neutral, 'president', 'prime minister'].join('|')})\\s+`);

interface Bucket {
  entity: Entity;
  keys: Set<string>;
  multi: boolean;
}

/** A name with no lower-case letter ("HALLOWAY", "NATO"): its kind was guessed from its case, not its use. */
const shouted = (name: string): boolean => !/\p{Ll}/u.test(name) && /\p{Lu}{2}/u.test(name);

/** Can two kinds be one entity? `other` is a kind not yet known. */
const kindsAgree = (a: EntityKind, b: EntityKind): boolean => a === b || a === 'other' || b === 'other';

/**
 * Merge per-article entities, rewrite quote speakers to the merged ids, and group quotes of one utterance across outlets.
 * @param articles the articles, in input order (the first article's rendering is a group's reference wording)
 * @param perArticle `extractAttributions` of each article
 * @example alignPeople(articles, articles.map((a) => extractAttributions(a, buildDoc(a.text, a.paragraphs)))).quoteGroups
 */
export function alignPeople(
  articles: Article[],
  perArticle: ArticleAttributions[],
): { entities: Entity[]; quotes: Quote[]; quoteGroups: QuoteGroup[]; citations: Citation[] } {
  const order = new Map(articles.map((a, i) => [a.id, i]));
  const locals = perArticle.flatMap((p) => p.entities);
  // Full names first, so that a bare surname or acronym finds the person or body it abbreviates.
  const sorted = [...locals].sort((x, y) => words(y.name).length - words(x.name).length);
  const buckets: Bucket[] = [];
  const byKey = new Map<string, Bucket[]>();
  const localToGlobal = new Map<string, Bucket>();
  const keysOf = (e: Entity): string[] => [e.name, ...e.aliases].map((n) => norm(n).replace(HONORIFIC, '')).filter(Boolean);
  const index = (b: Bucket, key: string): void => {
    if (b.keys.has(key)) return;
    b.keys.add(key);
    const list = byKey.get(key);
    if (list) list.push(b);
    else byKey.set(key, [b]);
  };
  for (const e of sorted) {
    const keys = keysOf(e);
    let found: Bucket | undefined;
    for (const k of keys) {
      found = (byKey.get(k) ?? []).find((b) => kindsAgree(b.entity.kind, e.kind) || shouted(b.entity.name) !== shouted(e.name));
      if (found) break;
    }
    if (!found && words(e.name).length === 1) {
      const w = words(e.name.replace(HONORIFIC, ''))[0] ?? '';
      // A lone surname: the multi-word person with that last (or first) name mentioned in the most articles.
      const cands = buckets.filter((b) => b.multi && b.entity.kind !== 'organization' && b.entity.kind !== 'place' && kindsAgree(b.entity.kind, e.kind));
      const last = cands.filter((b) => [...b.keys].some((k) => k.split(' ').at(-1) === w && k.includes(' ')));
      const pool = last.length ? last : cands.filter((b) => [...b.keys].some((k) => k.split(' ')[0] === w && k.includes(' ')));
      found = pool.sort((x, y) => y.entity.articles.length - x.entity.articles.length)[0];
      if (!found && /^\p{Lu}{2,6}$/u.test(e.name)) found = buckets.find((b) => b.entity.kind !== 'person' && initials(b.entity.name) === e.name);
      // A lone word that names no person but opens an organisation's name ("Corvane" for "Corvane Energy") is that body,
      // whatever kind its own article guessed (a body that speaks looks like a person there).
      if (!found && e.kind !== 'place' && !buckets.some((b) => b.entity.kind === 'person' && [...b.keys].some((k) => k.split(' ').includes(w)))) {
        const orgs = buckets.filter((b) => b.multi && b.entity.kind === 'organization' && isSuffixedName(b.entity.name) && norm(b.entity.name).split(' ')[0] === w);
        if (orgs.length === 1) found = orgs[0];
      }
    }
    if (!found) {
      found = {
        entity: { id: '', name: e.name, kind: e.kind, aliases: [], roles: [], articles: [], mentions: [] },
        keys: new Set(),
        multi: words(e.name).length > 1,
      };
      buckets.push(found);
    }
    const g = found.entity;
    if (norm(e.name) === norm(g.name) && shouted(g.name) && !shouted(e.name)) {
      // "HALLOWAY" in a dateline guessed as an acronym: the ordinary-case form names it and knows its kind.
      g.name = e.name;
      g.kind = e.kind;
    }
    if (words(e.name).length > words(g.name).length) {
      g.aliases.push(g.name);
      g.name = e.name;
      found.multi = true;
    }
    for (const n of [e.name, ...e.aliases]) if (norm(n) !== norm(g.name) && !g.aliases.some((a) => norm(a) === norm(n))) g.aliases.push(n);
    for (const r of e.roles) if (!g.roles.some((x) => x.toLowerCase() === r.toLowerCase())) g.roles.push(r);
    for (const a of e.articles) if (!g.articles.includes(a)) g.articles.push(a);
    g.mentions!.push(...(e.mentions ?? []));
    if (shouted(e.name) && !shouted(g.name)) {
      /* an all-caps form says nothing about the kind */
    } else if (g.kind === 'other' || (e.kind === 'person' && g.kind !== 'person' && g.kind !== 'organization')) g.kind = e.kind === 'other' ? g.kind : e.kind;
    for (const k of keys) index(found, k);
    localToGlobal.set(e.id, found);
  }
  // Stable ids: by first appearance in the input order.
  const first = (b: Bucket): number => Math.min(...b.entity.articles.map((a) => order.get(a) ?? 0), Infinity);
  const firstAt = (b: Bucket): number => Math.min(...(b.entity.mentions ?? []).map((m) => m.start), Infinity);
  buckets.sort((x, y) => first(x) - first(y) || firstAt(x) - firstAt(y));
  buckets.forEach((b, i) => {
    b.entity.id = `e${i + 1}`;
    b.entity.aliases = b.entity.aliases.filter((a) => norm(a) !== norm(b.entity.name));
    b.entity.articles.sort((x, y) => (order.get(x) ?? 0) - (order.get(y) ?? 0));
    b.entity.mentions!.sort((x, y) => (order.get(x.article) ?? 0) - (order.get(y.article) ?? 0) || x.start - y.start);
  });
  const entities = buckets.map((b) => b.entity);

  const quotes: Quote[] = perArticle.flatMap((p) =>
    p.quotes.map((q) => {
      const g = q.speaker ? localToGlobal.get(q.speaker) : undefined;
      const held = g ? undefined : roleHolderAcross(entities, q.speakerName);
      if (held) return { ...q, speaker: held.id, speakerName: held.name };
      return { ...q, speaker: g?.entity.id ?? null, speakerName: g ? g.entity.name : q.speakerName };
    }),
  );
  const quoteGroups = groupQuotes(quotes, order);
  const citations = perArticle.flatMap((p) => p.citations);
  return { entities, quotes, quoteGroups, citations };
}

/**
 * A speaker named only by a definite role ("the governor", "its chief executive") that its own article could not tie to
 * a name: the one person across the articles whose roles have that head, if there is exactly one.
 */
function roleHolderAcross(entities: Entity[], phrase: string | null): Entity | undefined {
  if (!phrase || !/^(the|its)\s/i.test(phrase.trim())) return undefined;
  const ws = phrase.trim().split(/\s+/);
  const head = roleHead(ws.at(-1) ?? '');
  // A capitalised qualifier ("the Trump aide") names whom the role serves: across articles that is too loose to follow.
  if (!head || ws.slice(1, -1).some((w) => /^\p{Lu}/u.test(w))) return undefined;
  const holders = entities.filter((e) => e.kind === 'person' && e.roles.some((r) => roleHead(r) === head));
  return holders.length === 1 ? holders[0] : undefined;
}

const STOP = new Set(
  'the a an and or but of to in on at for with by from as is are was were be been it its this that these those he she they we you i his her their our my your not no so do does did have has had will would can could should there here what who which'.split(' '),
);

/** Do two quotes render the same utterance? A shared run of words, or (same speaker) most content words in common. */
function sameUtterance(a: string[], b: string[], sameSpeaker: boolean): boolean {
  const short = a.length <= b.length ? a : b;
  const long = a.length <= b.length ? b : a;
  if (short.length === 0) return false;
  if (short.length <= 2) return sameSpeaker && findRun(long, short) >= 0 && short.some((w) => !STOP.has(w));
  const run = longestCommonRun(a, b);
  if (run >= Math.min(4, short.length) && (run >= 4 || sameSpeaker)) return true;
  if (!sameSpeaker) return false;
  const ca = new Set(a.filter((w) => !STOP.has(w)));
  const cb = new Set(b.filter((w) => !STOP.has(w)));
  let inter = 0;
  for (const w of ca) if (cb.has(w)) inter++;
  return inter >= 3 && inter / Math.min(ca.size, cb.size) >= 0.6;
}

/** Group direct quotes of one utterance (union-find over candidate pairs that share a content word). */
function groupQuotes(quotes: Quote[], order: Map<string, number>): QuoteGroup[] {
  const direct = quotes.filter((q) => q.direct);
  const w = direct.map((q) => quoteWords(q.text));
  const parent = direct.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const byWord = new Map<string, number[]>();
  w.forEach((ws, i) => {
    for (const x of new Set(ws)) {
      if (STOP.has(x)) continue;
      const list = byWord.get(x);
      if (list) list.push(i);
      else byWord.set(x, [i]);
    }
  });
  const tried = new Set<string>();
  for (const list of byWord.values()) {
    if (list.length > 200) continue; // a word in everything blocks nothing
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) {
        const i = list[x]!;
        const j = list[y]!;
        const key = `${i},${j}`;
        if (tried.has(key) || find(i) === find(j)) continue;
        tried.add(key);
        const si = direct[i]!.speaker;
        const sj = direct[j]!.speaker;
        const sameSpeaker = si !== null && si === sj;
        if (sameUtterance(w[i]!, w[j]!, sameSpeaker)) parent[find(i)] = find(j);
      }
  }
  const groups = new Map<number, number[]>();
  direct.forEach((_, i) => {
    const root = find(i);
    const list = groups.get(root);
    if (list) list.push(i);
    else groups.set(root, [i]);
  });
  const out: QuoteGroup[] = [];
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const qs = members.map((i) => direct[i]!).sort((x, y) => (order.get(x.article) ?? 0) - (order.get(y.article) ?? 0) || x.start - y.start);
    const ref = qs[0]!;
    const variants: QuoteVariant[] = qs.map((q) => (q === ref ? { quote: q.id, verdict: 'same', omitted: [], added: [], changed: [] } : { quote: q.id, ...diffQuote(ref.text, q.text) }));
    const speakers = new Map<string, number>();
    for (const q of qs) if (q.speaker) speakers.set(q.speaker, (speakers.get(q.speaker) ?? 0) + 1);
    const speaker = [...speakers.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
    out.push({
      id: '',
      speaker,
      quotes: qs.map((q) => q.id),
      divergent: variants.some((v) => v.verdict === 'altered' || v.verdict === 'paraphrase'),
      speakerConflict: speakers.size > 1,
      variants,
    });
  }
  const byId = new Map(quotes.map((q) => [q.id, q]));
  const firstOf = (g: QuoteGroup): [number, number] => {
    const q = g.quotes[0] !== undefined ? byId.get(g.quotes[0]) : undefined;
    return [order.get(q?.article ?? '') ?? 0, q?.start ?? 0];
  };
  out.sort((a, b) => firstOf(a)[0] - firstOf(b)[0] || firstOf(a)[1] - firstOf(b)[1]);
  out.forEach((g, i) => {
    g.id = `g${i + 1}`;
  });
  return out;
}
