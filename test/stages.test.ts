import { readFileSync } from 'node:fs';
// Declared stages (core/stage.ts): a stage's dossier fields are the keys of its empty part, what it returns is checked
// against them, a failing stage leaves its part empty with a diagnostic, and the pipeline refuses a field provided twice.
import { describe, expect, it } from 'vitest';
import { dossierStage, type DossierParts, type StageWork } from '../src/core/stage.js';
import { checkStages } from '../src/pipeline/stages.js';
import { analyzeDocuments, emptyDossier } from '../src/pipeline/index.js';

const work = (): StageWork => ({ raws: [], diagnostics: [], articles: [], now: '2026-01-01T00:00:00Z', dossier: {} as DossierParts });

describe('dossierStage', () => {
  it('provides the keys of its empty part and stores what run returns', () => {
    const stage = dossierStage<StageWork, Pick<DossierParts, 'reuse'>>({
      name: 'reuse', needs: ['articles'], empty: () => ({ reuse: [] }), run: () => ({ reuse: [{ a: 'a1', b: 'a2', score: 1, direction: null, spans: [] }] as DossierParts['reuse'] }),
    });
    expect(stage.provides).toEqual(['reuse']);
    const w = work();
    stage.run(w);
    expect(w.dossier.reuse).toHaveLength(1);
    expect(w.diagnostics).toEqual([]);
  });

  it('fails loudly when run returns other fields than its empty part declares', () => {
    const extra = dossierStage<StageWork, Pick<DossierParts, 'reuse'>>({
      name: 'reuse', needs: [], empty: () => ({ reuse: [] }), run: () => ({ reuse: [], surprise: 1 }) as Pick<DossierParts, 'reuse'>,
    });
    expect(() => extra.run(work())).toThrow(/stage "reuse" returned surprise, not in its empty part/);
    const missing = dossierStage<StageWork, Pick<DossierParts, 'claims' | 'conflicts'>>({
      name: 'claims', needs: [], empty: () => ({ claims: [], conflicts: [] }), run: () => ({ claims: [] }) as unknown as Pick<DossierParts, 'claims' | 'conflicts'>,
    });
    expect(() => missing.run(work())).toThrow(/did not return conflicts/);
  });

  it('turns a throw into a stage-failed diagnostic and leaves the empty part', () => {
    const stage = dossierStage<StageWork, Pick<DossierParts, 'timeline'>>({
      name: 'timeline', needs: [], empty: () => ({ timeline: [] }), run: () => { throw new Error('boom'); },
    });
    const w = work();
    stage.run(w);
    expect(w.dossier.timeline).toEqual([]);
    expect(w.diagnostics).toEqual([{ source: 'pipeline', rule: 'stage-failed', severity: 'error', message: 'timeline failed: boom' }]);
  });
});

describe('the registered stages', () => {
  it('give, from their empty parts, exactly the fields of a built dossier in its key order', () => {
    const d = analyzeDocuments([{ source: 'a.txt', bytes: new TextEncoder().encode('Headline\n\nThe mayor said the bridge would open on Monday.') }], { now: '2026-01-01T00:00:00Z' });
    expect(Object.keys(emptyDossier('2026-01-01T00:00:00Z'))).toEqual(Object.keys(d));
    // And those are the dossier's fields as its schema (generated from core/types.ts, not from the stages) requires them.
    const schema = JSON.parse(readFileSync(new URL('../schema/dossier.schema.json', import.meta.url), 'utf8')) as { required: string[] };
    expect([...Object.keys(d)].sort()).toEqual([...schema.required].sort());
  });

  it('refuses a field provided by two stages', () => {
    const run = (): void => undefined;
    expect(() => checkStages(['raws'], [
      { name: 'reuse', needs: ['raws'], provides: ['reuse'], run },
      { name: 'copies', needs: [], provides: ['reuse'], run },
    ])).toThrow(/stage "copies" provides reuse, which stage "reuse" already provides/);
    expect(() => checkStages(['raws'], [{ name: 'read', needs: [], provides: ['raws'], run }])).toThrow(/which the input already provides/);
  });
});
