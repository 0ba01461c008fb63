// Golden cases for entities, roles and citations (test/golden/entities/<case>/input.txt + expected.json).
import { describe, expect, it } from 'vitest';
import { buildDoc } from '../src/nlp/doc.js';
import { extractAttributions } from '../src/extract/attributions.js';
import { caseArticles, caseExpected, cases } from './extract-golden-helpers.js';

interface Expected {
  entities?: Array<{ name: string; kind: string; roles?: string[]; mentions?: number }>;
  citations?: Array<{ cites: string; kind: string }>;
  /** The article's own outlet (a citation naming it is no citation). */
  outlet?: string;
  /** Outlets that must not be cited. */
  noCitations?: string[];
  /** Names that must not be an entity's name (e.g. an all-caps form of a known name). */
  absent?: string[];
}

describe('golden entities', () => {
  for (const name of cases('entities').filter((c) => !c.startsWith('align-'))) {
    it(name, () => {
      const [article] = caseArticles('entities', name);
      const expected = caseExpected<Expected>('entities', name);
      if (expected.outlet) article!.outlet = expected.outlet;
      const res = extractAttributions(article!, buildDoc(article!.text, article!.paragraphs));
      for (const want of expected.entities ?? []) {
        const got = res.entities.find((e) => e.name === want.name);
        expect(got, `no entity ${want.name}; found ${JSON.stringify(res.entities.map((e) => e.name))}`).toBeDefined();
        if (!got) continue;
        expect(got.kind, `kind of ${want.name}`).toBe(want.kind);
        for (const r of want.roles ?? []) expect(got.roles, `roles of ${want.name}`).toContain(r);
        if (want.mentions !== undefined) expect(got.mentions?.length, `mentions of ${want.name}`).toBe(want.mentions);
        for (const m of got.mentions ?? []) expect(article!.text.slice(m.start, m.end)).toBe(m.text);
      }
      const cites = res.citations.map((c) => ({ cites: c.cites, kind: c.kind }));
      for (const want of expected.citations ?? []) expect(cites, `citation of ${want.cites}`).toContainEqual(want);
      for (const bad of expected.noCitations ?? []) expect(res.citations.map((c) => c.cites), `citation of ${bad}`).not.toContain(bad);
      for (const bad of expected.absent ?? []) expect(res.entities.map((e) => e.name), `entity named ${bad}`).not.toContain(bad);
      for (const c of res.citations) expect(article!.text.slice(c.start, c.end).replace(/^the /i, '')).toBe(c.cites);
    });
  }
});
