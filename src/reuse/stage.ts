// Stage reuse: the reuse links between the run's articles, as the dossier's `reuse`; stage independence: how many
// independent sources stand behind each shared claim, once reuse and claims are both known.
import { dossierStage, guarded, type StageDecl, type StageWork } from '../core/stage.js';
import type { DossierParts } from '../core/stage.js';
import { findReuse } from './find.js';
import { markIndependent } from './independence.js';
import type { DocWork } from '../nlp/index.js';

/** Stage reuse's part of the dossier. */
type ReusePart = Pick<DossierParts, 'reuse'>;

/** Stage reuse. */
export const reuseStage = dossierStage<StageWork & DocWork, ReusePart>({
  name: 'reuse',
  needs: ['articles', 'docs'],
  empty: () => ({ reuse: [] }),
  run: (work) => ({ reuse: findReuse(work.articles, work.docs) }),
});

/**
 * Stage independence: each claim of several articles gets `independent`, copies and rewrites of one source counting once.
 * It adds a field to the claims stage's claims rather than a dossier part of its own, so it provides a work flag.
 */
export const independenceStage: StageDecl<StageWork> = {
  name: 'independence',
  needs: ['claims', 'reuse'],
  provides: ['independence'],
  run(work) {
    const claims = work.dossier.claims;
    work.dossier.claims = guarded(work, 'independence', () => claims, () => markIndependent(claims, work.articles, work.dossier.reuse));
  },
};
