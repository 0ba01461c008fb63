// The one way to tell whether two strings name the same outlet: "The Associated Press", "Associated Press" and
// "associated-press" share a key. Used wherever outlet names are compared (readable, extract, reuse); the alias table
// (core/data/outlet-aliases.json) gives one outlet's other names ("AP", "NYT").
import aliasData from './data/outlet-aliases.json' with { type: 'json' };
import { checkedList } from './util/lists.js';

/**
 * The key two spellings of one outlet's name share: lower case, every run of punctuation and space as one space,
 * no leading "the".
 * @example outletNameKey('The Associated Press') === 'associated press'; outletNameKey(' RFE/RL ') === 'rfe rl'
 */
export const outletNameKey = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');

/** Alias key -> the name a citation reports, from core/data/outlet-aliases.json; a key under two outlets is a data defect. */
const CANONICAL: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const [name, aliases] of Object.entries(aliasData.outlets)) {
    for (const n of checkedList(`core/data/outlet-aliases.json#outlets.${name}`, [name, ...aliases])) {
      const key = outletNameKey(n);
      const had = map.get(key);
      if (had !== undefined && had !== name) throw new Error(`core/data/outlet-aliases.json: "${n}" names both ${had} and ${name}`);
      map.set(key, name);
    }
  }
  return map;
})();

/** Canonical name -> every name of it in the alias table (itself first). */
const NAMES: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(aliasData.outlets).map(([name, aliases]) => [name, [name, ...aliases]]));

/**
 * The names copy may use for an outlet: the name given, then the alias table's other names for the same outlet.
 * @example namesOf('The Associated Press') // ['The Associated Press', 'Associated Press', 'AP', 'AP News']
 */
export function namesOf(name: string): readonly string[] {
  const listed = NAMES.get(canonicalOutlet(name)) ?? [];
  return [name, ...listed.filter((n) => outletNameKey(n) !== outletNameKey(name))];
}

/** Every name of core/data/outlet-aliases.json (canonical names and aliases), for finding outlets in running text. */
export const OUTLET_ALIASES: readonly string[] = Object.entries(aliasData.outlets).flatMap(([name, aliases]) => [name, ...aliases]);

/**
 * The one name of an outlet however copy spells it: the alias table's name when it lists the spelling, else the name
 * as written without a leading "The".
 * @example canonicalOutlet('AP') === 'Associated Press'; canonicalOutlet('the Kelby Ledger') === 'Kelby Ledger'
 */
export function canonicalOutlet(name: string): string {
  const trimmed = name.replace(/\s+/g, ' ').trim();
  return CANONICAL.get(outletNameKey(trimmed)) ?? trimmed.replace(/^the /i, '');
}

/** The key of an outlet's one name: two spellings of one outlet ("AP", "The Associated Press") share it. */
export const outletKey = (name: string): string => outletNameKey(canonicalOutlet(name));

/**
 * True when `cited`, found in an article of outlet `own`, names that outlet itself: the same outlet under any of its
 * names, or the short form copy uses for its own paper — the end of its name ("the Times" in The New York Times, "the
 * Post" in The Washington Post, "the Courier" in The Brenna Valley Courier).
 * @example isOwnOutlet('the Times', 'The New York Times') === true; isOwnOutlet('Reuters', 'The New York Times') === false
 */
export function isOwnOutlet(cited: string, own: string | null): boolean {
  if (!own) return false;
  const c = outletKey(cited);
  const o = outletKey(own);
  if (!c || !o) return false;
  if (c === o) return true;
  const cw = c.split(' ');
  const ow = o.split(' ');
  return cw.length < ow.length && ow.slice(-cw.length).join(' ') === c;
}
