// The one-file bundle that `npm install` builds (dist/triangulate.cjs and its code cache, scripts/bundle-cli.ts, run by
// bin/bundle.js) gives the same dossier as the CLI run from the sources, starting from the code cache; skipped where it
// is not built.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
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
    if (existsSync(`${bundle}.cache`)) expect(built.stderr).toContain('code cache used');
    const sources = await runCli(args);
    expect(built.stdout).toBe(sources.stdout);
  }, 60_000);
});
