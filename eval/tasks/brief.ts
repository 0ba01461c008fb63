// The neutral brief against the AllSides editors' neutral roundups (NeuS val), beside a lead baseline in the same run.
import type { RawDocument } from '../../src/core/types.js';
import { analyzeDocuments } from '../../src/pipeline/analyze.js';
import { buildDoc, sentenceCount, sentenceText } from '../../src/nlp/doc.js';
import { dataPath, readJsonl } from '../shared.js';
import { rougeL, rougeN, truncateWords } from '../rouge.js';
import type { EvalRow, EvalTask } from '../task.js';

interface Story {
  id: string;
  articles: Array<{ title: string; text: string }>;
  reference: { title: string; text: string };
}

/** Both systems get the same word budget, fixed in advance (the roundups average ~66 words), never the gold's length. */
const BUDGET = 70;
const encoder = new TextEncoder();

function leadBaseline(story: Story): string {
  const first = story.articles[0];
  if (!first) return '';
  const doc = buildDoc(first.text);
  return truncateWords(Array.from({ length: sentenceCount(doc) }, (_, s) => sentenceText(doc, s)), BUDGET);
}

function ourBrief(story: Story): string {
  const raws: RawDocument[] = story.articles.map((a, i) => ({
    source: `${story.id}-${i}.txt`,
    contentType: 'text/plain',
    bytes: encoder.encode(`${a.title}\n\n${a.text}`),
  }));
  const dossier = analyzeDocuments(raws, { now: '2026-01-01T00:00:00Z' });
  return truncateWords(dossier.brief.filter((b) => b.section !== 'conflict').map((b) => b.text), BUDGET);
}

const task: EvalTask = {
  name: 'brief',
  dataset: 'neutral-summaries-neus',
  async run(): Promise<EvalRow[]> {
    // TRIANGULATE_NEUS_SPLIT=train scores the first 300 train stories: tune there, report val.
    const split = process.env['TRIANGULATE_NEUS_SPLIT'] === 'train' ? 'train' : 'val';
    const stories = readJsonl<Story>(dataPath('neutral-summaries-neus', `${split}.jsonl`)).slice(0, split === 'train' ? 300 : undefined);
    const sums = { ours: [0, 0, 0], lead: [0, 0, 0] };
    let empty = 0;
    for (const story of stories) {
      const gold = story.reference.text;
      const ours = ourBrief(story);
      if (!ours) empty += 1;
      const lead = leadBaseline(story);
      for (const [key, text] of [['ours', ours], ['lead', lead]] as const) {
        sums[key][0]! += rougeN(text, gold, 1);
        sums[key][1]! += rougeN(text, gold, 2);
        sums[key][2]! += rougeL(text, gold);
      }
    }
    const n = stories.length;
    if (!n) return [];
    const metrics = ['ROUGE-1 F1', 'ROUGE-2 F1', 'ROUGE-L F1'];
    const dataset = `neutral-summaries-neus/${split}`;
    return [
      ...metrics.map((metric, i) => ({
        task: 'brief', dataset, metric: `${metric} (${BUDGET} words)`, ours: sums.ours[i]! / n,
        reference: `${(sums.lead[i]! / n).toFixed(3)} lead baseline`, n,
      })),
      ...metrics.map((metric, i) => ({
        task: 'brief', dataset, metric: `lead baseline ${metric}`, ours: sums.lead[i]! / n, reference: '', n, isReference: true,
      })),
      // Higher is better for every gated figure, so the gap is reported as its complement.
      { task: 'brief', dataset, metric: 'stories with a non-empty brief (share)', ours: 1 - empty / n, reference: '', n },
    ];
  },
};

export default task;
