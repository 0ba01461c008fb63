// `triangulate analyze`: inputs to a dossier, written as JSON, HTML or Markdown.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InvalidArgumentError, Option, type Command } from 'commander';
import cliProgress from 'cli-progress';
import { packageRoot } from '../../core/util/package-root.js';
import { analyzeInputs, STAGE_NAMES } from '../../pipeline/index.js';
import { renderHtml } from '../../render/index.js';
import { renderMarkdown } from '../../render/index.js';
import type { SubjectivityModel } from '../../slant/index.js';
import { SUBJECTIVITY_MODEL_HELP, subjectivityModelFrom } from '../model-flags.js';
import type { Dossier } from '../../core/types.js';
import { EXIT, type CliContext, type RegisterCommand, writeDiagnostics } from '../context.js';
import { checkedNow, outputProblem, writeFileAtomic } from '../output.js';
import { ingestOptionsFrom, addIngestOptions, type IngestFlags, INPUTS_HELP } from '../ingest-flags.js';

/** The bundled example corpus, analysed when no input is given. */
export const EXAMPLES_DIR = resolve(packageRoot(dirname(fileURLToPath(import.meta.url))), 'examples/corpus');

interface AnalyzeFlags extends IngestFlags {
  json?: boolean;
  output?: string;
  html?: string;
  md?: string;
  now?: string;
  progress?: boolean;
  subjectivityModel?: SubjectivityModel;
}

function summary(dossier: Dossier): string {
  const count = (label: string, n: number): string => `${n} ${label}`;
  return [
    count('articles', dossier.articles.length),
    count('entities', dossier.entities.length),
    count('quotes', dossier.quotes.length),
    count('quote groups', dossier.quoteGroups.length),
    count('citations', dossier.citations.length),
    count('claims', dossier.claims.length),
    count('conflicts', dossier.conflicts.length),
    count('brief sentences', dossier.brief.length),
    count('diagnostics', dossier.diagnostics.length),
  ].join(', ');
}

/** `--now <iso>`: an RFC 3339 date-time, refused as a usage error otherwise. */
function nowFlag(value: string): string {
  const now = checkedNow(value);
  if (!now) throw new InvalidArgumentError(`--now takes an ISO 8601 date-time such as 2026-01-01T00:00:00Z, not "${value}"`);
  return now;
}

async function run(inputs: string[], flags: AnalyzeFlags, ctx: CliContext): Promise<void> {
  const outputs = [flags.output, flags.html, flags.md].filter((p): p is string => !!p);
  const problem = outputProblem(ctx.cwd, outputs);
  if (problem) {
    // Checked before reading anything: an analysis is minutes of work to lose to a typo in a path.
    ctx.stderr.write(`triangulate: ${problem}\n`);
    ctx.exitCode = EXIT.usage;
    return;
  }
  const paths = inputs.length ? inputs : [EXAMPLES_DIR];
  const bar =
    ctx.stderrIsTTY && flags.progress !== false
      ? new cliProgress.SingleBar(
          { stream: ctx.stderr as NodeJS.WriteStream, format: 'analyzing [{bar}] {value}/{total} {stage}', clearOnComplete: true, hideCursor: true },
          cliProgress.Presets.shades_classic,
        )
      : null;
  bar?.start(STAGE_NAMES.length, 0, { stage: 'reading inputs' });
  let dossier: Dossier;
  try {
    dossier = await analyzeInputs(paths, {
      ingest: ingestOptionsFrom(flags, ctx),
      ...(flags.now ? { now: flags.now } : {}),
      ...(flags.subjectivityModel ? { models: { subjectivity: flags.subjectivityModel } } : {}),
      onProgress: (stage, done) => bar?.update(done, { stage }),
    });
  } finally {
    bar?.stop();
  }

  writeDiagnostics(ctx, dossier.diagnostics);
  const json = `${JSON.stringify(dossier, null, 2)}\n`;
  if (flags.output) writeFileAtomic(resolve(ctx.cwd, flags.output), json);
  else if (flags.json) ctx.stdout.write(json);
  if (flags.html) writeFileAtomic(resolve(ctx.cwd, flags.html), renderHtml(dossier));
  if (flags.md) writeFileAtomic(resolve(ctx.cwd, flags.md), renderMarkdown(dossier));
  if (!flags.json) {
    const written = [flags.output, flags.html, flags.md].filter(Boolean).join(', ');
    ctx.stderr.write(`triangulate: ${summary(dossier)}${written ? `; wrote ${written}` : ''}\n`);
    if (!written) ctx.stdout.write(renderMarkdown(dossier));
  }
  ctx.exitCode = dossier.articles.length ? EXIT.ok : EXIT.noArticle;
}

export const register: RegisterCommand = (program: Command, ctx: CliContext) => {
  const cmd = program
    .command('analyze')
    .description('Read articles (files, folders, globs, URLs, feeds, - for stdin) and build their dossier. With no input, analyses the bundled examples.')
    .argument('[inputs...]', INPUTS_HELP)
    .option('--json', 'print the dossier as JSON to stdout')
    .option('-o, --output <file>', 'write the dossier as JSON to this file')
    .option('--html <file>', 'write a self-contained HTML report')
    .option('--md <file>', 'write a Markdown report')
    .addOption(new Option('--now <iso>', 'time stamp for generatedAt (reproducible output), an ISO 8601 date-time').argParser(nowFlag))
    .option('--no-progress', 'no progress bar on stderr')
    .option('--subjectivity-model <file>', SUBJECTIVITY_MODEL_HELP, subjectivityModelFrom(ctx));
  addIngestOptions(cmd);
  cmd.addHelpText('after', '\nExit codes: 0 done, 1 usage error, 2 no readable article, 3 internal failure.\nWithout --json/-o/--html/--md, a Markdown report goes to stdout.');
  cmd.action(async (inputs: string[], flags: AnalyzeFlags) => run(inputs, flags, ctx));
};
