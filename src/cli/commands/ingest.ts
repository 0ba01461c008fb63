// `triangulate ingest <inputs…>`: article dumps (JSONL, or any input `analyze` reads) into the store's article stream,
// deduplicated by canonical URL and content hash, each assigned a story.
import type { Command } from 'commander';
import { collectInputs } from '../../ingest/index.js';
import { openStore, openStream } from '../../store/index.js';
import { EXIT, writeDiagnostics, type CliContext, type RegisterCommand } from '../context.js';
import { addIngestOptions, ingestOptionsFrom, type IngestFlags, INPUTS_HELP } from '../ingest-flags.js';
import { feedStream } from '../stream.js';

interface Flags extends IngestFlags {
  db: string;
}

async function run(inputs: string[], flags: Flags, ctx: CliContext): Promise<void> {
  const { docs, diagnostics } = await collectInputs(inputs, ingestOptionsFrom(flags, ctx));
  writeDiagnostics(ctx, diagnostics);
  const store = openStore(flags.db, { failUnfinished: false });
  try {
    const counts = feedStream(openStream(store.db), docs, ctx);
    ctx.stderr.write(`ingest: ${counts.added} new, ${counts.duplicates} duplicate, ${counts.unread} unreadable\n`);
    ctx.exitCode = counts.added + counts.duplicates > 0 ? EXIT.ok : EXIT.noArticle;
  } finally {
    store.close();
  }
}

export const register: RegisterCommand = (program: Command, ctx: CliContext) => {
  const cmd = program
    .command('ingest')
    .description(
      [
        'Load articles into the store and group them into stories: writes {"id", "story", "status": "new"|"duplicate", "source"} a line',
        '(a duplicate has the canonical URL or normalised text of a stored article), and {"id", "story", "from"} for each earlier article',
        'a merge or split moved. Exit 2 when no article was read.',
      ].join(' '),
    )
    .argument('<inputs...>', INPUTS_HELP)
    .option('--db <file>', 'the SQLite store', 'triangulate.sqlite');
  addIngestOptions(cmd).action(async (inputs: string[], flags: Flags) => run(inputs, flags, ctx));
};
