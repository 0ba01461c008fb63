// Declared stages: each says what it needs and provides, and the pipeline refuses an order in which a need comes first.
import type { StageDecl } from '../core/stage.js';

export type { StageDecl } from '../core/stage.js';

/**
 * Check that every stage's needs are provided by the input or an earlier stage, and that no two stages provide one
 * thing (the later would silently overwrite the earlier); return the stages unchanged.
 * @example checkStages(['docs'], [{ name: 'read', needs: ['docs'], provides: ['articles'], run }])
 */
export function checkStages<C>(inputs: readonly string[], stages: readonly StageDecl<C>[]): readonly StageDecl<C>[] {
  const providedBy = new Map(inputs.map((input) => [input, 'the input']));
  for (const stage of stages) {
    const missing = stage.needs.filter((need) => !providedBy.has(need));
    if (missing.length) {
      throw new Error(
        `pipeline stage "${stage.name}" needs ${missing.join(', ')}, which no earlier stage provides; reorder the stages or add a provider`,
      );
    }
    for (const out of stage.provides) {
      const earlier = providedBy.get(out);
      if (earlier) throw new Error(`pipeline stage "${stage.name}" provides ${out}, which ${earlier === 'the input' ? earlier : `stage "${earlier}"`} already provides`);
      providedBy.set(out, stage.name);
    }
  }
  return stages;
}
