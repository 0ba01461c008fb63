// `triangulate stories`: the stories in the store's article stream, most recently active first.
import type { Command } from 'commander';
import { listStories, openStore } from '../../store/index.js';
import { EXIT, type CliContext, type RegisterCommand } from '../context.js';
import { positiveInt } from '../ingest-flags.js';

interface Flags {
  db: string;
  limit: number;
  minSize: number;
  json?: boolean;
}

function run(flags: Flags, ctx: CliContext): void {
  const store = openStore(flags.db, { failUnfinished: false });
  try {
    const rows = listStories(store.db, flags.limit, flags.minSize);
    if (flags.json) for (const r of rows) ctx.stdout.write(`${JSON.stringify(r)}\n`);
    else
      for (const r of rows)
        ctx.stdout.write(`${r.story}\t${r.size}\t${r.firstSeen}\t${r.lastSeen}\t${r.outlets.join(', ') || '-'}\t${r.headline ?? '(no headline)'}\n`);
    ctx.exitCode = EXIT.ok;
  } finally {
    store.close();
  }
}

export const register: RegisterCommand = (program: Command, ctx: CliContext) => {
  program
    .command('stories')
    .description('List the stories of the store\'s article stream (ingest, watch), most recently active first: story, size, first and last seen, outlets, headline — tab-separated, or a JSON line each with --json.')
    .option('--db <file>', 'the SQLite store', 'triangulate.sqlite')
    .option('--limit <n>', 'most stories listed', positiveInt, 50)
    .option('--min-size <n>', 'only stories of at least this many articles', positiveInt, 1)
    .option('--json', 'one JSON object a line: {story, size, outlets, firstSeen, lastSeen, headline}')
    .action((flags: Flags) => run(flags, ctx));
};
