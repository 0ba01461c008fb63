// The one-file bundle that `npm install` builds (dist/triangulate.mjs, scripts/bundle-cli.ts) gives the same dossier as
// the CLI run from the sources; skipped where it is not built.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers.js';

const repoRootDir = fileURLToPath(new URL('..', import.meta.url));
const bundle = fileURLToPath(new URL('../dist/triangulate.mjs', import.meta.url));
const args = ['analyze', 'examples/corpus', '--json', '--now', '2026-01-01T00:00:00Z'];

describe.skipIf(!existsSync(bundle))('dist/triangulate.mjs', () => {
  it('analyses the examples to the same dossier as the sources', async () => {
    const built = spawnSync(process.execPath, [bundle, ...args], { cwd: repoRootDir, encoding: 'utf8', maxBuffer: 64 << 20 });
    expect(built.status).toBe(0);
    const sources = await runCli(args);
    expect(built.stdout).toBe(sources.stdout);
  }, 60_000);
});
