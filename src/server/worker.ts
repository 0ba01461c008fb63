// The worker thread: runs ingest and the pipeline off the request thread, one task at a time, posting progress.
import { parentPort } from 'node:worker_threads';
import { analyzeDocuments } from '../pipeline/index.js';
import { readDocuments } from '../readable/index.js';
import { collectInputs } from '../ingest/index.js';
import type { NewArticle } from '../store/index.js';
import { articleRecord } from '../core/article-record.js';
import type { AnalyzeResult, AnalyzeTask, Progress, ReadResult, ReadTask, Task, WorkerMessage } from './tasks.js';

const post = (m: WorkerMessage): void => parentPort!.postMessage(m);
const progress = (stage: string, done: number, total: number): void => post({ type: 'progress', progress: { stage, done, total } satisfies Progress });

async function read(task: ReadTask): Promise<ReadResult> {
  progress('fetching', 0, task.inputs.length);
  const { docs, diagnostics } = await collectInputs(task.inputs, {
    allowPrivate: task.allowPrivate,
    onProgress: (done, total) => progress('fetching', done, total),
  });
  const articles: NewArticle[] = [];
  const results = readDocuments(docs);
  results.forEach(({ raw, article, diagnostics: found }, i) => {
    diagnostics.push(...found);
    if (article) {
      articles.push(articleRecord(raw, article));
    }
    progress('reading', i + 1, results.length);
  });
  return { articles, diagnostics };
}

function analyze(task: AnalyzeTask): AnalyzeResult {
  const dossier = analyzeDocuments(task.docs, { onProgress: progress });
  return { json: JSON.stringify(dossier), articleCount: dossier.articles.length };
}

parentPort!.on('message', (task: Task) => {
  const run = async (): Promise<ReadResult | AnalyzeResult> => (task.kind === 'read' ? read(task) : analyze(task));
  run().then(
    (result) => post({ type: 'result', result }),
    (error: unknown) => post({ type: 'error', message: (error as Error)?.message ?? String(error) }),
  );
});
