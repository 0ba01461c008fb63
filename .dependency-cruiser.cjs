// Stage boundaries (issue #9): data flows one way, core <- stages <- pipeline <- cli; a stage is entered through its
// index.ts only; no import cycles; the library entry never loads the CLI. Run: npm run boundaries.
const STAGES = 'ingest|readable|nlp|extract|align|reuse|slant|brief|render';

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
      to: { path: `^src/(${STAGES}|pipeline|cli)/`, pathNot: ['^src/$1/', `^src/(${STAGES}|pipeline|cli)/index\\.ts$`] },
    },
    {
      name: 'stages-do-not-import-pipeline-or-cli',
      severity: 'error',
      from: { path: `^src/(${STAGES})/` },
      to: { path: '^src/(pipeline|cli)/' },
    },
    {
      name: 'library-does-not-load-cli',
      severity: 'error',
      comment: 'importing triangulate must not load commander or cli-progress',
      from: { path: '^src/index\\.ts$' },
      to: { path: '^src/cli/|node_modules/(commander|cli-progress)/', reachable: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    
  },
};
