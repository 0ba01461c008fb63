#!/usr/bin/env node
// Runs the compiled CLI when it is built (npm install runs `prepare`; npm run build) and newer than every source file,
// else the TypeScript sources through tsx, so an edit to src/ is never answered by stale compiled code.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const built = fileURLToPath(new URL('../dist/src/cli/bin.js', import.meta.url));
const sources = fileURLToPath(new URL('../src', import.meta.url));

/** True when some file under src/ changed after the build. */
function staleBuild() {
  if (!existsSync(sources)) return false;
  const builtAt = statSync(built).mtimeMs;
  return readdirSync(sources, { recursive: true }).some((f) => statSync(join(sources, String(f))).mtimeMs > builtAt);
}

if (existsSync(built) && !staleBuild()) {
  await import(pathToFileURL(built).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(new URL('../src/cli/bin.ts', import.meta.url).href);
}
