// Declared stages: each says what it needs and provides, and the pipeline refuses an order in which a need comes first.

export interface StageDecl<C> {
  name: string;
  needs: readonly string[];
  provides: readonly string[];
  run(ctx: C): void;
}

/**
 * Check that every stage's needs are provided by the input or an earlier stage; return the stages unchanged.
 * @example checkStages(['docs'], [{ name: 'read', needs: ['docs'], provides: ['articles'], run }])
 */
export function checkStages<C>(inputs: readonly string[], stages: readonly StageDecl<C>[]): readonly StageDecl<C>[] {
  const have = new Set(inputs);
  for (const stage of stages) {
    const missing = stage.needs.filter((need) => !have.has(need));
    if (missing.length) {
      throw new Error(
        `pipeline stage "${stage.name}" needs ${missing.join(', ')}, which no earlier stage provides; reorder the stages or add a provider`,
      );
    }
    for (const out of stage.provides) have.add(out);
  }
  return stages;
}
