// The naming variants of a story: every mention of one actor across the articles in one group — the people layer's
// names, titles and roles ("Yuri Ushakov", "Putin's most senior foreign policy aide"), titles read through the roles
// other articles give ("the Kremlin aide"), and a country's own names, capital and seat of government ("Russia",
// "Moscow", "the Kremlin").
import type { Article, Entity, SourceRef } from '../core/types.js';
import { checkedLowerSet } from '../core/util/lists.js';
import { UnionFind } from '../core/util/union-find.js';
import { LEX } from '../extract/index.js';
import settings from './data/framing.json' with { type: 'json' };
import { COUNTRIES, countryMentions, countryOf } from '../core/countries.js';
import type { ArticleName, NamedMention } from './mention.js';
import { crossTitleMentions } from './titles.js';
import { datelineLength } from '../core/dateline.js';

export type { NamedMention } from './mention.js';

/** One actor and every mention of it across the articles. */
export interface NameGroup {
  /** The actor's usual name: the entity's name, or the country's. */
  actor: string;
  /** The merged entities in the group (`entities[].id`). */
  entities: string[];
  /** Its mentions, in article order then text order. */
  mentions: NamedMention[];
}

/** A pronoun names no one: it is left out of the forms. */
const isName = (m: { form: string }): boolean => m.form !== 'pronoun';

/** The role as written right before a name ("Infrastructure Minister Dalia Renwick", "The regional governor, Anselm Vick"). */
function roleBefore(text: string, at: number, roles: readonly string[]): [number, number] | null {
  const before = text.slice(Math.max(0, at - 160), at);
  const trimmed = before.replace(/[\s,]+$/, '');
  const end = at - (before.length - trimmed.length);
  const lower = trimmed.toLowerCase();
  for (const r of roles) {
    const start = end - r.length;
    if (lower.endsWith(r.toLowerCase()) && !/[\p{L}\p{N}]/u.test(text[start - 1] ?? ' ')) return [start, end];
  }
  return null;
}

/** The role set off after a name ("Yuri Ushakov, Putin's foreign policy aide,"). */
function roleAfter(text: string, at: number, roles: readonly string[]): [number, number] | null {
  const comma = /^\s*,\s*/.exec(text.slice(at, at + 4));
  if (!comma) return null;
  const start = at + comma[0].length;
  for (const r of roles) {
    const end = start + r.length;
    if (text.slice(start, end).toLowerCase() === r.toLowerCase() && !/[\p{L}\p{N}]/u.test(text[end] ?? ' ')) return [start, end];
  }
  return null;
}

/**
 * The people layer's roles of an entity where each article writes them beside one of its names. A title written right
 * before the name makes one form with it ("President Obama", "Infrastructure Minister Dalia Renwick"), which replaces
 * the bare name there; a role set off by a comma ("Yuri Ushakov, Putin's aide") is a form of its own.
 * @returns the role forms, and the name mentions (`article:start`) a title before them took in
 */
function roleMentions(entity: Entity, textOf: Map<string, string>): { mentions: NamedMention[]; replaced: Set<string> } {
  const roles = [...entity.roles].sort((a, b) => b.length - a.length);
  const out = new Map<string, NamedMention>();
  const replaced = new Set<string>();
  const add = (article: string, text: string, start: number, end: number): void => {
    out.set(`${article}:${start}`, { article, start, end, text: text.slice(start, end) });
  };
  for (const m of roles.length ? (entity.mentions ?? []) : []) {
    if (m.form !== 'full' && m.form !== 'surname') continue;
    const text = textOf.get(m.article) ?? '';
    const before = roleBefore(text, m.start, roles);
    if (before && /^\s+$/.test(text.slice(before[1], m.start))) {
      add(m.article, text, before[0], m.end);
      replaced.add(`${m.article}:${m.start}`);
    } else if (before) add(m.article, text, before[0], before[1]);
    const after = roleAfter(text, m.end, roles);
    if (after) add(m.article, text, after[0], after[1]);
  }
  return { mentions: [...out.values()], replaced };
}

const inside = (a: SourceRef, b: SourceRef): boolean => a.article === b.article && a.start >= b.start && a.end <= b.end;
const overlaps = (a: SourceRef, b: SourceRef): boolean => a.article === b.article && a.start < b.end && b.start < a.end;

const NAME_SUFFIXES = checkedLowerSet('framing/data/framing.json#nameSuffixes', settings.nameSuffixes);
const nameWords = (name: string): string[] => name.toLowerCase().replace(/\./g, '').split(/[\s-]+/).filter(Boolean);

/** A last word that makes a name a body's: "Foundation", "Post", "UN" — but "Un" of "Kim Jong Un" is a given name's syllable. */
const bodyWord = (written: string): boolean => {
  const w = written.replace(/\./g, '').toLowerCase();
  const spelledOut = w.length > 2 || !/\p{Ll}/u.test(written);
  return (LEX.orgWords.has(w) && spelledOut) || LEX.outletWords.has(w);
};

/**
 * Pairs of entities (by index) where one's name is another's full name cut short by its last word ("Kim Jong" of "Kim
 * Jong Un", "Moon Jae" of "Moon Jae-in"): the people layer keeps them apart when outlets spell the name differently.
 * A last word that makes another person ("Jr") or a body ("Foundation", "Post") keeps them apart here too.
 */
function truncatedNames(entities: readonly Entity[]): Array<[number, number]> {
  const byName = new Map<string, number>();
  entities.forEach((e, i) => {
    if (e.kind !== 'place') byName.set(nameWords(e.name).join(' '), i);
  });
  const pairs: Array<[number, number]> = [];
  entities.forEach((e, i) => {
    const words = nameWords(e.name);
    const last = words.at(-1) ?? '';
    if (words.length < 3 || e.kind === 'place' || NAME_SUFFIXES.has(last) || bodyWord(e.name.split(/[\s-]+/).at(-1) ?? '')) return;
    const short = byName.get(words.slice(0, -1).join(' '));
    if (short !== undefined && entities[short]!.kind === 'person') pairs.push([short, i]);
  });
  return pairs;
}

/** The datelines opening an article's paragraphs ("WASHINGTON —"): where the reporter filed, no name for an actor. */
function datelines(article: Article): SourceRef[] {
  const out: SourceRef[] = [];
  for (const p of article.paragraphs) {
    const n = datelineLength(article.text.slice(p.start, Math.min(p.end, p.start + 120)));
    if (n) out.push({ article: article.id, start: p.start, end: p.start + n });
  }
  return out;
}

/**
 * Each article's name mentions (no pronoun) by entity index, with the titles that roles from other articles resolve.
 * A name inside such a title ("Kremlin" in "the Kremlin aide") only qualifies it: it names no one there.
 */
function nameMentions(articles: readonly Article[], entities: readonly Entity[]): Map<string, ArticleName[]> {
  const byArticle = new Map<string, ArticleName[]>(articles.map((a) => [a.id, []]));
  const filed = new Map(articles.map((a) => [a.id, datelines(a)]));
  entities.forEach((e, entity) => {
    for (const { article, start, end, text, form } of e.mentions ?? []) {
      const mention = { article, start, end, text };
      if (isName({ form }) && !filed.get(article)?.some((d) => inside(mention, d))) byArticle.get(article)?.push({ entity, form, mention });
    }
  });
  for (const article of articles) {
    let list = byArticle.get(article.id)!;
    for (const [entity, found] of crossTitleMentions(article, entities, list)) {
      list = list.filter((x) => x.entity === entity || !found.some((t) => inside(x.mention, t)));
      list.push(...found.map((mention) => ({ entity, form: 'title' as const, mention })));
    }
    byArticle.set(article.id, list);
  }
  return byArticle;
}

/**
 * Group every mention of each actor across the story's articles.
 * @param articles the story's articles (their texts hold the roles and country forms)
 * @param entities the merged entities of the people layer, with their mentions
 * @example nameGroups(dossier.articles, dossier.entities).find((g) => g.actor === 'Russia')?.mentions.map((m) => m.text) // ['Moscow', 'the Kremlin']
 */
export function nameGroups(articles: readonly Article[], entities: readonly Entity[]): NameGroup[] {
  const textOf = new Map(articles.map((a) => [a.id, a.text]));
  const byArticle = nameMentions(articles, entities);
  const names = entities.map((): NamedMention[] => []);
  for (const list of byArticle.values()) for (const x of list) names[x.entity]!.push(x.mention);
  const groups: NameGroup[] = entities.map((e, i) => {
    const roles = roleMentions(e, textOf);
    const bare = names[i]!.filter((m) => !roles.replaced.has(`${m.article}:${m.start}`));
    return { actor: e.name, entities: [e.id], mentions: [...bare, ...roles.mentions] };
  });
  const countryGroups = COUNTRIES.map((c): NameGroup => ({ actor: c.name, entities: [], mentions: [] }));
  const all = [...groups, ...countryGroups];
  const uf = new UnionFind(all.length);
  entities.forEach((e, i) => {
    const country = [e.name, ...e.aliases].map(countryOf).find((c) => c >= 0);
    if (country !== undefined) uf.union(i, groups.length + country);
  });
  for (const [short, long] of truncatedNames(entities)) uf.union(short, long);
  // A country form inside another name ("the Washington Post", "the Kremlin aide") belongs to that name, not the
  // country; inside a role ("President Moon Jae-in of South Korea") it is the country named in the role.
  for (const article of articles) {
    const taken = (byArticle.get(article.id) ?? []).map((x) => x.mention);
    const filed = datelines(article);
    for (const m of countryMentions(article)) {
      if (!taken.some((t) => overlaps(t, m)) && !filed.some((d) => overlaps(d, m))) countryGroups[m.country]!.mentions.push({ article: m.article, start: m.start, end: m.end, text: m.text });
    }
  }
  return mergeGroups(all, uf, new Map(articles.map((a, i) => [a.id, i])));
}

/**
 * The union-find's sets as groups, named by the country, else by the member with the fullest name ("Kim Jong Un" over
 * "Kim Jong"), then the most mentions; mentions in article then text order.
 */
function mergeGroups(all: NameGroup[], uf: UnionFind, order: Map<string, number>): NameGroup[] {
  const out: NameGroup[] = [];
  for (const set of uf.groups()) {
    const members = set.map((i) => all[i]!);
    const mentions = members.flatMap((g) => g.mentions);
    if (!mentions.length) continue;
    mentions.sort((x, y) => (order.get(x.article) ?? 0) - (order.get(y.article) ?? 0) || x.start - y.start);
    const fullest = [...members].sort((x, y) => nameWords(y.actor).length - nameWords(x.actor).length || y.mentions.length - x.mentions.length)[0]!;
    const country = members.find((g) => !g.entities.length);
    out.push({ actor: (country ?? fullest).actor, entities: members.flatMap((g) => g.entities), mentions });
  }
  return out;
}
