// The analysis time a caller may fix (`--now`, `AnalyzeOptions.now`): an RFC 3339 date-time on a real calendar day.

/** An RFC 3339 date-time, the `date-time` format of the dossier schema's `generatedAt`. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/;

/**
 * A time as given when it is a real RFC 3339 date-time, else null: anything else would stamp a dossier that fails its
 * own schema.
 * @example checkedNow('2026-01-01T00:00:00Z') // '2026-01-01T00:00:00Z'
 */
export function checkedNow(value: string): string | null {
  if (!DATE_TIME.test(value) || Number.isNaN(Date.parse(value))) return null;
  // Date.parse rolls 2026-02-30 over to March: the day must survive the round trip.
  const [y, m, d] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCMonth() === m - 1 && day.getUTCDate() === d ? value : null;
}
