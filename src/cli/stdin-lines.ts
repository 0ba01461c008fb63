// JSON lines on stdin -> one JSON line out per input line, for the commands that score rows (`match`, `subjectivity`).

import { EXIT, type CliContext } from './context.js';

async function readAll(stream: CliContext['stdin']): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** What one command expects of a row: its shape as shown to the user, the rule named on stderr, and the check. */
export interface RowShape<T> {
  /** The expected JSON, as the error line shows it: `{"a": string, "b": string}`. */
  shape: string;
  /** The diagnostic rule for a line that is not one (`bad-pair`). */
  rule: string;
  /** The row when the parsed line is one, else null. */
  check: (row: unknown) => T | null;
}

/**
 * Answer each non-blank stdin line with `answer(row)` as one JSON line; a line that is not a row still gets a line
 * (`{error, line}`) so outputs stay aligned with inputs, a diagnostic on stderr, and exit code 1 at the end.
 * @example await answerLines(ctx, { shape: '{"text": string}', rule: 'bad-row', check }, (row) => ({ score: 1 }))
 */
export async function answerLines<T>(ctx: CliContext, rows: RowShape<T>, answer: (row: T) => unknown): Promise<void> {
  const lines = (await readAll(ctx.stdin)).split('\n');
  let bad = 0;
  lines.forEach((line, n) => {
    if (!line.trim()) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      parsed = null;
    }
    const row = rows.check(parsed);
    if (row === null) {
      bad++;
      ctx.stdout.write(`${JSON.stringify({ error: `expected ${rows.shape}`, line: n + 1 })}\n`);
      ctx.stderr.write(`stdin:${n + 1}: ${rows.rule}: expected a JSON object ${rows.shape}\n`);
      return;
    }
    ctx.stdout.write(`${JSON.stringify(answer(row))}\n`);
  });
  ctx.exitCode = bad ? EXIT.usage : EXIT.ok;
}
