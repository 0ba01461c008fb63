// The top lines of plain-text and Markdown articles: masthead, section, byline and date lines become metadata, not text.
import type { Removal } from '../core/types.js';
import type { Block } from './blocks.js';
import { bylineName, isDateLine } from './boilerplate.js';
import { wordCount } from './words.js';
import { dateTimeInText } from './metadata.js';
import { checkedSet } from '../core/util/lists.js';
import mastheadData from './data/masthead.json' with { type: 'json' };
import settings from './data/settings.json' with { type: 'json' };

/** The thresholds of this file, from data/settings.json. */
const S = settings.topLines;

const SEPARATORS = new RegExp(mastheadData.separators, 'u');
const SECTIONS = checkedSet('readable/data/masthead.json#sections', mastheadData.sections);
const SMALL_WORDS = checkedSet('readable/data/masthead.json#outletWords', mastheadData.outletWords.words);
const ROLE_WORDS = checkedSet('readable/data/masthead.json#roleWords', mastheadData.roleWords.words);

/** What one top line says, and why it goes. */
export interface TopLine {
  reason: 'masthead' | 'byline' | 'date-line';
  published: string | null;
  byline: string | null;
  outlet: string | null;
}

/** What the top lines of an article gave, and the blocks left after them. */
export interface TopLines {
  blocks: Block[];
  removed: Removal[];
  published: string | null;
  byline: string | null;
  outlet: string | null;
}

type PartKind = 'date' | 'time' | 'byline' | 'section' | 'role' | 'name';

/** "By the Editorial Board": the byline reader refuses "the" (it guards against "By the time …"), so a capitalised body is taken here. */
const BY_THE = /^[Bb]y\s+[Tt]he\s+((?:\p{Lu}[\p{L}'’-]*\s+){1,4}\p{Lu}[\p{L}'’-]*)$/u;
const TIME_ONLY = /^(at\s+)?\d{1,2}[:.h]\d{2}(\s*[ap]\.?\s?m\.?)?(\s+[A-Za-z]{1,5}([+-]\d{1,2}(:?\d{2})?)?)?$/i;

/** "THE RIVER POST" -> "The River Post"; mixed case is kept as written. */
function nameCase(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name
    .toLowerCase()
    .split(/\s+/)
    .map((w, i) => (i > 0 && SMALL_WORDS.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}

/** A short run of capitalised words (small words allowed inside): could be an outlet's name. */
function looksLikeName(part: string): boolean {
  if (part.length > S.maxPartChars || /[\d.!?;:,"“”]/.test(part.replace(/\.$/, ''))) return false;
  const words = part.split(/\s+/);
  if (words.length > 6) return false;
  return words.every((w, i) => /^\p{Lu}/u.test(w) || (i > 0 && SMALL_WORDS.has(w.toLowerCase()))) && /\p{Lu}\p{L}/u.test(part);
}

function classifyPart(part: string): { kind: PartKind; value: string } | null {
  const p = part.trim().replace(/[:]$/, '');
  if (!p) return null;
  const lower = p.toLowerCase();
  if (SECTIONS.has(lower)) return { kind: 'section', value: p };
  if (TIME_ONLY.test(p)) return { kind: 'time', value: p };
  if (isDateLine(p)) return { kind: 'date', value: p };
  const byThe = BY_THE.exec(p)?.[1];
  const name = byThe?.trim() ?? bylineName(p);
  if (name) return { kind: 'byline', value: name };
  if (looksLikeName(p)) {
    const last = lower.split(/\s+/).pop() ?? '';
    return { kind: ROLE_WORDS.has(last) ? 'role' : 'name', value: p };
  }
  return null;
}

/**
 * Read one line from the top of an article as metadata, or null when it is (or may be) text. Every part between
 * separators must be a date, a time, a byline, a section label, a role or a name; a name counts as the outlet only
 * next to something that marks the line as a masthead (a section, a date or a byline), so a lone capitalised line
 * (a subtitle, a place) stays text.
 * @example classifyTopLine('THE RIVER POST — Opinion') // { reason: 'masthead', outlet: 'The River Post', … }
 */
export function classifyTopLine(text: string): TopLine | null {
  if (wordCount(text) > S.maxWords) return null;
  const parts = text.split(SEPARATORS).map((p) => p.trim()).filter(Boolean);
  if (parts.length === 0 || parts.length > 5) return null;
  const classified = parts.map(classifyPart);
  if (classified.some((c) => c === null)) return null;
  const kinds = classified.map((c) => c!.kind);
  const names = classified.filter((c) => c!.kind === 'name');
  const markers = kinds.filter((k) => k === 'section' || k === 'date' || k === 'byline').length;
  if (markers === 0 || names.length > 1) return null;
  // A lone section word on its own line is a kicker and goes; a time alone may be text ("10:30 Arrivals"), so it needs a date.
  if (kinds.includes('time') && !kinds.includes('date')) return null;
  const byline = classified.find((c) => c!.kind === 'byline')?.value ?? null;
  const hasDate = kinds.includes('date');
  const hasSection = kinds.includes('section');
  // "Jane Doe | March 4, 2026" may name the writer, not the outlet: a name beside a date alone is the outlet only when
  // it is set like a masthead (capitals, or "The …"); beside a section label or a byline it is the outlet.
  const name = names[0]?.value ?? null;
  const mastheadLike = !!name && (hasSection || !!byline || name === name.toUpperCase() || /^the\s/i.test(name));
  const outlet = name && mastheadLike ? nameCase(name) : null;
  return {
    reason: outlet || hasSection ? 'masthead' : byline ? 'byline' : 'date-line',
    published: hasDate ? dateTimeInText(text) : null,
    byline,
    outlet,
  };
}

/**
 * Take metadata lines off the top of a plain-text or Markdown article (the first few blocks): each one that
 * classifyTopLine reads is removed with its reason; lines it cannot read stay, and the scan stops at the first long
 * paragraph. The first value of each kind wins.
 */
export function readTopLines(blocks: Block[]): TopLines {
  const out: TopLines = { blocks: [], removed: [], published: null, byline: null, outlet: null };
  let i = 0;
  for (; i < blocks.length && i < mastheadData.maxTopLines; i++) {
    const b = blocks[i]!;
    if (wordCount(b.text) > S.maxWords) break;
    const line = b.kind === 'p' || b.kind === 'h' ? classifyTopLine(b.text) : null;
    if (!line) {
      out.blocks.push(b);
      continue;
    }
    out.removed.push({ text: b.text, reason: line.reason });
    out.published ??= line.published;
    out.byline ??= line.byline;
    out.outlet ??= line.outlet;
  }
  out.blocks.push(...blocks.slice(i));
  return out;
}
