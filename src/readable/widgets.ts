// Widgets known by the shape of their blocks, taken out before the line-by-line filter: photo galleries (a counter per
// slide with its caption between counters) and a label printed over and over in a row (one per slide or slot).
import type { Removal } from '../core/types.js';
import { checkedList } from '../core/util/lists.js';
import type { Block } from './blocks.js';
import { wordCount } from './words.js';
import widgetData from './data/widgets.json' with { type: 'json' };
import settings from './data/settings.json' with { type: 'json' };

const S = settings.widgets;
const COUNTER = checkedList('readable/data/widgets.json#slideCounter', widgetData.slideCounter.patterns, false).map((p) => new RegExp(p, 'iu'));

const key = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** True for a slide counter line ("Image 3 of 15", "3/15"). */
export const isSlideCounter = (text: string): boolean => COUNTER.some((re) => re.test(text.trim()));

/**
 * Indexes of a gallery's blocks: with `galleryMinCounters` slide counters or more, everything from the first counter to
 * the last, then the first slide's blocks before it and the last slide's after it, as long as they are short (credits)
 * or repeat a caption seen in the gallery, and no more than a slide has (the median gap between counters): the story
 * around a gallery is kept.
 */
function gallery(blocks: Block[]): Set<number> {
  const at = blocks.flatMap((b, i) => (isSlideCounter(b.text) ? [i] : []));
  const out = new Set<number>();
  if (at.length < S.galleryMinCounters) return out;
  const gaps = at.slice(1).map((x, i) => x - at[i]!).sort((a, b) => a - b);
  const slide = Math.min(gaps[Math.floor(gaps.length / 2)]!, S.gallerySlideMaxBlocks);
  const last = at[at.length - 1]!;
  const seen = new Set<string>();
  for (let i = at[0]!; i <= last; i++) {
    out.add(i);
    seen.add(key(blocks[i]!.text));
  }
  // The first slide's blocks before its counter, and the last one's after its counter.
  const slideBlock = (i: number): boolean => seen.has(key(blocks[i]!.text)) || wordCount(blocks[i]!.text) <= S.galleryCreditMaxWords;
  for (let i = at[0]! - 1; i >= Math.max(0, at[0]! - slide + 1) && slideBlock(i); i--) out.add(i);
  for (let i = last + 1; i < Math.min(blocks.length, last + slide) && slideBlock(i); i++) out.add(i);
  return out;
}

/** Indexes of runs of `repeatRunMin` or more blocks in a row with the same short text (a label, not a paragraph). */
function repeatedRuns(blocks: Block[]): Set<number> {
  const out = new Set<number>();
  const keys = blocks.map((b) => key(b.text));
  for (let i = 0; i < blocks.length; ) {
    let j = i + 1;
    while (j < blocks.length && keys[j] === keys[i]) j++;
    if (j - i >= S.repeatRunMin && wordCount(blocks[i]!.text) <= S.repeatRunMaxWords) for (let k = i; k < j; k++) out.add(k);
    i = j;
  }
  return out;
}

/**
 * Take photo galleries and runs of one repeated label out of an article's blocks.
 * @example widgetBlocks(['Slide', 'Slide', 'Slide'].map((text) => ({ text, kind: 'p', linkChars: 0 }))).blocks // []
 */
export function widgetBlocks(blocks: Block[]): { blocks: Block[]; removed: Removal[] } {
  const slides = gallery(blocks);
  const runs = repeatedRuns(blocks);
  const kept: Block[] = [];
  const removed: Removal[] = [];
  blocks.forEach((b, i) => {
    if (slides.has(i)) removed.push({ text: b.text, reason: 'gallery' });
    else if (runs.has(i)) removed.push({ text: b.text, reason: 'repeated-block' });
    else kept.push(b);
  });
  return { blocks: kept, removed };
}
