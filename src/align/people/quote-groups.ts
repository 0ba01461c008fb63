// Quotes of one utterance across outlets: direct quotes grouped when they share a run of words (or, from one speaker,
// most content words), each group with its reference wording and every variant's difference from it.
import type { Quote, QuoteGroup, QuoteVariant } from '../../core/types.js';
import { checkedSet } from '../../core/util/lists.js';
import people from '../data/people.json' with { type: 'json' };
import { diffQuote, findRun, longestCommonRun, quoteWords } from '../quote-diff.js';

/** Function words: shared, they say nothing about whether two quotes are one utterance. */
const STOP = checkedSet('align/data/people.json#quoteStopwords', people.quoteStopwords);

/** Do two quotes render the same utterance? A shared run of words, or (same speaker) most content words in common. */
function sameUtterance(a: string[], b: string[], sameSpeaker: boolean): boolean {
  const short = a.length <= b.length ? a : b;
  const long = a.length <= b.length ? b : a;
  if (short.length === 0) return false;
  if (short.length <= 2) return sameSpeaker && findRun(long, short) >= 0 && short.some((w) => !STOP.has(w));
  const run = longestCommonRun(a, b);
  // Each side adding three content words of its own around a short shared run is two remarks ("I am not running for
  // mayor of the city of X to be liked" / "I am ready to work for the people of the city of X"); a long shared run is
  // one remark that outlets cut at different places.
  const onlyIn = (x: string[], y: string[]): number => new Set(x.filter((w) => !STOP.has(w) && !y.includes(w))).size;
  if (run < Math.max(6, short.length / 2) && onlyIn(a, b) >= 3 && onlyIn(b, a) >= 3) return false;
  // The run must carry content: "of the united states" is in many remarks of one speaker.
  const content = (x: string): boolean => !STOP.has(x);
  const contentRun = longestCommonRun(a, b, content);
  const shortContent = short.filter(content).length;
  if (run >= Math.min(4, short.length) && contentRun >= Math.max(1, Math.min(3, shortContent - 1)) && (run >= 4 || sameSpeaker)) return true;
  if (!sameSpeaker) return false;
  const ca = new Set(a.filter((w) => !STOP.has(w)));
  const cb = new Set(b.filter((w) => !STOP.has(w)));
  let inter = 0;
  for (const w of ca) if (cb.has(w)) inter++;
  return inter >= 3 && inter / Math.min(ca.size, cb.size) >= 0.6;
}

/**
 * Group direct quotes of one utterance (union-find over candidate pairs that share a content word).
 * @param order article id -> input position (the first article's rendering is a group's reference wording)
 */
export function groupQuotes(quotes: Quote[], order: Map<string, number>): QuoteGroup[] {
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
    const qs = members
      .map((i) => direct[i]!)
      .sort((x, y) => (order.get(x.article) ?? 0) - (order.get(y.article) ?? 0) || x.start - y.start);
    const ref = qs[0]!;
    const variants: QuoteVariant[] = qs.map((q) =>
      q === ref
        ? { quote: q.id, verdict: 'same', omitted: [], added: [], changed: [] }
        : { quote: q.id, ...diffQuote(ref.text, q.text) },
    );
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
