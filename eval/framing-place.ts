// NewsWCL50 documents as a user's text file, and a coded mention placed in the text the reader kept. The coded token
// positions come from another tokenisation than the documents' tokens, so a mention is found by its words near the
// sentence it is coded in, not by token index.
import { escapeRegExp } from '../src/core/util/regex.js';

/** One outlet's article as documents.jsonl gives it. */
export interface NewsDoc {
  doc_id: string;
  event_id: number;
  outlet_code: string;
  url: string;
  sentences: Array<{ sentence: number; text: string }>;
}

/** The text fed to the reader, and where each sentence starts in it. */
export interface BuiltText {
  text: string;
  starts: number[];
}

/** A literal "\n" closes a paragraph in the documents' sentence texts. */
const PARAGRAPH_END = /\s*\\n\s*$/;
/** The corpus's tokeniser spaced the hyphen of a word ("Kim Jong - un", "once - unthinkable"); the page had none. */
const SPACED_HYPHEN = /(\p{L}) - (\p{Ll})/gu;

/**
 * A document as a plain text file: sentences of one paragraph joined by a space, paragraphs by a blank line, hyphens
 * inside words closed up again.
 * @example textOfDocument({ ..., sentences: [{ sentence: 0, text: 'Title \\n' }, { sentence: 1, text: 'Body.' }] }).text === 'Title\n\nBody.'
 */
export function textOfDocument(doc: NewsDoc): BuiltText {
  let text = '';
  const starts: number[] = [];
  let paragraphEnded = true;
  for (const s of doc.sentences) {
    if (text) text += paragraphEnded ? '\n\n' : ' ';
    starts.push(text.length);
    text += s.text.replace(PARAGRAPH_END, '').replace(SPACED_HYPHEN, '$1-$2').trim();
    paragraphEnded = PARAGRAPH_END.test(s.text);
  }
  return { text, starts };
}

/** How far (in characters) a mention may stand from its coded sentence's start: a few sentences. */
const MAX_DRIFT = 800;

/** Quote marks as the coders and the documents write them (``, '', ", curly ones). */
const QUOTES = /^(?:``|''|["'“”‘’])/;

/** A pattern for the mention's words whatever the spacing, quote marks and hyphen spacing ("Jong-un" = "Jong - un"). */
function mentionPattern(mention: string): RegExp | null {
  const words = mention.trim();
  if (!words) return null;
  let source = '';
  for (let i = 0; i < words.length; i++) {
    const rest = words.slice(i);
    const quote = QUOTES.exec(rest);
    if (quote) {
      source += `[\\s"'“”‘’\`]*`;
      i += quote[0].length - 1;
    } else if (/\s/.test(words[i]!)) source += '\\s*';
    else if (/[-–—]/.test(words[i]!)) source += '\\s*[-–—]\\s*';
    else source += escapeRegExp(words[i]!);
  }
  return new RegExp(source, 'gi');
}

/**
 * The span of a coded mention in the read article's text: of the places its words stand, the one nearest where its
 * coded sentence stands (coded sentence numbers may run one or two off the documents'), or null when the reader left it out.
 * @param articleText the text the reader kept
 * @param built the text it was read from
 * @param sentence the coded sentence number
 */
export function placeMention(articleText: string, built: BuiltText, sentence: number, mention: string): { start: number; end: number } | null {
  const pattern = mentionPattern(mention);
  if (!pattern) return null;
  const k = Math.min(Math.max(sentence, 0), built.starts.length - 1);
  const from = built.starts[k] ?? 0;
  // The reader may drop a headline or a line; a sentence found again in its text fixes the shift.
  const probe = built.text.slice(from, from + 40);
  const found = probe.length >= 10 ? articleText.indexOf(probe) : -1;
  const expected = found >= 0 ? found : Math.round((from / (built.text.length || 1)) * articleText.length);
  let best: { start: number; end: number } | null = null;
  for (const m of articleText.matchAll(pattern)) {
    if (!m[0]) continue;
    const span = { start: m.index, end: m.index + m[0].length };
    if (!best || Math.abs(span.start - expected) < Math.abs(best.start - expected)) best = span;
  }
  // Coded sentence numbers run at most a few sentences off: a match farther away is another use of the words.
  return best && Math.abs(best.start - expected) <= MAX_DRIFT ? best : null;
}
