// `triangulate quotes`: who said what in each input article, one JSON line per article (quotes, cue, speaker, offsets).
import type { Command } from 'commander';
import type { Diagnostic } from '../../core/types.js';
import { collectInputs } from '../../ingest/index.js';
import { readDocuments } from '../../pipeline/index.js';
import { buildDoc } from '../../nlp/index.js';
import { extractAttributions } from '../../extract/index.js';
import { EXIT, writeJsonl, type CliContext, type RegisterCommand, writeDiagnostics } from '../context.js';
import { addIngestOptions, ingestOptionsFrom, type IngestFlags, INPUTS_HELP } from '../ingest-flags.js';

async function run(inputs: string[], flags: IngestFlags, ctx: CliContext): Promise<void> {
  const { docs, diagnostics } = await collectInputs(inputs, ingestOptionsFrom(flags, ctx));
  const all: Diagnostic[] = [...diagnostics];
  const rows: unknown[] = [];
  let read = 0;
  for (const { article, diagnostics: diags } of readDocuments(docs)) {
    all.push(...diags);
    if (!article) continue;
    read++;
    const res = extractAttributions(article, buildDoc(article.text, article.paragraphs));
    rows.push({
      article: article.id,
      source: article.source,
      attributions: res.quotes.map((q) => ({
        text: q.text,
        start: q.start,
        end: q.end,
        cue: q.cue ?? null,
        speakerName: q.speakerName,
        speaker: q.speaker,
        direct: q.direct ?? false,
      })),
    });
  }
  writeJsonl(ctx.stdout, rows);
  writeDiagnostics(ctx, all);
  ctx.exitCode = read > 0 ? EXIT.ok : EXIT.noArticle;
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
