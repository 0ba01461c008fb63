// Stage boundaries (issue #9): data flows one way, core <- stages <- pipeline <- store / server / cli; a stage is
// entered through its index.ts only; no import cycles; the library entry never loads the CLI, the server or the store;
// the server and the store are reached only from `triangulate serve` (issue #12). Run: npm run boundaries.
// Every folder of src/ is a stage but the shared core and the outer layers, so a new stage folder is checked as it lands.
const { readdirSync } = require('node:fs');
const { join } = require('node:path');
const NOT_STAGES = new Set(['core', 'pipeline', 'cli', 'server', 'store', 'scale']);
const STAGES = readdirSync(join(__dirname, 'src'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !NOT_STAGES.has(entry.name))
  .map((entry) => entry.name)
  .join('|');

module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'import cycles hide couplings', from: {}, to: { circular: true } },
    {
      name: 'core-imports-nothing-of-ours',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: '^src/(?!core/)' },
    },
    {
      name: 'stage-entered-through-index',
      severity: 'error',
      comment: 'another stage may import only src/<stage>/index.ts (core is shared by all)',
      from: { path: '^src/([^/]+)/' },
      to: { path: `^src/(${STAGES}|pipeline|cli|store)/`, pathNot: ['^src/$1/', `^src/(${STAGES}|pipeline|cli|store)/index\\.ts$`] },
    },
    {
      name: 'stages-do-not-import-pipeline-or-cli',
      severity: 'error',
      from: { path: `^src/(${STAGES})/` },
      to: { path: '^src/(pipeline|cli|server|store)/' },
    },
    {
      name: 'server-only-from-serve',
      severity: 'error',
      comment: 'the HTTP server is started by `triangulate serve` only (its index, and its options for the flag help)',
      from: { path: '^src/', pathNot: ['^src/server/', '^src/cli/commands/serve\\.ts$'] },
      to: { path: '^src/server/' },
    },
    {
      name: 'serve-enters-server-through-index',
      severity: 'error',
      from: { path: '^src/cli/commands/serve\\.ts$' },
      to: { path: '^src/server/', pathNot: '^src/server/(index|options)\\.ts$' },
    },
    {
      name: 'store-only-from-server',
      severity: 'error',
      comment: 'stages, the pipeline and the CLI never touch SQLite: the server does (and serve through it), and the stream commands (ingest, watch, stories) through the store index',
      from: { path: '^src/', pathNot: ['^src/(server|store)/', '^src/cli/(stream|commands/(ingest|watch|stories))\\.ts$'] },
      to: { path: '^src/store/' },
    },
    {
      name: 'library-does-not-load-cli',
      severity: 'error',
      comment: 'importing triangulate must not load commander, cli-progress, the server (hono), the store (better-sqlite3) or the scale-out mode (bullmq, pg)',
      from: { path: '^src/index\\.ts$' },
      to: { path: '^src/(cli|server|store|scale)/|node_modules/(commander|cli-progress|hono|@hono|better-sqlite3|bullmq|pg)/', reachable: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    
  },
};
