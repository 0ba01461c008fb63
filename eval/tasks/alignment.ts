// Eval: cross-outlet claim alignment on ECB+ (dev topics): do claims of different articles that report the same events end
// up in one claim group? Pair precision/recall/F1 over annotated sentences, gold from event coreference clusters.
import type { Article } from '../../src/core/types.js';
import { articleFromText } from '../../src/core/article.js';
import { buildDoc } from '../../src/nlp/doc.js';
import { extractClaims } from '../../src/extract/claims.js';
import { alignClaims } from '../../src/align/index.js';
import { dataPath, hasDataSet, readJsonl, skipMessage } from '../shared.js';
import type { EvalRow, EvalTask } from '../task.js';

const SET = 'events-ecbplus';

interface EcbDoc {
  doc_id: string;
  subtopic: string;
  split_cybulska_vossen: string;
  sentences: Array<{ sentence: number; text: string; coref_annotated: boolean }>;
}
interface EcbMention {
  doc_id: string;
  sentence: number;
  is_event: boolean;
  mention_type: string;
  cluster_id: string;
}

export interface PairScores {
  precision: number;
  recall: number;
  f1: number;
  gold: number;
  predicted: number;
  /** All scored pairs: linking every pair of a subtopic would score precision gold/pairs, recall 1. */
  pairs: number;
  subtopics: number;
}

/** One ECB+ subtopic as articles whose paragraphs are the sentences, with each sentence's span. */
function subtopicArticles(docs: EcbDoc[]): { articles: Article[]; spans: Map<string, Array<{ sentence: number; start: number; end: number; annotated: boolean }>> } {
  const articles: Article[] = [];
  const spans = new Map<string, Array<{ sentence: number; start: number; end: number; annotated: boolean }>>();
  for (const d of docs) {
    let text = '';
    const list: Array<{ sentence: number; start: number; end: number; annotated: boolean }> = [];
    for (const s of d.sentences) {
      if (text) text += '\n\n';
      list.push({ sentence: s.sentence, start: text.length, end: text.length + s.text.length, annotated: s.coref_annotated });
      text += s.text;
    }
    articles.push(articleFromText(d.doc_id, text, { outlet: d.doc_id }));
    spans.set(d.doc_id, list);
  }
  return { articles, spans };
}

/** One split aligned: each subtopic's annotated sentences and predicted cross-document pairs, and each sentence's events. */
interface AlignedSplit {
  clusters: Map<string, Set<string>>;
  subtopics: Array<{ annotated: string[]; predicted: Set<string> }>;
}

/** Run extraction and alignment over every subtopic of one ECB+ split: the costly part, done once for every gold variant. */
function alignSplit(split: string): AlignedSplit {
  const docs = readJsonl<EcbDoc>(dataPath(SET, 'documents.jsonl')).filter((d) => d.split_cybulska_vossen === split);
  const clusters = new Map<string, Set<string>>();
  for (const m of readJsonl<EcbMention>(dataPath(SET, 'crossdoc_mentions.jsonl'))) {
    if (!m.is_event || m.mention_type.includes('REPORTING')) continue;
    const k = `${m.doc_id}#${m.sentence}`;
    const set = clusters.get(k) ?? new Set<string>();
    set.add(m.cluster_id);
    clusters.set(k, set);
  }
  const bySub = new Map<string, EcbDoc[]>();
  for (const d of docs) bySub.set(d.subtopic, [...(bySub.get(d.subtopic) ?? []), d]);
  const subtopics: AlignedSplit['subtopics'] = [];
  for (const group of bySub.values()) {
    const { articles, spans } = subtopicArticles(group);
    const docs = articles.map((a) => buildDoc(a.text, a.paragraphs));
    const claims = articles.map((a, i) => extractClaims(a, docs[i]!));
    const { claims: aligned } = alignClaims(articles, claims, { docs });
    const predicted = new Set<string>();
    for (const c of aligned) {
      const sents = new Set<string>();
      for (const s of c.sources) {
        const hit = spans.get(s.article)?.find((x) => s.start >= x.start && s.start < x.end);
        if (hit?.annotated) sents.add(`${s.article}#${hit.sentence}`);
      }
      const list = [...sents];
      for (let i = 0; i < list.length; i++)
        for (let j = i + 1; j < list.length; j++) {
          if (list[i]!.split('#')[0] === list[j]!.split('#')[0]) continue;
          predicted.add(list[i]! < list[j]! ? `${list[i]}|${list[j]}` : `${list[j]}|${list[i]}`);
        }
    }
    const annotated = group.flatMap((d) => d.sentences.filter((s) => s.coref_annotated).map((s) => `${d.doc_id}#${s.sentence}`));
    subtopics.push({ annotated, predicted });
  }
  return { clusters, subtopics };
}

/** Pair scores of an aligned split against the gold at one `minJaccard` (see alignmentScores). */
function scorePairs({ clusters, subtopics }: AlignedSplit, minJaccard: number): PairScores {
  let tp = 0;
  let gold = 0;
  let predicted = 0;
  let pairs = 0;
  for (const { annotated, predicted: predPairs } of subtopics) {
    for (let i = 0; i < annotated.length; i++)
      for (let j = i + 1; j < annotated.length; j++) {
        const a = annotated[i]!;
        const b = annotated[j]!;
        if (a.split('#')[0] === b.split('#')[0]) continue;
        const ca = clusters.get(a);
        const cb = clusters.get(b);
        const shared = ca && cb ? [...ca].filter((x) => cb.has(x)).length : 0;
        const same = shared > 0 && shared / (ca!.size + cb!.size - shared) >= minJaccard;
        const key = a < b ? `${a}|${b}` : `${b}|${a}`;
        const pred = predPairs.has(key);
        pairs++;
        if (same) gold++;
        if (pred) predicted++;
        if (same && pred) tp++;
      }
  }
  const precision = predicted ? tp / predicted : 0;
  const recall = gold ? tp / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, gold, predicted, pairs, subtopics: subtopics.length };
}

/**
 * Pair scores of the claim alignment on one ECB+ split. A pair is two coreference-annotated sentences of different
 * documents of one subtopic; gold: they share an event cluster (reporting events — "said", "told" — excluded: claims
 * discount attribution); predicted: some claim group holds a claim from each.
 * @param split 'train' or 'dev' (the test topics are not in ../shared)
 * @param minJaccard stricter gold: the two sentences' event clusters must overlap by at least this Jaccard share (0.5 =
 *   mostly the same events, closer to "the same claim"; 0 = any shared event, which 73–77% of pairs are)
 */
export function alignmentScores(split: string, minJaccard = 0): PairScores {
  return scorePairs(alignSplit(split), minJaccard);
}

export default {
  name: 'alignment',
  dataset: SET,
  async run(): Promise<EvalRow[]> {
    if (!hasDataSet(SET)) {
      console.warn(skipMessage(SET));
      return [];
    }
    const rows: EvalRow[] = [];
    const dev = alignSplit('dev');
    for (const [label, minJaccard] of [['same events', 0.5], ['a shared event', 0]] as const) {
      const s = scorePairs(dev, minJaccard);
      const row = (metric: string, ours: number): EvalRow => ({ task: 'alignment', dataset: SET, metric, ours, reference: '', n: s.gold });
      const base = s.pairs ? s.gold / s.pairs : 0;
      rows.push(
        row(`pair precision (dev, ${label})`, s.precision),
        row(`pair recall (dev, ${label})`, s.recall),
        row(`pair F1 (dev, ${label})`, s.f1),
        // Reference: one group per subtopic (every pair linked), the trivial high-recall answer.
        { ...row(`pair F1 (dev, ${label}), every pair of a subtopic linked`, (2 * base) / (1 + base)), isReference: true },
      );
    }
    return rows;
  },
} satisfies EvalTask;
