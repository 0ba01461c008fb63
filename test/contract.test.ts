// The dossier's JSON Schema and the field tables of docs/dossier.md are generated from src/core/types.ts: a change to
// the types that was not followed by `npm run gen:contract` fails here, naming the stale files.
import { describe, expect, it } from 'vitest';
import { staleContractFiles } from '../scripts/gen-contract.js';

describe('generated contract', () => {
  it('schema/dossier.schema.json and docs/dossier.md match core/types.ts', () => {
    expect(staleContractFiles(), 'run `npm run gen:contract`').toEqual([]);
  }, 120_000);
});
