// Stage slant: each article's slant (subjectivity per sentence, loaded words, hedges, genre), as the dossier's `slant`.
import { dossierStage, perArticle, type DossierParts, type StageWork } from '../core/stage.js';
import type { Slant } from '../core/types.js';
import type { DocWork } from '../nlp/index.js';
import { measureSlant } from './measure.js';
import type { SubjectivityModel } from './model-file.js';

/** Stage slant's part of the dossier. */
type SlantPart = Pick<DossierParts, 'slant'>;

/** Stage slant: an article whose slant fails gets a neutral one (no sentence, subjectivity 0), with a diagnostic. */
export const slantStage = dossierStage<StageWork & DocWork & { models: { subjectivity: SubjectivityModel } }, SlantPart>({
  name: 'slant',
  needs: ['articles', 'docs'],
  empty: () => ({ slant: [] }),
  run: (work) => ({
    slant: perArticle<Slant>(
      work,
      'slant',
      (a) => ({ article: a.id, subjectivity: 0, sentences: [], loaded: [], hedges: [] }),
      (a, i) => measureSlant(a, work.docs[i]!, work.models.subjectivity),
    ),
  }),
});
