// What a CLI command may touch: its streams and the exit code it reports. Commands never call process.exit.
import type { Readable, Writable } from 'node:stream';
import type { Command } from 'commander';
import type { Diagnostic } from '../core/types.js';

/** Stable exit codes, documented in the README. */
export const EXIT = { ok: 0, usage: 1, noArticle: 2, failure: 3 } as const;

export interface CliContext {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  /** True when stderr is an interactive terminal (progress bars allowed). */
  stderrIsTTY: boolean;
  /** Working directory that relative paths resolve against. */
  cwd: string;
  /** Set by a command's action; `main()` returns it. */
  exitCode: number;
}

/** Each file in src/cli/commands exports `register`, which adds its sub-command to the program. */
export type RegisterCommand = (program: Command, ctx: CliContext) => void;

/** Write one JSON value per line. */
export function writeJsonl(out: Writable, rows: Iterable<unknown>): void {
  for (const row of rows) out.write(`${JSON.stringify(row)}\n`);
}

/** Diagnostics as `source: rule: message` lines on stderr, the same for every command. */
export function writeDiagnostics(ctx: CliContext, diagnostics: Iterable<Diagnostic>): void {
  for (const d of diagnostics) ctx.stderr.write(`${d.source}: ${d.rule}: ${d.message}\n`);
}
