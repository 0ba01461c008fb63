// Attribution eval: who said what on PolNeAR (content spans + speakers) and BASIL (speakers of quoted bias spans).
import type { EvalRow, EvalTask } from '../task.js';
import { dataPath, hasDataSet, readJsonl } from '../shared.js';
import type { Article, Span } from '../../src/core/types.js';
import { buildDoc } from '../../src/nlp/doc.js';
import { extractAttributions } from '../../src/extract/attributions.js';
import { articleFromText } from '../../src/core/article.js';

interface GoldSpan {
  start: number;
  end: number;
  text: string;
}
interface PolnearRow {
  doc_id: string;
  publisher: string;
  text: string;
  annotations: Array<{ attributions: Array<{ id: string; source: GoldSpan[]; cue: GoldSpan[]; content: GoldSpan[] }> }>;
}

/** One attribution to score: its content as character ranges, and who said it. */
export interface ScoredAttribution {
  content: Span[];
  direct: boolean;
  speakerSpans: Span[];
  speakerName: string | null;
}

const EDGE = /[\s"“”‘’'«».,;:!?—–-]/;
/** Trim quote marks, punctuation and space from both ends of a range, so `“Yes,”` and `Yes` compare equal. */
function trim(text: string, r: Span): Span {
  let { start, end } = r;
  while (start < end && EDGE.test(text[start]!)) start++;
  while (end > start && EDGE.test(text[end - 1]!)) end--;
  return { start, end };
}
const size = (rs: Span[]): number => rs.reduce((n, r) => n + r.end - r.start, 0);
function intersect(a: Span[], b: Span[]): number {
  let n = 0;
  for (const x of a) for (const y of b) n += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  return n;
}
/** Jaccard overlap of two sets of character ranges. */
export function overlap(a: Span[], b: Span[]): number {
  const i = intersect(a, b);
  const u = size(a) + size(b) - i;
  return u > 0 ? i / u : 0;
}
const lastWord = (s: string | null): string =>
  (s ?? '').toLowerCase().replace(/['’]s\b/g, '').match(/[\p{L}]+/gu)?.at(-1) ?? '';

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  exact: number;
  speakerOk: number;
  matched: number;
}

/**
 * Match predicted to gold attributions one-to-one, greedily by descending Jaccard overlap of their (trimmed) content
 * character ranges, a pair counting when overlap ≥ `min`. Speaker accuracy is over matched pairs: right when the
 * predicted speaker span overlaps a gold source span, or the predicted (resolved) speaker name ends in the same word
 * as the gold source (a coreferent name: gold "Mr. Trump", ours "Donald Trump").
 */
export function score(text: string, gold: ScoredAttribution[], pred: ScoredAttribution[], min = 0.3): Score {
  const g = gold.map((x) => x.content.map((r) => trim(text, r)).filter((r) => r.end > r.start));
  const p = pred.map((x) => x.content.map((r) => trim(text, r)).filter((r) => r.end > r.start));
  const pairs: Array<[number, number, number]> = [];
  g.forEach((gr, gi) => p.forEach((pr, pi) => {
    const o = overlap(gr, pr);
    if (o >= min) pairs.push([o, gi, pi]);
  }));
  pairs.sort((x, y) => y[0] - x[0]);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const s: Score = { tp: 0, fp: 0, fn: 0, exact: 0, speakerOk: 0, matched: 0 };
  for (const [o, gi, pi] of pairs) {
    if (usedG.has(gi) || usedP.has(pi)) continue;
    usedG.add(gi);
    usedP.add(pi);
    s.tp++;
    if (o >= 0.999) s.exact++;
    const gs = gold[gi]!;
    const ps = pred[pi]!;
    s.matched++;
    const gSrcText = gs.speakerSpans.map((r) => text.slice(r.start, r.end)).join(' ');
    if (intersect(gs.speakerSpans, ps.speakerSpans) > 0 || (lastWord(ps.speakerName) !== '' && lastWord(ps.speakerName) === lastWord(gSrcText)))
      s.speakerOk++;
  }
  s.fp = pred.length - usedP.size;
  s.fn = gold.length - usedG.size;
  return s;
}

const add = (a: Score, b: Score): Score => ({
  tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn, exact: a.exact + b.exact, speakerOk: a.speakerOk + b.speakerOk, matched: a.matched + b.matched,
});
const zero = (): Score => ({ tp: 0, fp: 0, fn: 0, exact: 0, speakerOk: 0, matched: 0 });

/** Gold direct quote: content that opens and closes with a quotation mark (trailing punctuation aside). */
export function isDirect(text: string, content: Span[]): boolean {
  if (!content.length) return false;
  // Annotators split long quotes into sentence pieces: judge the first and last piece, in text order.
  const sorted = [...content].sort((a, b) => a.start - b.start);
  const first = text.slice(sorted[0]!.start, sorted[0]!.end).trim();
  const last = text.slice(sorted.at(-1)!.start, sorted.at(-1)!.end).trim().replace(/[.,;:!?]+$/, '');
  return /^(["“‘'«]|'')/.test(first) && /(["”’'»]|'')$/.test(last);
}

export function articleOf(id: string, text: string, outlet: string | null = null): Article {
  return articleFromText(id, text, { outlet });
}

/** Predicted attributions of one article, grouped into relations (quotes sharing one cue are one relation). */
export function predict(article: Article): { all: ScoredAttribution[]; direct: ScoredAttribution[] } {
  const doc = buildDoc(article.text, article.paragraphs);
  const res = extractAttributions(article, doc);
  const rel = new Map<string, ScoredAttribution>();
  for (const q of res.quotes) {
    const info = res.info?.[q.id];
    if (info?.partial) continue; // scored inside its reported speech
    const key = info?.relation ?? q.id;
    const cur = rel.get(key);
    if (cur) {
      cur.content.push({ start: q.start, end: q.end });
      continue;
    }
    rel.set(key, {
      content: [{ start: q.start, end: q.end }],
      direct: q.direct === true,
      speakerSpans: q.speakerSpan ? [q.speakerSpan] : [],
      speakerName: q.speakerName,
    });
  }
  const all = [...rel.values()];
  return { all, direct: all.filter((a) => a.direct) };
}

function polnearRows(split: 'dev' | 'train'): PolnearRow[] {
  return readJsonl<PolnearRow>(dataPath('attribution-polnear', `${split}.jsonl`));
}

/** Score one PolNeAR split; used by the task (dev) and for tuning on train. */
export function evalPolnear(split: 'dev' | 'train', limit = Infinity, from = 0): { direct: Score; all: Score; n: number } {
  let direct = zero();
  let all = zero();
  let n = 0;
  for (const row of polnearRows(split).slice(from, limit)) {
    const article = articleOf(row.doc_id, row.text, row.publisher);
    const gold = (row.annotations[0]?.attributions ?? [])
      .filter((a) => a.content.length)
      .map((a) => ({ content: a.content.map((c) => ({ start: c.start, end: c.end })), direct: isDirect(row.text, a.content), speakerSpans: a.source.map((c) => ({ start: c.start, end: c.end })), speakerName: a.source.map((c) => c.text).join(' ') || null }));
    const pred = predict(article);
    direct = add(direct, score(row.text, gold.filter((g) => g.direct), pred.direct));
    all = add(all, score(row.text, gold, pred.all));
    n++;
  }
  return { direct, all, n };
}

interface BasilRow {
  article_id: string;
  source: string;
  sentences: Array<{ index: number; paragraph: number; text: string }>;
  bias_spans: Array<{ location?: string; sentence_index: number; start: number; end: number; text: string; quote: string; speaker: string }>;
}

/**
 * BASIL: for bias spans marked as quotes with a named speaker (not `other_*`), does the first predicted quote overlapping
 * the span name the same speaker (last word of the name, case-insensitive)? Speaker accuracy is over covered spans.
 */
export function evalBasil(): { ok: number; lenient: number; n: number; covered: number } {
  let ok = 0;
  let lenient = 0;
  let n = 0;
  let covered = 0;
  for (const row of readJsonl<BasilRow>(dataPath('bias-basil', 'articles.jsonl'))) {
    // Speakers are names joined by underscores ("Michael_Steele"); "other_anti/neutral/pro" marks an unnamed speaker: skipped.
    const spans = row.bias_spans.filter((b) => b.location !== 'title' && b.quote === 'yes' && b.speaker && b.speaker.trim() && !/^(none|n\/a|unknown|other_\w+)$/i.test(b.speaker.trim()));
    if (!spans.length) continue;
    // Rebuild the article text: sentences joined, paragraphs by a blank line.
    let text = '';
    const sentStart = new Map<number, number>();
    let para = -1;
    for (const s of row.sentences) {
      if (text) text += s.paragraph !== para ? '\n\n' : ' ';
      para = s.paragraph;
      sentStart.set(s.index, text.length);
      text += s.text;
    }
    const article = articleOf(row.article_id, text, row.source);
    const doc = buildDoc(text, article.paragraphs);
    const res = extractAttributions(article, doc);
    for (const b of spans) {
      const at = sentStart.get(b.sentence_index);
      if (at === undefined) continue;
      const start = at + b.start;
      const end = at + b.end;
      n++;
      // The quote with the largest overlap; a direct quote before reported speech around it.
      const ov = (x: { start: number; end: number }): number => Math.min(x.end, end) - Math.max(x.start, start);
      const q = res.quotes.filter((x) => ov(x) > 0).sort((x, y) => Number(y.direct) - Number(x.direct) || ov(y) - ov(x))[0];
      if (!q) continue;
      covered++;
      const name = lastWord(q.speakerName);
      const gold = b.speaker.replace(/_/g, ' ').split(/[;,/]| and /).map((x) => lastWord(x));
      if (name && gold.includes(name)) ok++;
      // BASIL often labels a group ("NAACP", "Democratic_lawmakers") where we name its member ("NAACP President Ben
      // Jealous"): lenient counts the label's last word anywhere in our speaker's name or roles.
      const ent = q.speaker ? res.entities.find((e) => e.id === q.speaker) : undefined;
      const ours: string[] = `${q.speakerName ?? ''} ${(ent?.roles ?? []).join(' ')}`.toLowerCase().match(/[\p{L}]+/gu) ?? [];
      if ((name && gold.includes(name)) || gold.some((g) => g && ours.includes(g))) lenient++;
    }
  }
  return { ok, lenient, n, covered };
}

const f1 = (s: Score): { p: number; r: number; f: number } => {
  const p = s.tp / Math.max(1, s.tp + s.fp);
  const r = s.tp / Math.max(1, s.tp + s.fn);
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};

export default {
  name: 'attribution',
  dataset: 'attribution-polnear',
  async run(): Promise<EvalRow[]> {
    const rows: EvalRow[] = [];
    const row = (dataset: string, metric: string, ours: number, reference = '', n?: number): void => {
      rows.push({ task: 'attribution', dataset, metric, ours: Math.round(ours * 1000) / 1000, reference, ...(n !== undefined ? { n } : {}) });
    };
    if (hasDataSet('attribution-polnear')) {
      const { direct, all, n } = evalPolnear('dev');
      const d = f1(direct);
      row('attribution-polnear', 'direct content P (overlap≥0.3)', d.p, '', n);
      row('attribution-polnear', 'direct content R (overlap≥0.3)', d.r, '', n);
      row('attribution-polnear', 'direct content F1 (overlap≥0.3)', d.f, '0.837 Gender Gap Tracker (all quotes)', direct.tp + direct.fn);
      const ex = { ...direct, tp: direct.exact, fp: direct.fp + direct.tp - direct.exact, fn: direct.fn + direct.tp - direct.exact };
      row('attribution-polnear', 'direct content F1 (exact)', f1(ex).f, '', direct.tp + direct.fn);
      row('attribution-polnear', 'direct speaker accuracy (matched)', direct.speakerOk / Math.max(1, direct.matched), '0.86 Gender Gap Tracker', direct.matched);
      const a = f1(all);
      row('attribution-polnear', 'all content P (overlap≥0.3)', a.p, '', n);
      row('attribution-polnear', 'all content R (overlap≥0.3)', a.r, '', n);
      row('attribution-polnear', 'all content F1 (overlap≥0.3)', a.f, '', all.tp + all.fn);
      const ax = { ...all, tp: all.exact, fp: all.fp + all.tp - all.exact, fn: all.fn + all.tp - all.exact };
      row('attribution-polnear', 'all content F1 (exact)', f1(ax).f, '', all.tp + all.fn);
      row('attribution-polnear', 'all speaker accuracy (matched)', all.speakerOk / Math.max(1, all.matched), '', all.matched);
    }
    if (hasDataSet('bias-basil')) {
      const b = evalBasil();
      row('bias-basil', 'quote speaker accuracy (covered)', b.ok / Math.max(1, b.covered), '', b.covered);
      row('bias-basil', 'quote speaker accuracy, group labels (covered)', b.lenient / Math.max(1, b.covered), '', b.covered);
      row('bias-basil', 'quote span coverage', b.covered / Math.max(1, b.n), '', b.n);
    }
    return rows;
  },
} satisfies EvalTask;
