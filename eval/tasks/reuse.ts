// Eval of the reuse stage: derived sentences found in synthetic rewrites of team-written articles (beside verbatim
// passages alone, the stage before rewrites), pairs of different outlets on one event left apart (BASIL, NeuS: written
// apart, rarely copied), and the seed corpus's rewrite pair ranked first.
import { readdirSync, readFileSync } from 'node:fs';
import type { Article, Reuse } from '../../src/core/types.js';
import { articleFromText } from '../../src/core/article.js';
import { findReuse } from '../../src/reuse/index.js';
import { corpusPath, dataPath, hasDataSet, readJsonl } from '../shared.js';
import { derivedRecall, rewriteSources, synthesizeRewrite, type RewriteLevel } from '../rewrite.js';
import type { EvalRow, EvalTask } from '../task.js';

/** Relations that make one article derived from the other (a copy, an excerpt, a rewrite). */
const DERIVED = new Set(['copy', 'excerpt', 'rewrite']);
const SEEDS = 10;
const round = (x: number): number => Math.round(x * 10000) / 10000;

/** Derived-sentence recall over the team's articles and SEEDS rewrites each, ours and with verbatim passages alone. */
function syntheticRecall(level: RewriteLevel): { ours: number; verbatimOnly: number; n: number } {
  const { articles, swaps } = rewriteSources();
  let ours = 0;
  let verbatimOnly = 0;
  let n = 0;
  for (const source of articles) {
    for (let seed = 1; seed <= SEEDS; seed++) {
      const r = synthesizeRewrite(source.text, swaps, seed, level);
      const [pair] = findReuse([articleFromText('src', r.source), articleFromText('der', r.derived)]);
      ours += derivedRecall(r, pair, 'a');
      verbatimOnly += derivedRecall(r, pair ? { ...pair, rewritten: [] } : undefined, 'a');
      n++;
    }
  }
  return { ours: round(ours / n), verbatimOnly: round(verbatimOnly / n), n };
}

function syntheticRows(): EvalRow[] {
  const dataset = 'synthetic-rewrites';
  return (['light', 'heavy', 'paraphrase'] as const).flatMap((level) => {
    const r = syntheticRecall(level);
    return [
      { task: 'reuse', dataset, metric: `derived-sentence recall (${level} rewrite)`, ours: r.ours, reference: `${r.verbatimOnly} verbatim passages alone (same run)`, n: r.n },
      { task: 'reuse', dataset, metric: `derived-sentence recall (${level} rewrite), verbatim passages alone`, ours: r.verbatimOnly, reference: '', isReference: true, n: r.n },
    ];
  });
}

/** Share of the stories' cross-outlet pairs that findReuse leaves apart (no copy, excerpt or rewrite), and the count. */
function apart(stories: Article[][]): { share: number; pairs: number; flagged: number } {
  let pairs = 0;
  let flagged = 0;
  for (const articles of stories) {
    const reuse: Reuse[] = findReuse(articles);
    pairs += (articles.length * (articles.length - 1)) / 2;
    flagged += reuse.filter((r) => r.relation && DERIVED.has(r.relation)).length;
  }
  return { share: pairs ? 1 - flagged / pairs : 1, pairs, flagged };
}

interface BasilArticle {
  article_id: string;
  event_id: string;
  sentences: Array<{ index: number; paragraph: number; text: string }>;
}

function basilStories(): Article[][] {
  const byEvent = new Map<string, Article[]>();
  for (const b of readJsonl<BasilArticle>(dataPath('bias-basil', 'articles.jsonl'))) {
    let text = '';
    let para = -1;
    for (const s of [...b.sentences].sort((x, y) => x.index - y.index)) {
      if (text) text += s.paragraph !== para ? '\n\n' : ' ';
      para = s.paragraph;
      text += s.text;
    }
    const list = byEvent.get(b.event_id) ?? [];
    list.push(articleFromText(b.article_id, text));
    byEvent.set(b.event_id, list);
  }
  return [...byEvent.values()];
}

function neusStories(): Article[][] {
  const rows = readJsonl<{ id: string; articles: Array<{ text: string }> }>(dataPath('neutral-summaries-neus', 'val.jsonl'));
  return rows.map((s) => s.articles.map((a, i) => articleFromText(`${s.id}-${i}`, a.text)));
}

function apartRows(dataset: string, stories: Article[][]): EvalRow[] {
  const r = apart(stories);
  return [
    {
      task: 'reuse',
      dataset,
      metric: 'cross-outlet pairs left apart (1 - false-reuse rate)',
      ours: round(r.share),
      reference: `${r.flagged} of ${r.pairs} pairs called copy, excerpt or rewrite`,
      n: r.pairs,
    },
  ];
}

/** 1 when the seed corpus's 000–001 pair (one wire report rewritten twice) has the highest reuse score of all its pairs. */
function seedRows(): EvalRow[] {
  const files = readdirSync(corpusPath('witkoff-leak')).filter((f) => f.endsWith('.txt')).sort();
  const articles = files.map((f) => articleFromText(f.slice(0, 3), readFileSync(corpusPath('witkoff-leak', f), 'utf8')));
  const ranked = findReuse(articles).sort((x, y) => y.score - x.score);
  const top = ranked[0];
  const first = top && top.a === '000' && top.b === '001' ? 1 : 0;
  const second = ranked[1];
  return [
    {
      task: 'reuse',
      dataset: 'witkoff-leak',
      metric: '000-001 the strongest reuse pair (1 = yes)',
      ours: first,
      reference: top ? `top ${top.a}-${top.b} ${top.score} (${top.relation ?? 'none'}); next ${second ? `${second.a}-${second.b} ${second.score}` : 'none'}` : 'no pair',
      n: files.length,
    },
  ];
}

const task: EvalTask = {
  name: 'reuse',
  dataset: 'synthetic-rewrites',
  async run(): Promise<EvalRow[]> {
    const rows = syntheticRows();
    if (hasDataSet('witkoff-leak')) rows.push(...seedRows());
    if (hasDataSet('bias-basil')) rows.push(...apartRows('bias-basil', basilStories()));
    if (hasDataSet('neutral-summaries-neus')) rows.push(...apartRows('neutral-summaries-neus/val', neusStories()));
    return rows;
  },
};

export default task;
