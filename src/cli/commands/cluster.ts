// `triangulate cluster`: articles as JSON lines {id, title?, text, published?, outlet?} on stdin, in arrival order ->
// {id, story} a line as each arrives; when a merge or a split moves earlier articles, a line {id, story, from} for each,
// so the last line of an id is its story. `--final` writes each article's final story once, after the input ends.
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { Clusterer, type ClusterArticle } from '../../cluster/index.js';
import { EXIT, type CliContext, type RegisterCommand } from '../context.js';

/** A line as a cluster article, or the reason it is not one. */
export function parseArticleLine(line: string): ClusterArticle | string {
  let row: unknown;
  try {
    row = JSON.parse(line);
  } catch {
    return 'not JSON';
  }
  const r = row as Record<string, unknown> | null;
  if (!r || typeof r !== 'object' || Array.isArray(r)) return 'expected a JSON object';
  if (typeof r['id'] !== 'string' || !r['id']) return 'expected a non-empty string "id"';
  if (typeof r['text'] !== 'string') return 'expected a string "text"';
  const out: ClusterArticle = { id: r['id'], text: r['text'] };
  if (typeof r['title'] === 'string') out.title = r['title'];
  if (typeof r['published'] === 'string' || typeof r['published'] === 'number') out.published = r['published'];
  return out;
}

interface Flags {
  final?: boolean;
}

async function run(flags: Flags, ctx: CliContext): Promise<void> {
  const clusterer = new Clusterer();
  const write = (row: unknown): void => void ctx.stdout.write(`${JSON.stringify(row)}\n`);
  const final = new Map<string, string>();
  let n = 0;
  let bad = 0;
  for await (const line of createInterface({ input: ctx.stdin, crlfDelay: Infinity })) {
    n++;
    if (!line.trim()) continue;
    const a = parseArticleLine(line);
    const problem = typeof a === 'string' ? a : clusterer.storyOf(a.id) !== undefined ? `id "${a.id}" was seen before` : null;
    if (problem || typeof a === 'string') {
      bad++;
      // A bad line still gets an output line, so outputs stay aligned with inputs.
      write({ error: problem, line: n });
      ctx.stderr.write(`stdin:${n}: bad-article: ${problem}\n`);
      continue;
    }
    const got = clusterer.add(a);
    if (flags.final) {
      // Kept here, not asked of the clusterer at the end: it forgets the articles of stories it retires.
      final.set(got.id, got.story);
      for (const m of got.moved) final.set(m.id, m.story);
      continue;
    }
    write(got.duplicateOf ? { id: got.id, story: got.story, duplicateOf: got.duplicateOf } : { id: got.id, story: got.story });
    for (const m of got.moved) write(m);
  }
  for (const [id, story] of final) write({ id, story });
  ctx.exitCode = bad ? EXIT.usage : EXIT.ok;
}

export const register: RegisterCommand = (program: Command, ctx: CliContext) => {
  program
    .command('cluster')
    .description(
      [
        'Group a stream of articles into stories: reads JSON lines {"id", "title"?, "text", "published"?, "outlet"?} on stdin in arrival order,',
        'writes {"id", "story"} a line as each arrives ("duplicateOf" names an earlier near-copy); when a merge or split moves earlier articles,',
        'a line {"id", "story", "from"} for each, so the last line of an id holds its story. Exit 1 if any line was not an article.',
      ].join(' '),
    )
    .option('--final', "write nothing while reading; at the end, each article's final story once, in arrival order")
    .action(async (flags: Flags) => run(flags, ctx));
};
