// `triangulate quotes`: who said what in each input article, one JSON line per article (quotes, cue, speaker, offsets).
import type { Command } from 'commander';
import type { Diagnostic } from '../../core/types.js';
import { collectInputs } from '../../ingest/index.js';
import { attributeDocuments } from '../../pipeline/index.js';
import { EXIT, writeJsonl, type CliContext, type RegisterCommand, writeDiagnostics } from '../context.js';
import { addIngestOptions, ingestOptionsFrom, type IngestFlags, INPUTS_HELP } from '../ingest-flags.js';

async function run(inputs: string[], flags: IngestFlags, ctx: CliContext): Promise<void> {
  const { docs, diagnostics } = await collectInputs(inputs, ingestOptionsFrom(flags, ctx));
  // The pipeline's own per-article stages, so articles are named and attributed as `analyze` does.
  const work = attributeDocuments(docs);
  const all: Diagnostic[] = [...diagnostics, ...work.diagnostics];
  const rows = work.articles.map((article, i) => ({
    article: article.id,
    source: article.source,
    attributions: (work.attributions[i]?.quotes ?? []).map((q) => ({
      text: q.text,
      start: q.start,
      end: q.end,
      cue: q.cue ?? null,
      speakerName: q.speakerName,
      speaker: q.speaker,
      direct: q.direct ?? false,
    })),
  }));
  writeJsonl(ctx.stdout, rows);
  writeDiagnostics(ctx, all);
  ctx.exitCode = work.articles.length > 0 ? EXIT.ok : EXIT.noArticle;
}

export const register: RegisterCommand = (program: Command, ctx: CliContext) => {
  const cmd = program
    .command('quotes')
    .description(
      'List who said what: one JSON line per article {article, source, attributions: [{text, start, end, cue, speakerName, speaker, direct}]}. ' +
        'Offsets point into the article\'s cleaned text (see `triangulate read`). Exit 2 when no article was read.',
    )
    .argument('<inputs...>', INPUTS_HELP);
  addIngestOptions(cmd).action(async (inputs: string[], flags: IngestFlags) => run(inputs, flags, ctx));
};
