// `triangulate match`: sentence pairs {a, b} as JSON lines on stdin -> {score, same} a line, from the claim matcher.
import type { Command } from 'commander';
import { matchClaims } from '../../align/index.js';
import type { CliContext, RegisterCommand } from '../context.js';
import { answerLines } from '../stdin-lines.js';

const PAIR = {
  shape: '{"a": string, "b": string}',
  rule: 'bad-pair',
  check: (row: unknown): { a: string; b: string } | null => {
    const pair = row as { a?: unknown; b?: unknown } | null;
    return pair && typeof pair.a === 'string' && typeof pair.b === 'string' ? { a: pair.a, b: pair.b } : null;
  },
};

async function run(ctx: CliContext): Promise<void> {
  await answerLines(ctx, PAIR, (pair) => {
    const { score, same } = matchClaims(pair.a, pair.b);
    return { score: Math.round(score * 10000) / 10000, same };
  });
}

export const register: RegisterCommand = (program: Command, ctx: CliContext) => {
  program
    .command('match')
    .description(
      'Score sentence pairs with the claim matcher: reads JSON lines {"a": "...", "b": "..."} on stdin, writes {"score", "same"} a line (score = probability the two state the same thing). Exit 1 if any line was not a pair.',
    )
    .action(async () => run(ctx));
};
