#!/usr/bin/env node
// Runs the compiled CLI when it is built (npm install runs `prepare`; npm run build) and newer than every source file:
// the one-file bundle (dist/triangulate.mjs, scripts/bundle-cli.ts) first, which starts fastest, else tsc's output;
// failing both, the TypeScript sources through tsx, so an edit to src/ is never answered by stale compiled code.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const candidates = ['../dist/triangulate.mjs', '../dist/src/cli/bin.js'].map((p) => fileURLToPath(new URL(p, import.meta.url)));
const sources = fileURLToPath(new URL('../src', import.meta.url));

/** The newest change to a file under src/ (0 without src/, as in a published package). */
function newestSource() {
  if (!existsSync(sources)) return 0;
  return Math.max(0, ...readdirSync(sources, { recursive: true }).map((f) => statSync(join(sources, String(f))).mtimeMs));
}

const changed = newestSource();
const built = candidates.find((file) => existsSync(file) && statSync(file).mtimeMs >= changed);

if (built) {
  await import(pathToFileURL(built).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(new URL('../src/cli/bin.ts', import.meta.url).href);
}
