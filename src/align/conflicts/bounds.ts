// Bounds and estimates: the words before a figure that make it a range ("over 20", "about 40", "up to 5").
import type { ArticleClaim, NumberMention } from '../../core/facts.js';
import cues from '../data/conflict-cues.json' with { type: 'json' };

const BOUND_RES = Object.fromEntries(
  Object.entries(cues.figureBounds).map(([k, words]) => [k, new RegExp(`(?<![\\p{L}])(?:${words.map((w) => w.replace(/ /g, '\\s+')).join('|')})\\s*$`, 'iu')]),
) as Record<keyof typeof cues.figureBounds, RegExp>;

const textBefore = (c: ArticleClaim, n: NumberMention): string => c.text.slice(Math.max(0, n.start - c.start - 30), n.start - c.start);

export type Bound = 'atLeast' | 'atMost' | 'about' | 'exact';

/** What the words right before a figure make of it: a bound ("over 20"), an estimate ("about 20") or the figure itself. */
export function boundOf(c: ArticleClaim, n: NumberMention): Bound {
  const before = textBefore(c, n);
  return (Object.keys(BOUND_RES) as Array<keyof typeof BOUND_RES>).find((k) => BOUND_RES[k].test(before)) ?? 'exact';
}

/** The bound or estimate words before a figure as written, with their space ("more than "), or ''. */
export function boundWords(c: ArticleClaim, n: NumberMention): string {
  const before = textBefore(c, n);
  for (const re of Object.values(BOUND_RES)) {
    const m = re.exec(before);
    if (m) return before.slice(m.index);
  }
  return '';
}

/** The values a figure allows under its bound ("over 20": [20, ∞), "about 20": ±aboutShare). */
export function rangeOf(value: number, bound: Bound): [number, number] {
  if (bound === 'atLeast') return [value, Infinity];
  if (bound === 'atMost') return [-Infinity, value];
  if (bound === 'about') return [value * (1 - cues.aboutShare), value * (1 + cues.aboutShare)];
  return [value, value];
}

