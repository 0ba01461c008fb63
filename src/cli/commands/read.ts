// `triangulate read`: inputs to clean articles, one JSON line each (like trafilatura's CLI), diagnostics also on stderr.
import type { Command } from 'commander';
import type { Diagnostic } from '../../core/types.js';
import { collectInputs } from '../../ingest/index.js';
import { readDocuments } from '../../readable/index.js';
import { EXIT, writeJsonl, type CliContext, type RegisterCommand, writeDiagnostics } from '../context.js';
import { addIngestOptions, ingestOptionsFrom, type IngestFlags, INPUTS_HELP } from '../ingest-flags.js';

async function run(inputs: string[], flags: IngestFlags, ctx: CliContext): Promise<void> {
  const { docs, diagnostics } = await collectInputs(inputs, ingestOptionsFrom(flags, ctx));
  const rows: unknown[] = [];
  const all: Diagnostic[] = [...diagnostics];
  // Inputs that gave no document still get a line, so every input is accounted for.
  const bySource = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) bySource.set(d.source, [...(bySource.get(d.source) ?? []), d]);
  for (const [source, diags] of bySource) rows.push({ source, article: null, diagnostics: diags });
  let read = 0;
  for (const { raw, article, diagnostics: diags } of readDocuments(docs)) {
    all.push(...diags);
    if (article) {
      read++;
      rows.push({ ...article, diagnostics: diags });
    } else rows.push({ source: raw.source, article: null, diagnostics: diags });
  }
  writeJsonl(ctx.stdout, rows);
  writeDiagnostics(ctx, all);
  ctx.exitCode = read > 0 ? EXIT.ok : EXIT.noArticle;
}

export const register: RegisterCommand = (program: Command, ctx: CliContext) => {
  const cmd = program
    .command('read')
    .description('Read inputs into clean articles: one JSON line per document (the article and its diagnostics). Exit 2 when no article was read.')
    .argument('<inputs...>', INPUTS_HELP);
  addIngestOptions(cmd).action(async (inputs: string[], flags: IngestFlags) => run(inputs, flags, ctx));
};
