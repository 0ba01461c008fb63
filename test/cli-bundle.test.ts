// The one-file bundle that `npm install` builds (dist/triangulate.cjs and its code cache, scripts/bundle-cli.ts, run by
// bin/bundle.js) gives the same dossier as the CLI run from the sources, starting from the code cache under the V8 flags
// of bin/v8-flags.js; skipped where it is not built. bin/fresh.js decides whether a build is newer than src/.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from './helpers.js';

const repoRootDir = fileURLToPath(new URL('..', import.meta.url));
const bundle = fileURLToPath(new URL('../dist/triangulate.cjs', import.meta.url));
const args = ['analyze', 'examples/corpus', '--json', '--now', '2026-01-01T00:00:00Z'];
/** The bundle run as bin/triangulate.js runs it, whether or not src/ has changed since it was built. */
const runBundle = `const { runBundle } = await import('./bin/bundle.js'); const code = await runBundle(${JSON.stringify(args)}); process.stdout.write('', () => process.exit(code));`;

describe.skipIf(!existsSync(bundle))('dist/triangulate.cjs', () => {
  it('analyses the examples to the same dossier as the sources, from its code cache', async () => {
    const built = spawnSync(process.execPath, ['--input-type=module', '-e', runBundle], {
      cwd: repoRootDir,
      encoding: 'utf8',
      maxBuffer: 64 << 20,
      env: { ...process.env, TRIANGULATE_DEBUG: 'start' },
    });
    expect(built.status).toBe(0);
    // The cache is written under the run's V8 flags: a cache written without them would be refused.
    expect(built.stderr).toContain('V8 --interrupt-budget=');
    if (existsSync(`${bundle}.cache`)) expect(built.stderr).toContain('code cache used');
    const sources = await runCli(args);
    expect(built.stdout).toBe(sources.stdout);
  }, 60_000);
});

type FreshAgainst = (sources: string) => (file: string) => boolean;

describe('bin/fresh.js', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** A src/ folder with a nested file and a build written at `builtAt` (seconds since the epoch). */
  function tree(builtAt: number): { src: string; nested: string; build: string } {
    dir = mkdtempSync(join(tmpdir(), 'triangulate-fresh-'));
    const src = join(dir, 'src');
    mkdirSync(join(src, 'nlp'), { recursive: true });
    const nested = join(src, 'nlp', 'a.ts');
    writeFileSync(nested, 'export {};\n');
    const build = join(dir, 'build.cjs');
    writeFileSync(build, '');
    for (const path of [src, join(src, 'nlp'), nested]) utimesSync(path, 1_000, 1_000);
    utimesSync(build, builtAt, builtAt);
    return { src, nested, build };
  }

  const load = async (): Promise<FreshAgainst> =>
    ((await import(new URL('../bin/fresh.js', import.meta.url).href)) as { freshAgainst: FreshAgainst }).freshAgainst;

  it('takes a build newer than every file under src/ as fresh, and a missing one as not', async () => {
    const freshAgainst = await load();
    const { src, build } = tree(2_000);
    expect(freshAgainst(src)(build)).toBe(true);
    expect(freshAgainst(src)(join(dir, 'missing.cjs'))).toBe(false);
  });

  it('takes a build older than a file edited deep under src/ as stale', async () => {
    const freshAgainst = await load();
    const { src, nested, build } = tree(2_000);
    utimesSync(nested, 3_000, 3_000);
    expect(freshAgainst(src)(build)).toBe(false);
  });

  it('takes every build as fresh without src/ (a published package)', async () => {
    const freshAgainst = await load();
    const { build } = tree(2_000);
    expect(freshAgainst(join(dir, 'no-src'))(build)).toBe(true);
  });
});
