// `triangulate match`: sentence pairs {a, b} as JSON lines on stdin -> {score, same} a line, from the claim matcher.
import type { Command } from 'commander';
import { matchClaims } from '../../align/index.js';
import { EXIT, type CliContext, type RegisterCommand } from '../context.js';

async function readAll(stream: NodeJS.ReadableStream | CliContext['stdin']): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

async function run(ctx: CliContext): Promise<void> {
  const lines = (await readAll(ctx.stdin)).split('\n');
  let bad = 0;
  lines.forEach((line, n) => {
    if (!line.trim()) return;
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch {
      row = null;
    }
    const pair = row as { a?: unknown; b?: unknown } | null;
    if (!pair || typeof pair.a !== 'string' || typeof pair.b !== 'string') {
      // A bad line still gets an output line, so outputs stay aligned with inputs.
      bad++;
      ctx.stdout.write(`${JSON.stringify({ error: 'expected {"a": string, "b": string}', line: n + 1 })}\n`);
      ctx.stderr.write(`stdin:${n + 1}: bad-pair: expected a JSON object {"a": string, "b": string}\n`);
      return;
    }
    const { score, same } = matchClaims(pair.a, pair.b);
    ctx.stdout.write(`${JSON.stringify({ score: Math.round(score * 10000) / 10000, same })}\n`);
  });
  ctx.exitCode = bad ? EXIT.usage : EXIT.ok;
}

export const register: RegisterCommand = (program: Command, ctx: CliContext) => {
  program
    .command('match')
    .description(
      'Score sentence pairs with the claim matcher: reads JSON lines {"a": "...", "b": "..."} on stdin, writes {"score", "same"} a line (score = probability the two state the same thing). Exit 1 if any line was not a pair.',
    )
    .action(async () => run(ctx));
};
