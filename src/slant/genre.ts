// The form of an article besides opinion: analysis (an "Analysis:" label, explainer headings such as "Why it matters")
// and live pages (a "Live" label, bare time stamps opening entries). Cues are data (slant/data/genre-forms.json).
import type { Article } from '../core/types.js';
import forms from './data/genre-forms.json' with { type: 'json' };
import { checkedList } from '../core/util/lists.js';
import { alternation } from '../core/util/regex.js';

const labelled = (where: string, list: readonly string[]): RegExp =>
  new RegExp(`^\\s*(?:${alternation(checkedList(where, list))})\\s*(?:[:|—–-]|$)`, 'iu');
const ANALYSIS_LABEL = labelled('slant/data/genre-forms.json#analysisLabels', forms.analysisLabels);
const LIVE_LABEL = labelled('slant/data/genre-forms.json#liveLabels', forms.liveLabels);
const EXPLAINER = new RegExp(`^(?:${alternation(checkedList('slant/data/genre-forms.json#explainerHeadings', forms.explainerHeadings))})\\b`, 'iu');
/**
 * "10:42", "10.42am", "2pm", "14:05 GMT": a live entry's stamp, alone on its line or opening it. An hour needs its
 * minutes or am/pm: a bare number opening a line ("1 – The ferry subsidy rises") is a numbered list's item.
 */
const STAMP = /^(?:[01]?\d|2[0-3])(?:[:.][0-5]\d\s*(?:am|pm|a\.m\.|p\.m\.)?|\s*(?:am|pm|a\.m\.|p\.m\.))(?:\s*(?:GMT|BST|UTC|CET|CEST|ET|EST|EDT|PT|PST|PDT))?\s*(?:$|[—–-]\s)/iu;

/** A heading: a short line without a closing stop. */
const isHeading = (line: string): boolean => line.split(/\s+/).length <= forms.headingMaxWords && !/[.!?"”]$/.test(line);

/**
 * 'analysis' or 'live' when the article is marked as one, else null (a news report, or opinion by the slant stage's cues).
 * @example formOf(articleFromText('a', 'What happened\n\nThe dam broke.\n\nWhy it matters\n\nIt feeds the town.')) === 'analysis'
 */
export function formOf(article: Article): 'analysis' | 'live' | null {
  // Curly apostrophes as straight ones: "What’s next" is the list's "what's next".
  const lines = article.paragraphs.map((p) => article.text.slice(p.start, p.end).trim().replace(/[’‘]/g, "'"));
  const opening = [(article.title ?? '').replace(/[’‘]/g, "'"), lines[0] ?? ''];
  if (opening.some((l) => LIVE_LABEL.test(l)) || lines.filter((l) => STAMP.test(l)).length >= forms.liveStamps) return 'live';
  if (opening.some((l) => ANALYSIS_LABEL.test(l))) return 'analysis';
  const explainers = lines.filter((l) => isHeading(l) && EXPLAINER.test(l.replace(/^[^\p{L}]+/u, ''))).length;
  return explainers >= forms.analysisHeadings ? 'analysis' : null;
}
