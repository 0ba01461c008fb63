// Take page furniture out of an article's blocks (comment widgets, share prompts, credits, bylines, syndication lines), recording each removal.
import type { Removal } from '../core/types.js';
import type { Block } from './blocks.js';
import boilerplateData from './data/boilerplate.json' with { type: 'json' };
import syndicationData from './data/syndication.json' with { type: 'json' };
import metadataData from './data/metadata.json' with { type: 'json' };

interface Rule {
  reason: string;
  maxWords: number;
  patterns: RegExp[];
}

const RULES: Rule[] = boilerplateData.groups.map((g) => ({
  reason: g.reason,
  maxWords: g.maxWords,
  patterns: g.patterns.map((p) => new RegExp(p, 'iu')),
}));
const SYNDICATION_LINES = syndicationData.lines.map((p) => new RegExp(p, 'iu'));
const DATELINES = syndicationData.datelines.map((p) => new RegExp(p, 'u'));
const AGENCIES: Record<string, string> = syndicationData.agencies;
const BYLINE = new RegExp(
  `^(?:${metadataData.bylinePrefixes.map((p) => p.replace(/\s+/g, '\\s+')).join('|')})\\s*:?\\s+(?<name>\\S.{0,80}?)\\s*$`,
  'iu',
);

export const wordCount = (s: string): number => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** The boilerplate rule a single line or short block matches, or null. */
export function boilerplateReason(text: string): string | null {
  const words = wordCount(text);
  for (const rule of RULES) {
    if (words > rule.maxWords) continue;
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
  if (text.length > 120 || wordCount(text) > 14) return null;
  const name = BYLINE.exec(text)?.groups?.['name'];
  if (!name) return null;
  // A name starts with a capital (or @handle) and does not read like a sentence ("By the time he arrived, …").
  if (!/^[\p{Lu}@]/u.test(name) || /[.!?]$/.test(name.replace(/\b[A-Z]\.$/, ''))) return null;
  if (/\b(the|a|an|this|that|when|while|using|making|taking)\b/.test(name.split(/[,|•·–—-]/)[0] ?? '')) return null;
  // Drop trailers such as "| Reuters" or ", Staff Writer" or a date.
  return name.split(/\s*[|•·]\s*|\s+[–—-]\s+|\s+(?:on|updated|published)\s+/i)[0]!.trim().replace(/[,;:]+$/, '') || null;
}

export interface FilterContext {
  /** The headline: a block repeating it is dropped. */
  title: string | null;
}

export interface Filtered {
  blocks: Block[];
  removed: Removal[];
  byline: string | null;
  syndication: string | null;
}

const norm = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * Drop boilerplate blocks and pick up the byline and syndication source on the way. Blocks that are mostly links and
 * short (related-story lists, tag clouds) go too, as does everything list-like after a "Related" header.
 * @example filterBlocks([{ text: 'By HG', kind: 'p', linkChars: 0 }], { title: null }).byline // 'HG'
 */
export function filterBlocks(blocks: Block[], ctx: FilterContext): Filtered {
  const kept: Block[] = [];
  const removed: Removal[] = [];
  let byline: string | null = null;
  let syndication: string | null = null;
  let datelineSource: string | null = null;
  let inRelated = false;
  const title = ctx.title ? norm(ctx.title) : '';

  for (const block of blocks) {
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
    if (title && norm(text) === title && kept.length < 3) {
      drop('title');
      continue;
    }
    const outlet = syndicationOutlet(text);
    if (outlet) {
      syndication ??= outlet;
      drop('syndication-line');
      continue;
    }
    const name = bylineName(text);
    if (name) {
      byline ??= name;
      drop('byline');
      continue;
    }
    const reason = boilerplateReason(text);
    if (reason) {
      drop(reason);
      if (reason === 'related-links') inRelated = true;
      continue;
    }
    const density = block.linkChars / Math.max(1, text.length);
    if (inRelated) {
      // After a "Related" header, the list of links goes until real prose comes back.
      if (block.kind === 'li' || density > 0.5 || words < 12) {
        drop('related-links');
        continue;
      }
      inRelated = false;
    }
    if (density > 0.6 && words < 40 && block.kind !== 'quote') {
      drop('link-list');
      continue;
    }
    datelineSource ??= kept.length < 3 ? datelineAgency(text) : null;
    kept.push(block);
  }
  return { blocks: kept, removed, byline, syndication: syndication ?? datelineSource };
}
