// Every golden case (test/cases/<stage>/<case>/): run its stage, check the evidence rules, match expected.json; a failure
// names the case, the field and the first difference. Debug one with `npx tsx scripts/debug-case.ts <stage>/<case>`.
import { describe, expect, it } from 'vitest';
import { listCases, loadCase, STAGES } from './cases/load.js';
import { alwaysTrue, matchPattern, mutants } from './cases/match.js';
import { RANGES, RUNNERS } from './cases/stages.js';

for (const stage of STAGES) {
  describe(`golden cases: ${stage}`, () => {
    const names = listCases(stage);
    it('has cases (a missing folder must not pass as zero failures)', () => expect(names.length).toBeGreaterThan(0));
    for (const name of names) {
      it(name, () => {
        const c = loadCase(stage, name);
        // A case that checks nothing cannot fail: refuse it.
        expect(Object.keys(c.expected), `${stage}/${name}: expected.json has no checks`).not.toHaveLength(0);
        const empty = Object.entries(c.expected).filter(([k, v]) => k.endsWith('~') && Array.isArray(v) && v.length === 0).map(([k]) => k);
        expect(empty, `${stage}/${name}: empty lists check nothing`).toEqual([]);
        expect(alwaysTrue(c.expected, RANGES), `${stage}/${name}: bounds that hold for any output`).toEqual([]);
        const { view, invariants } = RUNNERS[stage](c);
        expect(invariants, `${stage}/${name}: evidence rules`).toEqual([]);
        const diff = matchPattern(view, c.expected);
        if (diff) expect.fail(`${stage}/${name}: ${diff.path}: ${diff.message}`);
        // Every check can fail: the same output must not match expected.json with any one check made wrong.
        const vacuous = mutants(view, c.expected).filter((m) => matchPattern(view, m.pattern) === null).map((m) => m.where);
        expect(vacuous, `${stage}/${name}: checks that pass whatever their value`).toEqual([]);
      });
    }
  });
}
