// Eval of the slant stage: sentence subjectivity on CheckThat! 2023 dev (macro-F1, with a majority-class baseline), and,
// when BASIL is present, how our loaded-word marks overlap BASIL's lexical-bias spans in the outlets' own words.
import type { Article } from '../../src/core/types.js';
import { buildDoc } from '../../src/nlp/doc.js';
import { measureSlant, sentenceSubjectivity, shippedSubjectivity } from '../../src/slant/index.js';
import { macroF1 } from '../../src/slant/logistic.js';
import { words } from '../../src/slant/text.js';
import { dataPath, hasDataSet, readJsonl } from '../shared.js';
import type { EvalRow, EvalTask } from '../task.js';
import { articleFromText } from '../../src/core/article.js';

const SET = 'subjectivity-checkthat';

interface SubjRow {
  sentence: string;
  label: 'OBJ' | 'SUBJ';
}

interface BasilSpan {
  location: string;
  sentence_index: number;
  start: number;
  end: number;
  bias: string;
  quote: string;
}
interface BasilArticle {
  article_id: string;
  sentences: Array<{ index: number; paragraph: number; text: string }>;
  bias_spans: BasilSpan[];
}

function subjectivityRows(): EvalRow[] {
  const rows = readJsonl<SubjRow>(dataPath(SET, 'dev.jsonl'));
  const gold = rows.map((r) => (r.label === 'SUBJ' ? 1 : 0));
  const pred = rows.map((r) => (sentenceSubjectivity(r.sentence) >= shippedSubjectivity().threshold ? 1 : 0));
  // Majority class of train (OBJ), as the CheckThat! organisers' trivial baseline.
  const train = readJsonl<SubjRow>(dataPath(SET, 'train.jsonl'));
  const majority = train.filter((r) => r.label === 'SUBJ').length * 2 > train.length ? 1 : 0;
  return [
    {
      task: 'subjectivity',
      dataset: `${SET}/dev`,
      metric: 'macro-F1',
      ours: round(macroF1(gold, pred).macro),
      reference: '0.77 CheckThat! 2023 EN test, 2nd/3rd (fine-tuned transformers)',
      n: rows.length,
    },
    {
      task: 'subjectivity',
      dataset: `${SET}/dev`,
      metric: 'macro-F1 majority-class baseline',
      ours: round(macroF1(gold, gold.map(() => majority)).macro),
      reference: '',
      isReference: true,
      n: rows.length,
    },
  ];
}

/** BASIL article as our Article: sentences joined with spaces, paragraphs with blank lines; returns sentence offsets. */
function basilArticle(b: BasilArticle): { article: Article; sentenceStart: Map<number, number> } {
  let text = '';
  const sentenceStart = new Map<number, number>();
  let para = -1;
  for (const s of [...b.sentences].sort((x, y) => x.index - y.index)) {
    if (text) text += s.paragraph !== para ? '\n\n' : ' ';
    para = s.paragraph;
    sentenceStart.set(s.index, text.length);
    text += s.text;
  }
  const article = articleFromText(b.article_id, text);
  return { article, sentenceStart };
}

/**
 * BASIL's lexical-bias spans in the outlet's own words (outside quotes) per sentence: how loaded an article's own voice
 * is, by its annotators. Three news reports of one event differ little, so the article ranking the events eval scores
 * on a handful of events (most opinionated outlet) is checked here over every article.
 */
function ownLexicalBias(b: BasilArticle): number {
  const own = b.bias_spans.filter((s) => s.location === 'body' && s.bias === 'lexical' && s.quote !== 'yes').length;
  return own / Math.max(1, b.sentences.length);
}

/** Ranks of a list, ties sharing their mean rank. */
function ranks(xs: readonly number[]): number[] {
  const order = xs.map((x, i) => [x, i] as const).sort((a, b) => a[0] - b[0]);
  const out = new Array<number>(xs.length);
  for (let k = 0; k < order.length; ) {
    let e = k;
    while (e + 1 < order.length && order[e + 1]![0] === order[k]![0]) e++;
    for (let t = k; t <= e; t++) out[order[t]![1]] = (k + e) / 2;
    k = e + 1;
  }
  return out;
}

/** Spearman's rank correlation of two paired lists (Pearson of their ranks). */
function spearman(x: readonly number[], y: readonly number[]): number {
  const [rx, ry] = [ranks(x), ranks(y)];
  const mean = (v: number[]): number => v.reduce((a, b) => a + b, 0) / v.length;
  const [mx, my] = [mean(rx), mean(ry)];
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  rx.forEach((v, i) => {
    sxy += (v - mx) * (ry[i]! - my);
    sxx += (v - mx) ** 2;
    syy += (ry[i]! - my) ** 2;
  });
  return sxx && syy ? sxy / Math.sqrt(sxx * syy) : 0;
}

function basilRows(): EvalRow[] {
  const arts = readJsonl<BasilArticle>(dataPath('bias-basil', 'articles.jsonl'));
  let tp = 0;
  let predicted = 0;
  let goldCount = 0;
  let reporting = 0;
  const ranked: Array<[number, number]> = [];
  for (const b of arts) {
    const { article, sentenceStart } = basilArticle(b);
    const slant = measureSlant(article, buildDoc(article.text, article.paragraphs));
    if (slant.genre === 'reporting') reporting++;
    ranked.push([slant.subjectivity, ownLexicalBias(b)]);
    // Token-level overlap: a word counts when it lies inside a span. Gold: lexical bias outside quotes (the outlet's own).
    const inGold = (start: number, end: number): boolean =>
      b.bias_spans.some((s) => {
        if (s.location !== 'body' || s.bias !== 'lexical' || s.quote === 'yes') return false;
        const base = sentenceStart.get(s.sentence_index);
        return base !== undefined && start >= base + s.start && end <= base + s.end;
      });
    const inMarks = (start: number, end: number): boolean => slant.loaded.some((m) => start >= m.start && end <= m.end);
    for (const w of words(article.text)) {
      if (w.w === '!' || w.w === '?') continue;
      const g = inGold(w.start, w.end);
      const p = inMarks(w.start, w.end);
      if (g) goldCount++;
      if (p) predicted++;
      if (g && p) tp++;
    }
  }
  const base = { task: 'subjectivity', dataset: 'bias-basil', reference: '' };
  return [
    { ...base, metric: 'loaded-word token precision vs lexical bias', ours: round(predicted ? tp / predicted : 0), n: predicted },
    { ...base, metric: 'loaded-word token recall vs lexical bias', ours: round(goldCount ? tp / goldCount : 0), n: goldCount },
    { ...base, metric: 'loaded-word token F1 vs lexical bias', ours: round(predicted + goldCount ? (2 * tp) / (predicted + goldCount) : 0), n: goldCount },
    { ...base, metric: 'news articles read as reporting', ours: round(reporting / arts.length), n: arts.length },
    {
      ...base,
      metric: 'article subjectivity vs own-voice lexical bias per sentence (Spearman)',
      ours: round(spearman(ranked.map((r) => r[0]), ranked.map((r) => r[1]))),
      n: ranked.length,
    },
  ];
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

export default {
  name: 'subjectivity',
  dataset: SET,
  async run(): Promise<EvalRow[]> {
    if (!hasDataSet(SET)) return [];
    return [...subjectivityRows(), ...(hasDataSet('bias-basil') ? basilRows() : [])];
  },
} satisfies EvalTask;
