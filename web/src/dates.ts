// Timeline dates (YYYY-MM-DD, YYYY-MM, YYYY-Www, YYYY) as points on a time axis (UTC).

/** The day a timeline date starts on, or null when it is not one of the dossier's date forms. */
export function timelineDate(value: string): Date | null {
  const week = /^(\d{4})-W(\d{2})$/.exec(value);
  if (week) {
    // ISO week 1 holds January 4th; weeks start on Monday.
    const jan4 = new Date(Date.UTC(Number(week[1]), 0, 4));
    const monday = jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000;
    return new Date(monday + (Number(week[2]) - 1) * 7 * 86_400_000);
  }
  const day = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(value);
  if (!day) return null;
  const date = new Date(Date.UTC(Number(day[1]), Number(day[2] ?? 1) - 1, Number(day[3] ?? 1)));
  return Number.isNaN(date.getTime()) ? null : date;
}
