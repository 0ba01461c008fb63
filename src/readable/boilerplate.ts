// Take page furniture out of an article's blocks (comment widgets, share prompts, credits, bylines, syndication lines), recording each removal.
import type { Removal } from '../core/types.js';
import type { Block } from './blocks.js';
import boilerplateData from './data/boilerplate.json' with { type: 'json' };
import syndicationData from './data/syndication.json' with { type: 'json' };
import metadataData from './data/metadata.json' with { type: 'json' };

interface Rule {
  reason: string;
  maxWords: number;
  /** Only near the end of the article (author boxes). */
  tailOnly: boolean;
  patterns: RegExp[];
}

const RULES: Rule[] = boilerplateData.groups.map((g) => ({
  reason: g.reason,
  maxWords: g.maxWords,
  tailOnly: 'tailOnly' in g && g.tailOnly === true,
  patterns: g.patterns.map((p) => new RegExp(p, 'iu')),
}));
const DATE_WORDS = new Set(boilerplateData.dateWords.words);
/** How many blocks from the end count as the tail (author boxes, footers). */
const TAIL = 5;
const SYNDICATION_LINES = syndicationData.lines.map((p) => new RegExp(p, 'iu'));
const DATELINES = syndicationData.datelines.map((p) => new RegExp(p, 'u'));
const AGENCIES: Record<string, string> = syndicationData.agencies;
const AUTHOR_BOX_HEADERS = [...boilerplateData.authorBox.headers].sort((a, b) => b.length - a.length);
const BIO_STARTS = new RegExp(`^(${boilerplateData.authorBox.bioStarts.join('|')})\\b`, 'i');
/** Two to four capitalised words (or initials): a person's name after an author-box header. Case-sensitive on purpose. */
const PERSON_NAME = /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]+$/u;
const BYLINE = new RegExp(
  `^(?:${metadataData.bylinePrefixes.map((p) => p.replace(/\s+/g, '\\s+')).join('|')})\\s*:?\\s+(?<name>\\S.{0,80}?)\\s*$`,
  'iu',
);

export const wordCount = (s: string): number => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** True for a bare date/time line ("Nov. 20, 2019, 9:28 AM UTC", "Updated 10:01 pm PST, Tuesday, November 19, 2019"). */
export function isDateLine(text: string): boolean {
  // "November 20, 2019 / 1:07 AM / CBS News": a date with a short outlet trailer is still a date line.
  const parts = text.split(/\s+[/|•·]\s+/);
  if (parts.length > 1 && wordCount(parts.slice(1).join(' ')) <= 6 && isDateLine(parts.slice(0, -1).join(' / '))) return true;
  // "2019Updated": glued words split apart.
  const words = text.replace(/(\d)(\p{L})/gu, '$1 $2').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0 || words.length > 16 || !words.some((w) => /^\d/.test(w))) return false;
  if (!words.some((w) => DATE_WORDS.has(w) && w.length > 1)) return false;
  return words.every((w) => /^\d+(st|nd|rd|th|of|am|pm|h)?$/.test(w) || DATE_WORDS.has(w));
}

/**
 * The boilerplate rule a single line or short block matches, or null.
 * @param inTail true when the block is among the last few of the article (enables tail-only rules)
 */
export function boilerplateReason(text: string, inTail = true): string | null {
  const words = wordCount(text);
  if (isDateLine(text)) return 'date-line';
  for (const rule of RULES) {
    if (words > rule.maxWords || (rule.tailOnly && !inTail)) continue;
    if (rule.patterns.some((re) => re.test(text))) return rule.reason;
  }
  return null;
}

/** The outlet a syndication line names ("This post was originally published on Canary." -> "Canary"), or null. */
export function syndicationOutlet(text: string): string | null {
  if (wordCount(text) > 30) return null;
  for (const re of SYNDICATION_LINES) {
    const m = re.exec(text);
    const outlet = m?.groups?.['outlet']?.trim().replace(/[.;:,]+$/, '');
    if (outlet) return outlet;
  }
  return null;
}

/** The agency of a wire dateline at the start of a paragraph ("WASHINGTON (AP) — …" -> "Associated Press"), or null. */
export function datelineAgency(text: string): string | null {
  for (const re of DATELINES) {
    const agency = re.exec(text)?.groups?.['agency'];
    if (agency) return AGENCIES[agency] ?? agency;
  }
  return null;
}

/** The name in a short byline line ("By Jane Doe and John Roe" -> "Jane Doe and John Roe"), or null. */
export function bylineName(text: string): string | null {
  if (text.length > 160) return null;
  // Only the part before a separator is the name; what follows is often a date or the outlet.
  const head = text.split(/\s+[|•·]\s+|\s+[–—]\s+/)[0] ?? text;
  if (wordCount(head) > 10) return null;
  const name = BYLINE.exec(head)?.groups?.['name'];
  if (!name) return null;
  // A name starts with a capital (or @handle) and does not read like a sentence ("By the time he arrived, …").
  if (!/^[\p{Lu}@]/u.test(name) || /[.!?]$/.test(name.replace(/\b[A-Z]\.$/, ''))) return null;
  if (/\b(the|a|an|this|that|when|while|using|making|taking)\b/.test(name.split(/[,|•·–—-]/)[0] ?? '')) return null;
  // Drop trailers such as "| Reuters" or ", Staff Writer" or a date.
  return name.split(/\s*[|•·]\s*|\s+[–—-]\s+|\s+(?:on|updated|published)\s+/i)[0]!.trim().replace(/[,;:]+$/, '') || null;
}

/** The person an author-box header names ("About Jane Doe" -> "Jane Doe"), or null. */
export function authorBoxName(text: string): string | null {
  const t = text.trim().replace(/[.:]$/, '');
  if (t.length > 80) return null;
  for (const h of AUTHOR_BOX_HEADERS) {
    if (t.length <= h.length || t.slice(0, h.length).toLowerCase() !== h || !/\s/.test(t[h.length] ?? '')) continue;
    const name = t.slice(h.length).trim();
    return PERSON_NAME.test(name) ? name : null;
  }
  return null;
}

export interface FilterContext {
  /** The headline: a block repeating it is dropped. */
  title: string | null;
  /** The byline from the page's metadata: a block repeating it is dropped. */
  byline?: string | null;
}

export interface Filtered {
  blocks: Block[];
  removed: Removal[];
  byline: string | null;
  /** The outlet a syndication line names ("originally published on …"). */
  syndication: string | null;
  /** The agency named in a wire dateline near the top ("LONDON (Reuters) –"); whether that makes a reprint is the caller's call. */
  dateline: string | null;
}

const norm = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** A block of links: most of its characters are link text and it is short. */
const isLinkBlock = (b: Block): boolean =>
  b.kind !== 'quote' && wordCount(b.text) < 40 && b.linkChars / Math.max(1, b.text.length) > 0.6;

/**
 * Drop boilerplate blocks and pick up the byline and syndication source on the way. Runs of link blocks (menus,
 * related-story lists) go, as do link blocks before the first or after the last prose paragraph; a single link inside
 * the article (a "Get it on …" line, a source in brackets) stays. Everything list-like after a "Related" header goes.
 * @example filterBlocks([{ text: 'By HG', kind: 'p', linkChars: 0 }], { title: null }).byline // 'HG'
 */
export function filterBlocks(blocks: Block[], ctx: FilterContext): Filtered {
  const kept: Block[] = [];
  const removed: Removal[] = [];
  let byline: string | null = null;
  let syndication: string | null = null;
  let datelineSource: string | null = null;
  let inRelated = false;
  /** Inside an author box: the person's surname, which the bio blocks after the header mention. */
  let authorBox: string | null = null;
  const title = ctx.title ? norm(ctx.title) : '';
  const metaByline = ctx.byline ? norm(ctx.byline) : '';

  // Link-block runs of 3 or more, and link blocks outside the prose, are marked up front.
  const linkRun = new Array<boolean>(blocks.length).fill(false);
  for (let i = 0; i < blocks.length; ) {
    let j = i;
    while (j < blocks.length && isLinkBlock(blocks[j]!)) j++;
    if (j - i >= 3) for (let k = i; k < j; k++) linkRun[k] = true;
    i = j > i ? j : i + 1;
  }
  const prose = (b: Block): boolean => wordCount(b.text) >= 15 && !isLinkBlock(b);
  const firstProse = blocks.findIndex(prose);
  let lastProse = -1;
  for (let i = blocks.length - 1; i >= 0; i--) if (prose(blocks[i]!)) { lastProse = i; break; }

  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const text = block.text;
    const words = wordCount(text);
    const drop = (reason: string): void => {
      removed.push({ text, reason });
    };
    if (words === 0) {
      // Punctuation or symbols only (separators, emoji rows).
      if (text.trim()) drop(/\p{Extended_Pictographic}/u.test(text) ? 'reaction-prompt' : 'separator');
      continue;
    }
    const key = norm(text);
    if (title && key === title) {
      drop('title');
      continue;
    }
    if (block.kind === 'caption') {
      drop('caption');
      continue;
    }
    const outlet = syndicationOutlet(text);
    if (outlet) {
      syndication ??= outlet;
      drop('syndication-line');
      continue;
    }
    // "By" alone with the name in the next block.
    const next = blocks[i + 1];
    if (/^by:?$/i.test(text.trim()) && next && wordCount(next.text) <= 6) {
      byline ??= next.text;
      drop('byline');
      removed.push({ text: next.text, reason: 'byline' });
      i++;
      continue;
    }
    const name = bylineName(text);
    if (name || (metaByline && key === metaByline)) {
      byline ??= name ?? text;
      drop('byline');
      continue;
    }
    const inTail = i >= blocks.length - TAIL;
    if (authorBox !== null) {
      // The bio under an author-box header: short blocks about the person, or the box's links.
      const aboutThem = (authorBox && text.includes(authorBox)) || BIO_STARTS.test(text) || isLinkBlock(block);
      if (words <= 80 && (aboutThem || boilerplateReason(text, true) === 'author-box')) {
        drop('author-box');
        continue;
      }
      authorBox = null;
    }
    const boxName = inTail ? authorBoxName(text) : null;
    if (boxName) {
      authorBox = boxName.split(/\s+/).pop() ?? '';
      byline ??= boxName;
      drop('author-box');
      continue;
    }
    const reason = boilerplateReason(text, inTail);
    if (reason) {
      drop(reason);
      // A credit line right after a short paragraph at the top: that paragraph was the lead image's caption.
      const prev = kept[kept.length - 1];
      if (reason === 'image-credit' && prev && prev === blocks[i - 1] && kept.length <= 2 && wordCount(prev.text) <= 60) {
        kept.pop();
        removed.push({ text: prev.text, reason: 'caption' });
      }
      if (reason === 'related-links') inRelated = true;
      continue;
    }
    const linkBlock = isLinkBlock(block);
    if (inRelated) {
      // After a "Related" header, the list of links goes until real prose comes back.
      if (block.kind === 'li' || linkBlock || words < 12) {
        drop('related-links');
        continue;
      }
      inRelated = false;
    }
    if (linkBlock && (linkRun[i] || i < firstProse || i > lastProse)) {
      drop('link-list');
      continue;
    }
    // A linked headline in capitals between paragraphs is a teaser for another story.
    if (linkBlock && words >= 3 && text === text.toUpperCase() && /\p{Lu}/u.test(text)) {
      drop('related-links');
      continue;
    }
    datelineSource ??= kept.length < 3 ? datelineAgency(text) : null;
    kept.push(block);
  }
  return { blocks: kept, removed, byline, syndication, dateline: datelineSource };
}
