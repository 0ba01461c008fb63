// The contract of one eval task: eval/run.ts loads every module in eval/tasks/ and prints their rows as one table.

export interface EvalRow {
  task: string;
  dataset: string;
  metric: string;
  /** Our figure (0..1 for rates); higher is better, since the gate keeps figures above floors. */
  ours: number;
  /** The published or reference figure to compare with, as text ("0.958 trafilatura"), or '' if none. */
  reference: string;
  /** Row is a reference system measured in the same run (not gated). */
  isReference?: boolean;
  /** Extra: number of items scored. */
  n?: number;
}

export interface EvalTask {
  /** Short name, e.g. `extraction`. */
  name: string;
  /** Data set folder under ../shared/data. */
  dataset: string;
  run(): Promise<EvalRow[]>;
}
