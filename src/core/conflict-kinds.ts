// The kinds of conflict the detectors find (one detector per kind in src/align/conflicts/). This table is the one place a
// kind is named: the dossier's type and schema, docs/dossier.md and the brief's wording all read it.

/** Each kind: what it is about (for the docs and the schema) and the noun the brief gives its values ("the figure"). */
export const CONFLICT_KINDS = {
  number: { noun: 'figure', about: 'a bare figure: a share, a sum of money' },
  count: { noun: 'figure', about: 'a figure of something counted ("14 people")' },
  date: { noun: 'date', about: 'a day, a time of day, or a stay against an end day' },
  outcome: { noun: 'outcome', about: 'opposite outcomes or directions of one act ("voted 57-43 to acquit" / "to convict"), or whether a dated event takes place at all' },
  actor: { noun: 'name', about: 'who did it' },
  place: { noun: 'place', about: 'where it happened' },
} as const satisfies Record<string, { noun: string; about: string }>;

/** What a conflict is about; see CONFLICT_KINDS. */
export type ConflictKind = keyof typeof CONFLICT_KINDS;
