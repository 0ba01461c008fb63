#!/usr/bin/env node
// Runs the compiled CLI when it is built (npm install runs `prepare`; npm run build) and newer than every source file:
// the one-file bundle (dist/triangulate.cjs with its code cache, see bundle.js) first, which starts fastest, else tsc's
// output; failing both, the TypeScript sources through tsx, so an edit to src/ is never answered by stale compiled code.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { freshAgainst } from './fresh.js';
import { tuneV8 } from './v8-flags.js';

const bundle = fileURLToPath(new URL('../dist/triangulate.cjs', import.meta.url));
const compiled = fileURLToPath(new URL('../dist/src/cli/bin.js', import.meta.url));

tuneV8();
const fresh = freshAgainst(fileURLToPath(new URL('../src', import.meta.url)));

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
