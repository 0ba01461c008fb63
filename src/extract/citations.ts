// Outlets and agencies an article credits ("reported by Bloomberg", "according to the BBC", "told CNN", "(Reuters)"),
// each under its one name (core/outlet.ts: "AP" and "The Associated Press" are one outlet).
import type { Article, Citation, CitationKind } from '../core/types.js';
import type { Doc } from '../nlp/index.js';
import { canonicalOutlet, isOwnOutlet, OUTLET_ALIASES } from '../core/outlet.js';
import { CREDIT, CREDIT_KINDS } from '../core/credit.js';
import { alternation, escapeRegExp, execAll } from '../core/util/regex.js';
import { type EntityLayer, LEX } from './entities/index.js';
import { boundedMemo } from '../core/util/bounded-memo.js';

/** Credit phrases of each kind right before a name (an optional "the" between), tried in `CREDIT_KINDS` order. */
const BEFORE: Array<[RegExp, CitationKind]> = CREDIT_KINDS.map((k) => [new RegExp(`(?:^|\\W)(?:${alternation(CREDIT.before[k])})\\s+(?:the\\s+)?$`, 'i'), k]);
const AFTER_REPORTED = new RegExp(`^['’]?s?\\s*(?:${alternation(CREDIT.after['reported-by'] ?? [])})\\b`, 'i');
/** "As X reported", "as the X has reported": the opener before the name, a verb in -ed after it. */
const AS_BEFORE = new RegExp(`(?:^|\\W)${escapeRegExp(CREDIT.asOpener)}\\s+(?:the\\s+)?$`, 'i');
const AS_AFTER = new RegExp(`^\\s+(?:(?:${alternation(CREDIT.asBetween)})\\s+)?\\w+ed\\b`, 'i');

/** "Ann Lee in the Ledger today writes": "in" before the name; a time (optional) and a writer's verb after it. */
const IN_BEFORE = /(?:^|\W)in\s+(?:the\s+)?$/i;
const WRITER_AFTER = new RegExp(`^\\s+(?:(?:${alternation(CREDIT.writer.times)})\\s+)?(?:${alternation(CREDIT.writer.verbs)})\\b`, 'i');
/** "the Ledger reporter Ann Lee writes": a writer's role, a capitalised name of one to three words, a writer's verb. */
const ROLE_AFTER = new RegExp(`^['’]?s?\\s+(?:${alternation(CREDIT.writer.roles)})\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,3}(?:${alternation(CREDIT.writer.verbs)})\\b`, 'u');

/** The outlet list's names (and aliases) by their lower case: what every article's names start from. */
const LISTED = new Map<string, string>();
for (const n of [...LEX.outletNames, ...OUTLET_ALIASES]) LISTED.set(n.toLowerCase(), n);
/** The pattern of `LISTED`, built on first use. */
let listedPattern: RegExp | null = null;

/**
 * The names an article's credits are looked for under, by lower case: the outlet list's, and organisations of the
 * article with a news-like name. Most articles add none (or name a listed outlet as the list writes it): they share
 * `LISTED` itself, and its pattern.
 */
function creditedNames(layer: EntityLayer): Map<string, string> {
  const extra = layer.entities.filter((e) => e.kind === 'organization' && e.name.split(/\s+/).some((w) => LEX.outletWords.has(w.toLowerCase())));
  if (extra.every((e) => LISTED.get(e.name.toLowerCase()) === e.name)) return LISTED;
  const names = new Map(LISTED);
  for (const e of extra) {
    names.set(e.name.toLowerCase(), e.name);
    // Its short form ("the Ledger" after "The Dorrevan Ledger"), read as that outlet by `fullName`.
    const last = e.name.split(/\s+/).at(-1)!;
    if (last !== e.name && LEX.outletWords.has(last.toLowerCase()) && !names.has(last.toLowerCase())) names.set(last.toLowerCase(), last);
  }
  return names;
}

/** The pattern of a set of names, longest first, each as written and in capitals ("according to TIME"). */
function patternOf(names: ReadonlyMap<string, string>): RegExp {
  const sorted = [...new Set([...names.values()].flatMap((n) => [n, n.toUpperCase()]))].sort((a, b) => b.length - a.length);
  return namePattern(sorted.map((n) => escapeRegExp(n).replace(/\s+/g, '\\s+')).join('|'));
}

/**
 * The pattern of one alternation of names, compiled once: most articles add no name to the outlet list, and compiling
 * an alternation of hundreds of names for every article cost more than the search. Bounded: emptied when full.
 */
const namePattern = boundedMemo(64, (alt: string): RegExp => new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt})(?![\\p{L}\\p{N}])`, 'gu'));

/**
 * The outlet a short form stands for: the last outlet named before it whose name ends with it ("Times" after "The New
 * York Times"); the short form itself when none was.
 */
function fullName(cites: string, named: readonly string[]): string {
  for (let k = named.length - 1; k >= 0; k--) if (named[k] !== cites && isOwnOutlet(cites, named[k]!)) return named[k]!;
  return cites;
}

/**
 * Find the outlets and sources an article credits, with the kind of credit.
 * @param layer the article's entities (organisations with news-like names count as outlets besides the outlet list)
 * @example extractCitations(article, doc, layer) // [{article, start, end, cites: 'Bloomberg', kind: 'reported-by'}]
 */
export function extractCitations(article: Article, doc: Doc, layer: EntityLayer): Citation[] {
  const text = doc.text;
  const names = creditedNames(layer);
  if (!names.size) return [];
  const out: Citation[] = [];
  // Every outlet named so far, credited or not: "the Times" after "The New York Times" is that paper.
  const named: string[] = [];
  for (const m of execAll(names === LISTED ? (listedPattern ??= patternOf(names)) : patternOf(names), text)) {
    const start = m.index;
    const end = start + m[0].length;
    const written = canonicalOutlet(names.get(m[0].replace(/\s+/g, ' ').toLowerCase()) ?? m[0]);
    named.push(written);
    const before = text.slice(Math.max(0, start - 40), start);
    const after = text.slice(end, end + 40);
    let kind: CitationKind | null = null;
    if (CREDIT.parenthesised && /\($/.test(before) && /^\)/.test(after)) kind = 'syndicated-from';
    for (const [r, k] of BEFORE) if (!kind && r.test(before)) kind = k;
    if (!kind && AFTER_REPORTED.test(after)) kind = 'reported-by';
    if (!kind && AS_BEFORE.test(before) && AS_AFTER.test(after)) kind = 'reported-by';
    if (!kind && ((IN_BEFORE.test(before) && WRITER_AFTER.test(after)) || ROLE_AFTER.test(after))) kind = 'reported-by';
    if (!kind) continue;
    // One outlet, one name ("AP", "The Associated Press"); an outlet naming itself ("told Estmark Radio:" in Estmark
    // Radio's own story, "the Times" in The New York Times) credits no one.
    if (isOwnOutlet(written, article.outlet)) continue;
    const cites = fullName(written, named);
    out.push({ article: article.id, start, end, cites, kind });
  }
  return out;
}
