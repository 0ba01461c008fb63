// Naming variants on NewsWCL50: each event's five outlet texts analysed as a user's text files are (reader -> pipeline),
// and each coded mention of an actor, country or group placed on the dossier's `framing[].names` (by its head word).
// Scored: for each concept (event, code_name) with at least two coded mentions in the read texts, the share of them in
// the concept's largest predicted group (a mention no name covers is a group of its own), averaged over concepts; and, so that
// one group holding everything cannot score, the purity of the predicted groups (the share of each group's coded
// mentions in its most common concept, pooled). Baseline in the same run: the coded mentions grouped by exact string.
import type { Dossier, RawDocument } from '../../src/core/types.js';
import { analyzeDocuments } from '../../src/pipeline/analyze.js';
import { dataPath, hasDataSet, readJsonl, skipMessage } from '../shared.js';
import type { EvalRow, EvalTask } from '../task.js';
import { placeMention, textOfDocument, type NewsDoc } from '../framing-place.js';

const DATASET = 'framing-newswcl50';
/** The code types that name an actor (ACTOR-I bundles many indirect actors under one code; PROPERTY, ACTION… are no names). */
const NAMED_TYPES = new Set(['ACTOR', 'COUNTRY', 'GROUP']);
const NOW = '2026-01-01T00:00:00Z';

interface Annotation {
  id: string;
  code_type: string;
  code_name: string;
  code_mention: string;
  event_id: string;
  publisher_id: string;
  sentence: string;
}

/** A coded mention placed in the read text, with its concept and the group each system puts it in. */
interface Placed {
  concept: string;
  text: string;
  ours: string;
  exact: string;
}

/** Where a noun phrase's modifiers after the head begin: a comma, a relative pronoun or a preposition. */
const AFTER_HEAD = /,|\s(?:of|from|in|at|for|with|on|who|which|that|to)\s/;
const LAST_WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*(?=[^\p{L}\p{N}]*$)/u;

/** The head word of a coded mention, a noun phrase: its last word before any modifier that follows the head. */
function headOf(text: string, start: number, end: number): { start: number; end: number } {
  const phrase = text.slice(start, end);
  const cut = AFTER_HEAD.exec(phrase);
  const before = cut ? phrase.slice(0, cut.index) : phrase;
  const last = LAST_WORD.exec(before);
  return last ? { start: start + last.index, end: start + last.index + last[0].length } : { start, end };
}

/**
 * The predicted group of a coded mention: the dossier name of this article that covers its head word ("Kim Jong Un" in
 * "North Korean leader Kim Jong Un", not the country in "North Korean"), then overlaps it most, then is the shortest
 * ("South Korea" inside "President Moon Jae-in of South Korea" is the country's); else a group of its own.
 */
function groupAt(dossier: Dossier, text: string, article: string, span: { start: number; end: number }, own: string): string {
  const head = headOf(text, span.start, span.end);
  let best = { key: own, rank: [0, 0, -Infinity] };
  const better = (x: number[], y: number[]): boolean => x[0]! > y[0]! || (x[0] === y[0] && (x[1]! > y[1]! || (x[1] === y[1] && x[2]! > y[2]!)));
  for (const n of dossier.framing.find((x) => x.article === article)?.names ?? []) {
    for (const s of n.forms.flatMap((form) => form.sources)) {
      const overlap = Math.min(span.end, s.end) - Math.max(span.start, s.start);
      if (overlap <= 0) continue;
      const rank = [s.start < head.end && head.start < s.end ? 1 : 0, overlap, -(s.end - s.start)];
      if (better(rank, best.rank)) best = { key: `${n.actor}|${n.entities.join(',')}`, rank };
    }
  }
  return best.key;
}

/** One event: its outlets read as text files, its coded mentions placed and grouped by both systems. */
function scoreEvent(docs: NewsDoc[], annotations: Annotation[]): { placed: Placed[]; coded: number } {
  const built = docs.map((d) => textOfDocument(d));
  const raws: RawDocument[] = docs.map((d, i) => ({
    source: `${d.doc_id}.txt`,
    contentType: 'text/plain',
    bytes: new TextEncoder().encode(built[i]!.text),
    hints: { url: d.url },
  }));
  const dossier = analyzeDocuments(raws, { now: NOW });
  const placed: Placed[] = [];
  let coded = 0;
  for (const a of annotations) {
    const i = docs.findIndex((d) => d.outlet_code === a.publisher_id);
    const article = dossier.articles.find((x) => x.source === `${docs[i]?.doc_id}.txt`);
    if (i < 0 || !NAMED_TYPES.has(a.code_type)) continue;
    coded++;
    const span = article ? placeMention(article.text, built[i]!, Number(a.sentence), a.code_mention) : null;
    if (!span || !article) continue;
    const ours = groupAt(dossier, article.text, article.id, span, `own:${a.id}`);
    placed.push({ concept: a.code_name, text: a.code_mention, ours, exact: a.code_mention.toLowerCase().replace(/\s+/g, ' ').trim() });
  }
  return { placed, coded };
}

/** Mean over concepts of the share of their mentions in their largest group; and the pooled purity of the groups. */
function measure(placed: Placed[], system: 'ours' | 'exact'): { together: number; purity: number; concepts: number } {
  const tally = (key: (p: Placed) => string, by: (p: Placed) => string): Map<string, Map<string, number>> => {
    const out = new Map<string, Map<string, number>>();
    for (const p of placed) {
      const inner = out.get(key(p)) ?? new Map<string, number>();
      inner.set(by(p), (inner.get(by(p)) ?? 0) + 1);
      out.set(key(p), inner);
    }
    return out;
  };
  const sum = (m: Map<string, number>): number => [...m.values()].reduce((s, n) => s + n, 0);
  const concepts = [...tally((p) => p.concept, (p) => p[system]).values()].filter((m) => sum(m) >= 2);
  const together = concepts.reduce((s, m) => s + Math.max(...m.values()) / sum(m), 0) / (concepts.length || 1);
  const groups = [...tally((p) => p[system], (p) => p.concept).values()];
  const purity = groups.reduce((s, m) => s + Math.max(...m.values()), 0) / (placed.length || 1);
  return { together, purity, concepts: concepts.length };
}

/** EVAL_VERBOSE=1: per concept, its share and the mentions outside its largest group (what to improve next). */
function printMisses(placed: Placed[]): void {
  const concepts = new Map<string, Placed[]>();
  for (const p of placed) concepts.set(p.concept, [...(concepts.get(p.concept) ?? []), p]);
  for (const [concept, ps] of concepts) {
    if (ps.length < 2) continue;
    const counts = new Map<string, number>();
    for (const p of ps) counts.set(p.ours, (counts.get(p.ours) ?? 0) + 1);
    const [top] = [...counts.entries()].sort((x, y) => y[1] - x[1])[0]!;
    const groupOf = (p: Placed): string => p.ours.replace(/^\d+:/, '');
    const out = ps.filter((p) => p.ours !== top).map((p) => `${p.text} -> ${groupOf(p).startsWith('own:') ? '-' : groupOf(p).split('|')[0]}`);
    console.error(`${concept}: ${(counts.get(top)! / ps.length).toFixed(2)} of ${ps.length} in ${top.split('|')[0]}; outside: ${[...new Set(out)].slice(0, 12).join('; ')}`);
  }
}

const round = (x: number): number => Math.round(x * 10000) / 10000;

export default {
  name: 'framing',
  dataset: DATASET,
  async run(): Promise<EvalRow[]> {
    if (!hasDataSet(DATASET)) {
      console.warn(skipMessage(DATASET));
      return [];
    }
    const docs = readJsonl<NewsDoc>(dataPath(DATASET, 'documents.jsonl'));
    const annotations = readJsonl<Annotation>(dataPath(DATASET, 'annotations.jsonl'));
    const placed: Placed[] = [];
    let coded = 0;
    for (const event of [...new Set(docs.map((d) => d.event_id))].sort((x, y) => x - y)) {
      const scored = scoreEvent(docs.filter((d) => d.event_id === event), annotations.filter((a) => Number(a.event_id) === event));
      // Concepts and groups are per event: the same code name, or a group of the same name and id ('Donald Trump|e3'),
      // in two events is two concepts, two groups.
      placed.push(
        ...scored.placed.map((p) => ({ ...p, concept: `${event}:${p.concept}`, ours: `${event}:${p.ours}`, exact: `${event}:${p.exact}` })),
      );
      coded += scored.coded;
    }
    if (process.env['EVAL_VERBOSE'] === '1') printMisses(placed);
    const ours = measure(placed, 'ours');
    const exact = measure(placed, 'exact');
    const row = (metric: string, value: number, reference: string, n: number, isReference = false): EvalRow => ({
      task: 'framing', dataset: DATASET, metric, ours: round(value), reference, n, ...(isReference ? { isReference } : {}),
    });
    return [
      row('concept mentions grouped together (largest group share)', ours.together, `${exact.together.toFixed(3)} exact string`, ours.concepts),
      row('predicted group purity (pooled)', ours.purity, `${exact.purity.toFixed(3)} exact string`, placed.length),
      row('exact-string baseline: largest group share', exact.together, '', exact.concepts, true),
      row('exact-string baseline: purity', exact.purity, '', placed.length, true),
      row('coded mentions found in the read text', placed.length / (coded || 1), '', coded),
    ];
  },
} satisfies EvalTask;
