// The public API is pinned: a removed or renamed export fails here, not in a user's build.
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import { checkStages } from '../src/pipeline/stages.js';

describe('public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'BRIEF_DEFAULTS', 'Clusterer', 'DOSSIER_SCHEMA', 'bcubed', 'STAGE_NAMES', 'alignClaims', 'alignPeople', 'analyzeDocuments', 'articleFromText', 'analyzeInputs',
        'buildBrief', 'buildDoc', 'buildTimeline', 'collectInputs', 'extractAttributions', 'extractClaims', 'findDates',
        'findNumbers', 'findReuse', 'matchClaims', 'measureSlant', 'paragraphSpans', 'readDocument', 'renderHtml', 'renderMarkdown',
        'restatementScorer', 'sentenceSubjectivity', 'storyAnchor',
      ].sort(),
    );
  });

  it('refuses a pipeline whose stage needs something no earlier stage provides', () => {
    const run = (): void => undefined;
    expect(() => checkStages(['raws'], [{ name: 'brief', needs: ['claims'], provides: ['brief'], run }])).toThrow(/needs claims/);
    expect(checkStages(['raws'], [{ name: 'read', needs: ['raws'], provides: ['articles'], run }])).toHaveLength(1);
    expect(api.STAGE_NAMES).toEqual(['read', 'nlp', 'people', 'claims', 'reuse', 'independence', 'slant', 'framing', 'timeline', 'brief']);
  });
});
