#!/usr/bin/env node
// Runs the compiled CLI when it is built (npm install runs `prepare`; npm run build) and newer than every source file:
// the one-file bundle (dist/triangulate.cjs with its code cache, see bundle.js) first, which starts fastest, else tsc's
// output; failing both, the TypeScript sources through tsx, so an edit to src/ is never answered by stale compiled code.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const bundle = fileURLToPath(new URL('../dist/triangulate.cjs', import.meta.url));
const compiled = fileURLToPath(new URL('../dist/src/cli/bin.js', import.meta.url));
const sources = fileURLToPath(new URL('../src', import.meta.url));

/** The newest change to a file under src/ (0 without src/, as in a published package). */
function newestSource() {
  if (!existsSync(sources)) return 0;
  return Math.max(0, ...readdirSync(sources, { recursive: true }).map((f) => statSync(join(sources, String(f))).mtimeMs));
}

const changed = newestSource();
const fresh = (file) => existsSync(file) && statSync(file).mtimeMs >= changed;

if (fresh(bundle)) {
  const { runBundle } = await import('./bundle.js');
  const code = await runBundle(process.argv.slice(2));
  // Let pending writes to stdout drain before exiting (large dossiers are piped), as src/cli/bin.ts does.
  process.stdout.write('', () => process.exit(code));
} else if (fresh(compiled)) {
  await import(pathToFileURL(compiled).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(new URL('../src/cli/bin.ts', import.meta.url).href);
}
