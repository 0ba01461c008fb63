// A report's opening dateline ("WASHINGTON —", "WEST PALM BEACH, Fla. —", "SEOUL, South Korea (AP) —") places the
// reporter, it is not part of the fact: the brief and the timeline tell the sentence without it, and the framing
// comparison does not read its place as a name the outlet gives an actor.

/**
 * A dateline: one to four words in capitals, optionally a comma and a state or country in ordinary case, optionally an
 * agency in brackets, then a dash with a space after it (a hyphen needs a space before it too: "U.S.-China talks" is
 * no dateline).
 */
const DATELINE = /^(?:\p{Lu}[\p{Lu}\p{M}.'’]*\s+){0,3}\p{Lu}[\p{Lu}\p{M}.'’]+(?:,\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})?(?:\s+\([^)]{1,30}\))?(?:\s+-+|\s*[—–―]+)\s+(?=["“‘]?\p{Lu})/u;

/**
 * The sentence without its opening dateline; unchanged when it has none, or when what follows the dash does not open a
 * sentence ("NATO — the alliance — said…").
 * @example withoutDateline('WASHINGTON — The Senate voted on Wednesday.') // 'The Senate voted on Wednesday.'
 */
export function withoutDateline(text: string): string {
  return text.slice(datelineLength(text));
}

/**
 * The length of the dateline opening `text` (its dash and the space after it included), 0 when none opens it.
 * @example datelineLength('WASHINGTON — The Senate voted.') // 13
 */
export function datelineLength(text: string): number {
  // Cheap exit for nearly every sentence: a dateline opens on two capitals ("WASHINGTON", "AP").
  const second = text.charAt(1);
  if (second === second.toLowerCase()) return 0;
  return DATELINE.exec(text)?.[0].length ?? 0;
}
