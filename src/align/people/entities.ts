// One entity per person, organisation or place across articles: per-article entities merged by name, surname,
// acronym or an organisation's first word, with stable ids by first appearance.
import type { Entity, EntityKind } from '../../core/types.js';
import { alternation } from '../../core/util/regex.js';
import { HONORIFICS, initials, isSuffixedName } from '../../extract/index.js';
import people from '../data/people.json' with { type: 'json' };
import { checkedList } from '../../core/util/lists.js';
import { boundedMemo } from '../../core/util/bounded-memo.js';

/**
 * Lower case, no possessive, no full stops, a hyphen inside a name as a space ("Jong-un" / "Jong Un"), single spaces:
 * the form names are compared in.
 */
const normalise = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[’']s$/, '')
    .replace(/\./g, '')
    .replace(/(?<=\p{L})-(?=\p{L})/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
/**
 * `normalise`, memoised: merging compares every name with many others (sorting, aliases, lone surnames), and a story
 * has few distinct names. Bounded: emptied when full.
 */
const norm = boundedMemo(10_000, normalise);
const words = (s: string): string[] => norm(s).split(' ').filter(Boolean);
/** An honorific (the extractor's list) or a head-of-government title before a name: "mr", "gen", "president", "prime minister". */
const HONORIFIC = new RegExp(
  `^(?:${alternation([...HONORIFICS, ...checkedList('align/data/people.json#nameTitles', people.nameTitles)])})\\s+`,
);

/** A merged entity while merging: its names as keys, and whether it has a multi-word name. */
interface Bucket {
  entity: Entity;
  keys: Set<string>;
  multi: boolean;
}

/** The merged entities so far, and the buckets under each name key. */
interface Registry {
  buckets: Bucket[];
  byKey: Map<string, Bucket[]>;
}

/** A name with no lower-case letter ("HALLOWAY", "NATO"): its kind was guessed from its case, not its use. */
const shouted = (name: string): boolean => !/\p{Ll}/u.test(name) && /\p{Lu}{2}/u.test(name);

/** Can two kinds be one entity? `other` is a kind not yet known. */
const kindsAgree = (a: EntityKind, b: EntityKind): boolean => a === b || a === 'other' || b === 'other';

const keysOf = (e: Entity): string[] =>
  [e.name, ...e.aliases].map((n) => norm(n).replace(HONORIFIC, '')).filter(Boolean);

/**
 * Merge per-article entities, full names first so that a bare surname or acronym finds the person or body it abbreviates.
 * @param locals every article's entities
 * @param order article id -> input position (ids follow first appearance in that order)
 * @returns the merged entities and, per local entity id, the merged entity it joined
 */
export function mergeEntities(
  locals: Entity[],
  order: Map<string, number>,
): { entities: Entity[]; globalOf: Map<string, Entity> } {
  // Longer names first; among equals the most mentioned, then by name: never the input order, so the merge (which lone
  // "Trump" joins "Donald Trump" rather than "Trump Tower") does not depend on the order the articles came in.
  const mentioned = (e: Entity): number => e.mentions?.length ?? 0;
  const sorted = [...locals].sort(
    (x, y) => words(y.name).length - words(x.name).length || mentioned(y) - mentioned(x) || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0),
  );
  const reg: Registry = { buckets: [], byKey: new Map() };
  const globalOf = new Map<string, Entity>();
  for (const e of sorted) {
    const keys = keysOf(e);
    let found = findBucket(reg, e, keys);
    if (!found) {
      found = {
        entity: { id: '', name: e.name, kind: e.kind, aliases: [], roles: [], articles: [], mentions: [] },
        keys: new Set(),
        multi: words(e.name).length > 1,
      };
      reg.buckets.push(found);
    }
    absorb(found, e);
    for (const k of keys) addKey(reg, found, k);
    globalOf.set(e.id, found.entity);
  }
  assignIds(reg.buckets, order);
  return { entities: reg.buckets.map((b) => b.entity), globalOf };
}

function addKey(reg: Registry, b: Bucket, key: string): void {
  if (b.keys.has(key)) return;
  b.keys.add(key);
  const list = reg.byKey.get(key);
  if (list) list.push(b);
  else reg.byKey.set(key, [b]);
}

/** The bucket an entity joins: one sharing a name key, else (for a one-word name) the person, body or acronym it abbreviates. */
function findBucket(reg: Registry, e: Entity, keys: string[]): Bucket | undefined {
  for (const k of keys) {
    const found = (reg.byKey.get(k) ?? []).find(
      (b) => kindsAgree(b.entity.kind, e.kind) || shouted(b.entity.name) !== shouted(e.name),
    );
    if (found) return found;
  }
  return words(e.name).length === 1 ? loneWordOwner(reg, e) : undefined;
}

/** A one-word name: a surname (or first name) of a multi-word person, an acronym of a body, or the first word of an organisation. */
function loneWordOwner(reg: Registry, e: Entity): Bucket | undefined {
  const { buckets } = reg;
  const w = words(e.name.replace(HONORIFIC, ''))[0] ?? '';
  // A lone surname: the multi-word person with that last (or first) name mentioned in the most articles.
  const cands = buckets.filter(
    (b) =>
      b.multi && b.entity.kind !== 'organization' && b.entity.kind !== 'place' && kindsAgree(b.entity.kind, e.kind),
  );
  const last = cands.filter((b) => [...b.keys].some((k) => k.split(' ').at(-1) === w && k.includes(' ')));
  const pool = last.length
    ? last
    : cands.filter((b) => [...b.keys].some((k) => k.split(' ')[0] === w && k.includes(' ')));
  const person = pool.sort((x, y) => y.entity.articles.length - x.entity.articles.length)[0];
  if (person) return person;
  if (/^\p{Lu}{2,6}$/u.test(e.name)) {
    const body = buckets.find((b) => b.entity.kind !== 'person' && initials(b.entity.name) === e.name);
    if (body) return body;
  }
  // A lone word that names no person but opens an organisation's name ("Corvane" for "Corvane Energy") is that body,
  // whatever kind its own article guessed (a body that speaks looks like a person there).
  if (
    e.kind === 'place' ||
    buckets.some((b) => b.entity.kind === 'person' && [...b.keys].some((k) => k.split(' ').includes(w)))
  )
    return undefined;
  const orgs = buckets.filter(
    (b) =>
      b.multi &&
      b.entity.kind === 'organization' &&
      isSuffixedName(b.entity.name) &&
      norm(b.entity.name).split(' ')[0] === w,
  );
  return orgs.length === 1 ? orgs[0] : undefined;
}

/** Fold a per-article entity into its bucket: the fuller or ordinary-case name, aliases, roles, articles, mentions, kind. */
function absorb(found: Bucket, e: Entity): void {
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
  for (const n of [e.name, ...e.aliases])
    if (norm(n) !== norm(g.name) && !g.aliases.some((a) => norm(a) === norm(n))) g.aliases.push(n);
  for (const r of e.roles) if (!g.roles.some((x) => x.toLowerCase() === r.toLowerCase())) g.roles.push(r);
  for (const a of e.articles) if (!g.articles.includes(a)) g.articles.push(a);
  g.mentions!.push(...(e.mentions ?? []));
  if (shouted(e.name) && !shouted(g.name)) return; // an all-caps form says nothing about the kind
  if (g.kind === 'other' || (e.kind === 'person' && g.kind !== 'person' && g.kind !== 'organization'))
    g.kind = e.kind === 'other' ? g.kind : e.kind;
}

/**
 * Name an entity by the full name the articles use most ("Jim Mattis"), not the longest one any of them used once (the
 * nickname "Mad Dog Mattis", "Donald J. Trump"); ties keep the longer name. The name it had stays an alias.
 */
function usualName(g: Entity): void {
  const counts = new Map<string, { text: string; n: number }>();
  for (const m of g.mentions ?? []) {
    if (m.form !== 'full' || words(m.text).length < 2) continue;
    const k = norm(m.text);
    const c = counts.get(k) ?? { text: m.text, n: 0 };
    c.n++;
    counts.set(k, c);
  }
  const current = counts.get(norm(g.name))?.n ?? 0;
  let best: { text: string; n: number } | undefined;
  for (const c of counts.values()) if (c.n > current && (!best || c.n > best.n || (c.n === best.n && c.text.length > best.text.length))) best = c;
  if (!best) return;
  g.aliases.push(g.name);
  g.name = best.text;
}

/** Stable ids by first appearance in the input order; aliases without the name; articles and mentions in input order. */
function assignIds(buckets: Bucket[], order: Map<string, number>): void {
  const first = (b: Bucket): number => Math.min(...b.entity.articles.map((a) => order.get(a) ?? 0), Infinity);
  const firstAt = (b: Bucket): number => Math.min(...(b.entity.mentions ?? []).map((m) => m.start), Infinity);
  buckets.sort((x, y) => first(x) - first(y) || firstAt(x) - firstAt(y));
  buckets.forEach((b, i) => {
    b.entity.id = `e${i + 1}`;
    usualName(b.entity);
    b.entity.aliases = b.entity.aliases.filter((a) => norm(a) !== norm(b.entity.name));
    b.entity.articles.sort((x, y) => (order.get(x) ?? 0) - (order.get(y) ?? 0));
    b.entity.mentions!.sort((x, y) => (order.get(x.article) ?? 0) - (order.get(y.article) ?? 0) || x.start - y.start);
  });
}
