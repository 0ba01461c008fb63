// The CLI program: sub-commands one file each; `main()` returns an exit code and never exits the process itself.
import { Command, CommanderError } from 'commander';
import { EXIT, type CliContext, type RegisterCommand } from './context.js';
import { register as analyze } from './commands/analyze.js';
import { register as read } from './commands/read.js';
import { register as quotes } from './commands/quotes.js';
import { register as match } from './commands/match.js';
import { register as subjectivity } from './commands/subjectivity.js';
import { register as serve } from './commands/serve.js';
import { register as cluster } from './commands/cluster.js';
import { register as ingest } from './commands/ingest.js';
import { register as stories } from './commands/stories.js';
import { register as watch } from './commands/watch.js';

const COMMANDS: readonly RegisterCommand[] = [analyze, read, quotes, match, subjectivity, cluster, ingest, watch, stories, serve];

/** The program with every sub-command registered, writing to `ctx`'s streams. */
export function buildProgram(ctx: CliContext): Command {
  const program = new Command('triangulate')
    .description('Lay out what many outlets agree on, quote, cite, reuse and slant about one event — with evidence.')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => ctx.stdout.write(s),
      writeErr: (s) => ctx.stderr.write(s),
    });
  for (const add of COMMANDS) add(program, ctx);
  return program;
}

/**
 * Run the CLI with `argv` (without node and script), returning the exit code.
 * @example await main(['analyze', 'examples/corpus', '--json'])
 */
export async function main(argv: string[], overrides: Partial<CliContext> = {}): Promise<number> {
  const ctx: CliContext = {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    stderrIsTTY: Boolean(process.stderr.isTTY) && (process.stderr.columns ?? 0) > 0,
    cwd: process.cwd(),
    exitCode: EXIT.ok,
    ...overrides,
  };
  const program = buildProgram(ctx);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return ctx.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here with exit code 0.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    ctx.stderr.write(`triangulate: ${(error as Error).message}\n`);
    return EXIT.failure;
  }
}
