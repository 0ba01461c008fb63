// Eval: the claim matcher on MSRP train by 10-fold cross-validation (TF-KLD table, trees and threshold fitted inside each fold).
import type { EvalRow, EvalTask } from '../task.js';
import { dataPath, hasDataSet, readJsonl, skipMessage } from '../shared.js';
import { crossValidate, prepare, profilePairs, type MsrpRow } from '../../scripts/fit-matcher.js';
import { shippedMatcher } from '../../src/align/index.js';

const DATASET = 'paraphrase-msrp';

export default {
  name: 'paraphrase',
  dataset: DATASET,
  async run(): Promise<EvalRow[]> {
    if (!hasDataSet(DATASET)) {
      console.warn(skipMessage(DATASET));
      return [];
    }
    const rows = readJsonl<MsrpRow>(dataPath(DATASET, 'train.jsonl'));
    // The IDF table comes from general news text that is not MSRP (ECB+, NeuS; see the model card), so the shipped one
    // is reused here rather than recounted: it carries nothing from the pairs being scored.
    const cv = crossValidate(prepare(profilePairs(rows), shippedMatcher().tables.idf));
    const row = (metric: string, ours: number, reference: string): EvalRow => ({
      task: 'paraphrase',
      dataset: DATASET,
      metric,
      ours,
      reference,
      n: cv.n,
    });
    return [
      row('accuracy (10-fold CV on train)', cv.accuracy, '0.774 Madnani 2012; 0.804 Ji & Eisenstein 2013 (test)'),
      row('F1 (10-fold CV on train)', cv.f1, '0.841 Madnani 2012; 0.859 Ji & Eisenstein 2013 (test)'),
    ];
  },
} satisfies EvalTask;
