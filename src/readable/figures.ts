// Image boxes: an element holding a picture and a little text is a figure, and that text its caption, whatever the
// markup calls it (a <div> with an <img> and a <span>, a <figure> without <figcaption>, a teaser card with its picture).
import settings from './data/settings.json' with { type: 'json' };

const S = settings.figures;
const words = (el: Element): number => (el.textContent ?? '').match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

/** A picture worth a caption: not a spacer, icon or rounded corner (a size under minImageSide in either direction). */
function isPicture(img: Element): boolean {
  const side = (name: string): number => Number.parseInt(img.getAttribute(name) ?? '', 10);
  const [w, h] = [side('width'), side('height')];
  return !(w < S.minImageSide || h < S.minImageSide);
}

/** True when `el` sits inside a line of text (its parent has text of its own beside it): a name's hover card, an inline icon. */
const inRunningText = (el: Element): boolean =>
  Array.from(el.parentElement?.childNodes ?? []).some((n) => n.nodeType === 3 && /[\p{L}\p{N}]/u.test(n.nodeValue ?? ''));

/**
 * The figure boxes under `root`: for each picture, the largest ancestor (below `root`) whose text is at most
 * captionMaxWords words and at most captionMaxShare of the whole, when it has any text; the text of a box is its
 * caption. An ancestor with more text holds the story's paragraphs beside the picture, so the walk stops below it; a
 * picture inside a paragraph's text or inside an element set in a line of text has none.
 * @example figureBoxes(parseHTML('<div><div><img src=a.jpg><span>A quay at dusk.</span></div><p>…</p></div>').document.body) // Set { the inner <div> }
 */
export function figureBoxes(root: Element): Set<Element> {
  const out = new Set<Element>();
  const counted = new Map<Element, number>();
  const count = (el: Element): number => {
    let n = counted.get(el);
    if (n === undefined) counted.set(el, (n = words(el)));
    return n;
  };
  // A figure is beside the story, never most of it: a short story printed in one box with its picture stays.
  const most = Math.min(S.captionMaxWords, count(root) * S.captionMaxShare);
  for (const img of Array.from(root.querySelectorAll('img, picture'))) {
    // A picture set in a paragraph's own text ('<p><img>The museum will…') illustrates the paragraph: no figure.
    if ((img.tagName.toUpperCase() === 'IMG' && !isPicture(img)) || (img.parentElement?.tagName.toUpperCase() === 'P' && inRunningText(img))) continue;
    let box: Element | null = null;
    for (let el = img.parentElement; el && el !== root && count(el) <= most; el = el.parentElement) {
      // Inside a line of text (a name's hover card): the picture belongs to the line, no figure.
      if (inRunningText(el)) {
        box = null;
        break;
      }
      if (count(el) > 0) box = el;
    }
    if (box) out.add(box);
  }
  return out;
}
