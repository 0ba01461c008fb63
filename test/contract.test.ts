// The dossier's JSON Schema and the field tables of docs/dossier.md are generated from src/core/types.ts, the route table
// of docs/api.md from the routes' schemas: a change not followed by `npm run gen:contract` fails here, naming the files.
import { describe, expect, it } from 'vitest';
import { staleContractFiles } from '../scripts/gen-contract.js';

describe('generated contract', () => {
  it('schema/dossier.schema.json, docs/dossier.md and docs/api.md match the types and the routes', async () => {
    expect(await staleContractFiles(), 'run `npm run gen:contract`').toEqual([]);
  }, 120_000);
});
