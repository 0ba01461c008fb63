// End days: the day a claim says someone goes ("will leave at the end of February"), read by the stay detector and kept
// out of event days (a departure's day is not the day of the event the claim dates elsewhere).
import type { ArticleClaim, DateMention } from '../../core/facts.js';
import { dayOf } from '../../nlp/index.js';
import cues from '../data/conflict-cues.json' with { type: 'json' };

const DAY_MS = 86_400_000;
/** Days from the epoch of an ISO day. */
export const dayNumber = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const END = new RegExp(`(?<![\\p{L}])(?:${cues.endWords.map((w) => w.replace(/ /g, '\\s+')).join('|')})(?![\\p{L}])`, 'iu');

/**
 * The day a claim says someone goes: an end word followed within endReachWords words by a day or month date (a month
 * counts to its last day): "will leave at the end of February", "his final day in office will be Feb. 28".
 */
export function endOf(c: ArticleClaim): EndDay | null {
  // Read once per claim: a claim sits in many candidate pairs, and each detector asks again.
  let end = ends.get(c);
  if (end === undefined) ends.set(c, (end = readEnd(c)));
  return end;
}

/** The day a claim says someone goes, the date's text and the mention it comes from. */
interface EndDay {
  day: number;
  text: string;
  mention: DateMention;
}

const ends = new WeakMap<ArticleClaim, EndDay | null>();

function readEnd(c: ArticleClaim): EndDay | null {
  const word = END.exec(c.text);
  if (!word) return null;
  const after = word.index + word[0].length;
  const near = (at: number) => at >= after && c.text.slice(after, at).split(/\s+/).filter(Boolean).length <= cues.endReachWords;
  const d = c.dates.find((x) => (x.grain === 'day' || x.grain === 'month') && near(x.start - c.start));
  return d ? { day: dayNumber(dayOf(d.date, true)), text: d.text, mention: d } : null;
}

