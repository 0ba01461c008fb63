// Stage framing: each article's lead, omissions, single-source details and names for the shared actors, against the
// other articles of the story, as the dossier's `framing`.
import { dossierStage, type DossierParts, type StageWork } from '../core/stage.js';
import { frameArticles } from './framing.js';

/** Stage framing's part of the dossier. */
type FramingPart = Pick<DossierParts, 'framing'>;

/** Stage framing: it reads the aligned claims and the merged entities, so it runs after stages claims and people. */
export const framingStage = dossierStage<StageWork, FramingPart>({
  name: 'framing',
  needs: ['articles', 'claims', 'entities'],
  empty: () => ({ framing: [] }),
  run: (work) => ({ framing: frameArticles(work.articles, work.dossier.claims, work.dossier.entities) }),
});
