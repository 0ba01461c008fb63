// Stage reuse: the reuse links between the run's articles, as the dossier's `reuse`.
import { dossierStage, type StageWork } from '../core/stage.js';
import type { DossierParts } from '../core/stage.js';
import { findReuse } from './find.js';

/** Stage reuse's part of the dossier. */
type ReusePart = Pick<DossierParts, 'reuse'>;

/** Stage reuse. */
export const reuseStage = dossierStage<StageWork, ReusePart>({
  name: 'reuse',
  needs: ['articles'],
  empty: () => ({ reuse: [] }),
  run: (work) => ({ reuse: findReuse(work.articles) }),
});
