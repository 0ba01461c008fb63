// Take page furniture out of an article's blocks (comment widgets, share prompts, credits, bylines, syndication lines), recording each removal.
import type { Removal } from '../core/types.js';
import { alternation, CaselessPatterns } from '../core/util/regex.js';
import { checkedList } from '../core/util/lists.js';
import { MONTH_NAMES } from '../nlp/index.js';
import type { Block } from './blocks.js';
import { widgetBlocks } from './widgets.js';
import { wordCount } from './words.js';
import boilerplateData from './data/boilerplate.json' with { type: 'json' };
import syndicationData from './data/syndication.json' with { type: 'json' };
import metadataData from './data/metadata.json' with { type: 'json' };
import settings from './data/settings.json' with { type: 'json' };

/** The thresholds of this file, from data/settings.json. */
const S = settings.boilerplate;

interface Rule {
  reason: string;
  maxWords: number;
  /** Only near the end of the article (author boxes). */
  tailOnly: boolean;
  patterns: CaselessPatterns;
}

const RULES: Rule[] = boilerplateData.groups.map((g) => ({
  reason: g.reason,
  maxWords: g.maxWords,
  tailOnly: 'tailOnly' in g && g.tailOnly === true,
  patterns: new CaselessPatterns(checkedList(`readable/data/boilerplate.json#${g.reason}`, g.patterns, false)),
}));
/** Words of a bare date line: the month names (nlp's list) and the weekday, zone and "updated" words of boilerplate.json. */
const DATE_WORDS = new Set([...MONTH_NAMES, ...checkedList('readable/data/boilerplate.json#dateWords', boilerplateData.dateWords.words)]);
const SYNDICATION_LINES = checkedList('readable/data/syndication.json#lines', syndicationData.lines, false).map((p) => new RegExp(p, 'iu'));
const DATELINES = checkedList('readable/data/syndication.json#datelines', syndicationData.datelines, false).map((p) => new RegExp(p, 'u'));
const AGENCIES: Record<string, string> = syndicationData.agencies;
/** The wire agencies' names and abbreviations, lower-cased: a block that is only one of them is a credit line. */
const AGENCY_NAMES = new Set(Object.entries(AGENCIES).flat().map((n) => n.toLowerCase()));
const AUTHOR_BOX_HEADERS = [...checkedList('readable/data/boilerplate.json#authorBox.headers', boilerplateData.authorBox.headers)].sort((a, b) => b.length - a.length);
const BIO_STARTS = new RegExp(`^(${alternation(checkedList('readable/data/boilerplate.json#authorBox.bioStarts', boilerplateData.authorBox.bioStarts))})\\b`, 'i');
const BIO_VERBS = new Set(checkedList('readable/data/boilerplate.json#authorBox.bioVerbs', boilerplateData.authorBox.bioVerbs));
/** Two to four capitalised words (or initials): a person's name after an author-box header. Case-sensitive on purpose. */
const PERSON_NAME = /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]+$/u;
const BYLINE = new RegExp(
  `^(?:${alternation(checkedList('readable/data/metadata.json#bylinePrefixes', metadataData.bylinePrefixes))})\\s*:?\\s+(?<name>\\S.{0,80}?)\\s*$`,
  'iu',
);

/** True for a bare date/time line ("Nov. 20, 2019, 9:28 AM UTC", "Updated 10:01 pm PST, Tuesday, November 19, 2019"). */
export function isDateLine(text: string): boolean {
  // Cheap exits that never change the answer: a date line has a digit, and at most dateLineMaxWords words before its
  // trailers (dateLineTrailerMaxWords) — gluing splits only add words.
  if (!/\d/.test(text) || wordCount(text) > S.dateLineMaxWords + S.dateLineTrailerMaxWords) return false;
  // "November 20, 2019 / 1:07 AM / CBS News": a date with a short outlet trailer is still a date line.
  const parts = text.split(/\s+[/|•·]\s+/);
  if (parts.length > 1 && wordCount(parts.slice(1).join(' ')) <= S.dateLineTrailerMaxWords && isDateLine(parts.slice(0, -1).join(' / '))) return true;
  // "2019Updated": glued words split apart (an ordinal's suffix, "7th", stays on its number); a closing "by" is a
  // byline stub whose name is the next block ("March 13, 2017 1:25pm PT by").
  const words = text.replace(/\s+by:?$/i, '').replace(/(\d)(?!(?:st|nd|rd|th)\b)(\p{L})/giu, '$1 $2').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0 || words.length > S.dateLineMaxWords || !words.some((w) => /^\d/.test(w))) return false;
  if (!words.some((w) => DATE_WORDS.has(w) && w.length > 1)) return false;
  return words.every((w) => /^\d+(st|nd|rd|th|of|am|pm|h)?$/.test(w) || DATE_WORDS.has(w));
}

/** A written date: a clock time, a numeric date, or a month's name with a day and a year. */
const WRITTEN_DATE = new RegExp(
  `\\b\\d{1,2}:\\d{2}\\b|\\b\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}\\b|\\b(?:${alternation(MONTH_NAMES)})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}\\b`,
  'iu',
);

const CLOCK_ONLY = /^\W*\d{1,2}:\d{2}(:\d{2})?\s*([ap]\.?m\.?)?\W*$/i;

/**
 * True for a stamp line: a byline or source with a written date and time ("Associated Press - 7/27/04 12:49:07 PM ET",
 * "12/28/2005 3:33:49 PM, by Jane Roe", "By JANE ROE, Associated Press Writer Sun Sep 11, 6:18 AM ET"). Besides the
 * date's own words and numbers and 'by', at most dateLineTrailerMaxWords words, each capitalised (a name, an outlet):
 * a sentence that mentions a date has words in lower case. A handle ('@') marks an embedded post's signature instead.
 */
export function isStampLine(text: string): boolean {
  if (text.includes('@') || wordCount(text) > S.dateLineMaxWords + S.dateLineTrailerMaxWords || !WRITTEN_DATE.test(text)) return false;
  const words = text.replace(/(\d)(?!(?:st|nd|rd|th)\b)(\p{L})/giu, '$1 $2').match(/[\p{L}\p{N}]+/gu) ?? [];
  const rest = words.filter((w) => !/^\d+(st|nd|rd|th)?$/i.test(w) && !DATE_WORDS.has(w.toLowerCase()) && w.toLowerCase() !== 'by');
  if (rest.length > S.dateLineTrailerMaxWords || !rest.every((w) => /^\p{Lu}/u.test(w))) return false;
  // A time of day on its own heads an entry of a live page ('4:14 p.m.'): a stamp has a name or a day besides.
  return rest.length > 0 || !CLOCK_ONLY.test(text);
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
    if (rule.patterns.find(text) >= 0) return rule.reason;
  }
  return null;
}

/** The outlet a syndication line names ("This post was originally published on Canary." -> "Canary"), or null. */
export function syndicationOutlet(text: string): string | null {
  if (wordCount(text) > S.syndicationLineMaxWords) return null;
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
  if (text.length > S.bylineMaxChars) return null;
  // Only the part before a separator is the name; what follows is often a date or the outlet.
  const head = text.split(/\s+[|•·]\s+|\s+[–—]\s+/)[0] ?? text;
  if (wordCount(head) > S.bylineMaxWords) return null;
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
  if (t.length > S.authorBoxMaxChars) return null;
  for (const h of AUTHOR_BOX_HEADERS) {
    if (t.length <= h.length || t.slice(0, h.length).toLowerCase() !== h || !/\s/.test(t[h.length] ?? '')) continue;
    const name = t.slice(h.length).trim();
    return PERSON_NAME.test(name) ? name : null;
  }
  return null;
}

/**
 * The persons' names in bylines ("By Jane Doe and John Roe, Staff Writers" -> Jane Doe, John Roe), each also without its
 * middle initials ("Helen H. Wang" -> Helen Wang); a one-word byline ("Regan") is a name too. Handles are none.
 */
export function bylinePersons(bylines: ReadonlyArray<string | null | undefined>): string[] {
  const parts = bylines.flatMap((b) => (b ? b.trim().replace(/^by:?\s+/i, '').split(/\s*(?:,|&|\band\b|[|•·–—])\s*|\s+-\s+/) : []));
  const names = parts.map((p) => p.trim().replace(/\s+/g, ' ')).filter((p) => PERSON_NAME.test(p) || /^\p{Lu}\p{Ll}{2,}$/u.test(p));
  return [...new Set(names.flatMap((n) => [n, n.replace(/\s\p{Lu}\.(?=\s)/gu, '')]))];
}

/** True when `text` opens a bio of `name`: the name, maybe a separator and the first name again, then a bio verb. */
function opensBio(text: string, name: string): boolean {
  if (!text.startsWith(name)) return false;
  const rest = text.slice(name.length).replace(/^\s*[/|•·–—-]\s*(?:\p{Lu}\p{L}+\s)?/u, ' ');
  return /^\s/.test(rest) && BIO_VERBS.has(rest.trim().split(/\s/)[0] ?? '');
}

export interface FilterContext {
  /** The headline: a block repeating it is dropped. */
  title: string | null;
  /** The byline from the page's metadata: a block repeating it is dropped. */
  byline?: string | null;
  /** Every byline the page states (metadata, Readability's guess): a bio opening with one of their names goes. */
  bylines?: ReadonlyArray<string | null | undefined>;
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
  b.kind !== 'quote' && wordCount(b.text) < S.linkBlockMaxWords && b.linkChars / Math.max(1, b.text.length) > S.linkBlockLinkShare;

/** What one pass of `filterBlocks` knows and collects: the blocks, where the prose runs, and what was taken out. */
interface FilterState {
  blocks: Block[];
  kept: Block[];
  removed: Removal[];
  byline: string | null;
  syndication: string | null;
  dateline: string | null;
  /** After a "Related" header: the list of links that follows goes too. */
  inRelated: boolean;
  /** Inside an author box: the person's surname, which the bio blocks after the header mention. */
  authorBox: string | null;
  /** The headline and the metadata byline, normalised for comparison ('' when unknown). */
  title: string;
  metaByline: string;
  /** The persons the page names as its authors (bylinePersons of the context's bylines). */
  authors: string[];
  /** Blocks in a run of link blocks (menus, related-story lists). */
  linkRun: boolean[];
  firstProse: number;
  lastProse: number;
}

/** The block at index i with what every rule looks at. */
interface Current {
  i: number;
  block: Block;
  text: string;
  words: number;
  key: string;
  inTail: boolean;
}

/** A rule either handles the block (drops it, maybe more) and returns the index to continue after, or returns null. */
type BlockRule = (s: FilterState, c: Current) => number | null;

const drop = (s: FilterState, c: Current, reason: string): number => {
  s.removed.push({ text: c.text, reason });
  return c.i;
};

/** Link-block runs of `linkRunMin` or more are marked up front. */
function linkRuns(blocks: Block[]): boolean[] {
  const linkRun = new Array<boolean>(blocks.length).fill(false);
  for (let i = 0; i < blocks.length; ) {
    let j = i;
    while (j < blocks.length && isLinkBlock(blocks[j]!)) j++;
    if (j - i >= S.linkRunMin) for (let k = i; k < j; k++) linkRun[k] = true;
    i = j > i ? j : i + 1;
  }
  return linkRun;
}

function initialState(blocks: Block[], ctx: FilterContext): FilterState {
  const prose = (b: Block): boolean => wordCount(b.text) >= S.proseMinWords && !isLinkBlock(b);
  let lastProse = -1;
  for (let i = blocks.length - 1; i >= 0 && lastProse < 0; i--) if (prose(blocks[i]!)) lastProse = i;
  return {
    blocks,
    kept: [],
    removed: [],
    byline: null,
    syndication: null,
    dateline: null,
    inRelated: false,
    authorBox: null,
    title: ctx.title ? norm(ctx.title) : '',
    metaByline: ctx.byline ? norm(ctx.byline) : '',
    authors: bylinePersons([ctx.byline, ...(ctx.bylines ?? [])]),
    linkRun: linkRuns(blocks),
    firstProse: blocks.findIndex(prose),
    lastProse,
  };
}

/** Punctuation or symbols only (separators, emoji rows). */
const emptyRule: BlockRule = (s, c) => {
  if (c.words !== 0) return null;
  if (c.text.trim()) drop(s, c, /\p{Extended_Pictographic}/u.test(c.text) ? 'reaction-prompt' : 'separator');
  return c.i;
};

const titleRule: BlockRule = (s, c) => (s.title && c.key === s.title ? drop(s, c, 'title') : null);

const captionRule: BlockRule = (s, c) => (c.block.kind === 'caption' ? drop(s, c, 'caption') : null);

const syndicationRule: BlockRule = (s, c) => {
  const outlet = syndicationOutlet(c.text);
  if (!outlet) return null;
  s.syndication ??= outlet;
  return drop(s, c, 'syndication-line');
};

const bylineRule: BlockRule = (s, c) => {
  // "By" alone with the name in the next block.
  const next = s.blocks[c.i + 1];
  if (/^by:?$/i.test(c.text.trim()) && next && wordCount(next.text) <= S.byNameMaxWords) {
    s.byline ??= next.text;
    drop(s, c, 'byline');
    s.removed.push({ text: next.text, reason: 'byline' });
    return c.i + 1;
  }
  const name = bylineName(c.text);
  if (!name && !(s.metaByline && c.key === s.metaByline)) return null;
  s.byline ??= name ?? c.text;
  return drop(s, c, 'byline');
};

/** The bio under an author-box header (short blocks about the person, or the box's links), then a new header. */
const authorBoxRule: BlockRule = (s, c) => {
  if (s.authorBox !== null) {
    const aboutThem = (s.authorBox && c.text.includes(s.authorBox)) || BIO_STARTS.test(c.text) || isLinkBlock(c.block);
    if (c.words <= S.authorBioMaxWords && (aboutThem || boilerplateReason(c.text, true) === 'author-box')) return drop(s, c, 'author-box');
    s.authorBox = null;
  }
  const boxName = c.inTail ? authorBoxName(c.text) : null;
  if (!boxName) return null;
  s.authorBox = boxName.split(/\s+/).pop() ?? '';
  s.byline ??= boxName;
  return drop(s, c, 'author-box');
};

/**
 * An author's bio in the last part of the article: a block that is only an author's name (the box's header), or that
 * opens with an author's name and a verb of a bio ("Jane Doe is a freelance writer…", "… has covered…"); a writer's
 * story seldom speaks of its writer by name. The short blocks after it about the person go too (authorBoxRule).
 */
const authorBioRule: BlockRule = (s, c) => {
  if (c.i < s.blocks.length * S.authorBioFrom) return null;
  const authors = s.byline ? [...s.authors, ...bylinePersons([s.byline])] : s.authors;
  const author = authors.find((a) => c.text === a || opensBio(c.text, a));
  if (!author || (c.text !== author && c.words > S.authorBioMaxWords * 2)) return null;
  s.authorBox = author.split(/\s+/).pop() ?? '';
  return drop(s, c, 'author-box');
};

/** A wire agency's name on a line of its own ('Associated Press', '(AFP)', 'AP Writer'): a credit, not text. */
export function isAgencyLine(text: string): boolean {
  const t = text.trim().replace(/^\((.*)\)$/, '$1').replace(/\s+(staff\s+)?(writer|reporter|staff)$/i, '').trim().toLowerCase();
  return AGENCY_NAMES.has(t);
}

const agencyLineRule: BlockRule = (s, c) => (c.words <= S.agencyLineMaxWords && isAgencyLine(c.text) ? drop(s, c, 'agency-credit') : null);

/** A stamp line (isStampLine) outside lists and tables, where a name with a time is a result, not a byline. */
const stampRule: BlockRule = (s, c) => (c.block.kind !== 'li' && c.block.kind !== 'cell' && isStampLine(c.text) ? drop(s, c, 'date-line') : null);

const phraseRule: BlockRule = (s, c) => {
  const reason = boilerplateReason(c.text, c.inTail);
  if (!reason) return null;
  drop(s, c, reason);
  // A bare credit line right after a short paragraph at the top: that paragraph was the lead image's caption (a credit
  // line long enough to be a caption itself says nothing about the paragraph before it).
  const prev = s.kept[s.kept.length - 1];
  if (reason === 'image-credit' && c.words <= S.leadCreditMaxWords && prev && prev === s.blocks[c.i - 1] && s.kept.length <= S.leadCaptionMaxKept && wordCount(prev.text) <= S.leadCaptionMaxWords) {
    s.kept.pop();
    s.removed.push({ text: prev.text, reason: 'caption' });
  }
  if (reason === 'related-links') s.inRelated = true;
  return c.i;
};

/** After a "Related" header, the list of links goes until real prose comes back. */
const relatedRule: BlockRule = (s, c) => {
  if (!s.inRelated) return null;
  if (c.block.kind === 'li' || isLinkBlock(c.block) || c.words < S.relatedListMaxWords) return drop(s, c, 'related-links');
  s.inRelated = false;
  return null;
};

/** Reads as a headline, not a sentence: no stop, question or exclamation mark at its end (brackets and quotes aside). */
const isHeadline = (text: string): boolean => !/[.!?…:;,]$/u.test(text.replace(/[\])}"'”’»\s]+$/u, ''));

const linkRule: BlockRule = (s, c) => {
  if (!isLinkBlock(c.block)) return null;
  if (s.linkRun[c.i] || c.i < s.firstProse || c.i > s.lastProse) return drop(s, c, 'link-list');
  // A linked headline between paragraphs is a teaser for another story: in capitals, or a headline with no closing
  // punctuation ("[Scientists find …]", "RELATED: …"), where a linked sentence in the text would end with a stop.
  if (c.words >= S.teaserMinWords && c.text === c.text.toUpperCase() && /\p{Lu}/u.test(c.text)) return drop(s, c, 'related-links');
  if (c.block.kind === 'p' && c.words >= S.headlineTeaserMinWords && c.words <= S.teaserMaxWords && isHeadline(c.text)) return drop(s, c, 'related-links');
  return null;
};

/** The rules in the order they are tried; the first that handles a block ends its turn. */
const BLOCK_RULES: readonly BlockRule[] = [emptyRule, titleRule, authorBoxRule, captionRule, syndicationRule, bylineRule, authorBioRule, phraseRule, stampRule, agencyLineRule, relatedRule, linkRule];

/**
 * Drop boilerplate blocks and pick up the byline and syndication source on the way. Runs of link blocks (menus,
 * related-story lists) go, as do link blocks before the first or after the last prose paragraph; a single link inside
 * the article (a "Get it on …" line, a source in brackets) stays. Everything list-like after a "Related" header goes.
 * @example filterBlocks([{ text: 'By HG', kind: 'p', linkChars: 0 }], { title: null }).byline // 'HG'
 */
export function filterBlocks(all: Block[], ctx: FilterContext): Filtered {
  const widgets = widgetBlocks(all);
  const blocks = widgets.blocks;
  const s = initialState(blocks, ctx);
  s.removed.push(...widgets.removed);
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    // The normalised text is compared only with a known headline or byline.
    const key = s.title || s.metaByline ? norm(block.text) : '';
    const c: Current = { i, block, text: block.text, words: wordCount(block.text), key, inTail: i >= blocks.length - S.tailBlocks };
    let handled: number | null = null;
    for (const rule of BLOCK_RULES) {
      handled = rule(s, c);
      if (handled !== null) break;
    }
    if (handled !== null) {
      i = handled;
      continue;
    }
    s.dateline ??= s.kept.length < S.datelineMaxKept ? datelineAgency(block.text) : null;
    s.kept.push(block);
  }
  return { blocks: s.kept, removed: s.removed, byline: s.byline, syndication: s.syndication, dateline: s.dateline };
}
