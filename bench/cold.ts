// Cold start: the seed dossier through the installed command (bin/triangulate.js), wall time of a fresh process, beside
// a bare `node` start measured in the same run (the peer: what no code of ours can save).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { repoRoot } from '../eval/shared.js';

type Row = (cells: Array<string | number>) => string;

/** Least wall milliseconds of `runs` runs of `node args…` in the repository. */
function bestWall(runs: number, args: string[]): number {
  let min = Infinity;
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, args, { cwd: repoRoot, encoding: 'utf8' });
    if (r.status !== 0)
      throw new Error(`cold start: node ${args.join(' ')} exited ${r.status}: ${r.stderr.slice(0, 300)}`);
    min = Math.min(min, performance.now() - t0);
  }
  return min;
}

export function benchColdStart(runs: number, row: Row): void {
  const built = existsSync(resolve(repoRoot, 'dist/triangulate.cjs'))
    ? `the one-file bundle dist/triangulate.cjs, ${existsSync(resolve(repoRoot, 'dist/triangulate.cjs.cache')) ? 'with' : 'without'} its code cache`
    : existsSync(resolve(repoRoot, 'dist/src/cli/bin.js'))
      ? 'compiled dist/'
      : null;
  const bare = bestWall(runs, ['-e', '0']);
  const seed = bestWall(runs, [
    'bin/triangulate.js',
    'analyze',
    'examples/corpus',
    '--json',
    '--now',
    '2026-01-01T00:00:00Z',
  ]);
  console.log(
    `\nCold start of the seed dossier through bin/triangulate.js (${built ?? 'no dist/: tsx at run time; run npm run build'}), wall time, best of ${runs}\n`,
  );
  console.log(row(['measure', 'wall ms', 'ratio to bare node']));
  console.log(row(['bare node start (peer)', bare.toFixed(0), '1.00']));
  console.log(row(['triangulate analyze examples/corpus', seed.toFixed(0), (seed / bare).toFixed(1)]));
}
