// Reported speech, sentence by sentence: "X said (that) …", "…, X said", "according to X, …" and "…, according to X".
import type { Span } from '../../core/types.js';
import { sentenceTokens } from '../../nlp/index.js';
import type { Cue } from './cues.js';
import { ADJUNCT_STARTS, OBJECT_PRONOUNS, SPEECH } from './lexicon.js';
import { clauseSubject, subjectAfter, subjectBefore, unlessObject } from './phrases.js';
import { attribution, inQuote, newRelation, type QuoteContext } from './context.js';

/** One sentence's tokens [a, end) without its final punctuation, and its character span. */
interface Sentence {
  a: number;
  end: number;
  start: number;
  stop: number;
}

/** Reported content and the cue that reports it. */
interface Report {
  content: Span;
  cue: Cue;
}

/** "according to X, CLAUSE" | "CLAUSE, according to X". */
function accordingTo(ctx: QuoteContext, s: Sentence): Report | null {
  const { T } = ctx;
  for (let i = s.a; i < s.end - 1; i++) {
    const phrase = T.sourcePhrase(i);
    if (!phrase || inQuote(ctx, i) || ctx.usedCues.has(i)) continue;
    const sp = subjectAfter(T, i + phrase, s.end);
    if (!sp) continue;
    const cue: Cue = { cue: i, cueEnd: i + phrase, speaker: sp };
    if (i === s.a && T.t(sp[1]) === ',' && s.end - sp[1] > 4) return { content: { start: T.start(sp[1] + 1), end: s.stop }, cue };
    if (i > s.a + 3 && T.t(i - 1) === ',') return { content: { start: s.start, end: T.end(i - 2) }, cue };
  }
  return null;
}

/** "CLAUSE, X said" or "CLAUSE, said X": clause cue `i` near the sentence end. */
function cueAtEnd(ctx: QuoteContext, s: Sentence, i: number): Report | null {
  const { T } = ctx;
  const sp = subjectBefore(T, i, s.a);
  const comma = sp ? sp[0] - 1 : i - 1;
  if (T.t(comma) === ',' && s.end - i <= 9 && comma - s.a >= 4) {
    return { content: { start: s.start, end: T.end(comma - 1) }, cue: { cue: i, cueEnd: i + 1, speaker: sp ?? subjectAfter(T, i + 1, s.end) } };
  }
  if (T.t(i - 1) !== ',' || s.end - i > 12 || i - 1 - s.a < 4) return null;
  const sp2 = subjectAfter(T, i + 1, s.end);
  // Inverted only when the phrase after the cue ends the clause: in "X, the fire chief, said his teams had rescued…" the
  // phrase after "said" is the subject of the reported clause, and the content has no verb.
  let clauseVerb = false;
  for (let j = s.a; j < i - 1; j++) if ((T.pos(j) === 'VERB' || T.pos(j) === 'AUX') && !inQuote(ctx, j)) clauseVerb = true;
  const runsOn = sp2 !== null && sp2[1] < s.end && (T.pos(sp2[1]) === 'VERB' || T.pos(sp2[1]) === 'AUX');
  if (!sp2 || !clauseVerb || runsOn) return null;
  return { content: { start: s.start, end: T.end(i - 2) }, cue: { cue: i, cueEnd: i + 1, speaker: sp2 } };
}

/** First token of the clause reported by cue `i`, past its hearer ("told them"), a time or place adjunct and a comma. */
function reportedClauseStart(ctx: QuoteContext, s: Sentence, i: number): number {
  const { T } = ctx;
  let c = i + 1;
  if (SPEECH.objects.has(T.t(c).toLowerCase()) || OBJECT_PRONOUNS.test(T.t(c))) c++;
  else if (T.l(i) === 'tell') {
    const o = subjectAfter(T, c, s.end);
    if (o) c = o[1];
  }
  while (c < s.end && ADJUNCT_STARTS.test(T.t(c)) && c < i + 8) {
    // a time or place adjunct before the clause: "said on Wednesday that"
    let d = c + 1;
    while (d < s.end && d < c + 5 && T.t(d) !== 'that' && T.pos(d) !== 'VERB' && T.pos(d) !== 'PRON') d++;
    if (T.t(d) !== 'that') break;
    c = d;
  }
  return T.t(c) === ',' || T.t(c) === ':' ? c + 1 : c;
}

/** "X said (that) CLAUSE": clause cue `i` with its subject before it and a clause with a verb after it. */
function saidThat(ctx: QuoteContext, s: Sentence, i: number): Report | null {
  const { T } = ctx;
  const participle = /ing$/.test(T.t(i)) && /^[,—]$/.test(T.t(i - 1));
  let sp = participle ? clauseSubject(T, s.a, i - 1) : subjectBefore(T, i, s.a);
  if (sp) sp = unlessObject(T, sp, s.a, participle);
  if (!sp) return null;
  const c = reportedClauseStart(ctx, s, i);
  if (s.end - c < 4 || T.isQuoteMark(c)) return null;
  let hasVerb = false;
  for (let j = c; j < s.end; j++) if (T.pos(j) === 'VERB' || T.pos(j) === 'AUX') hasVerb = true;
  return hasVerb ? { content: { start: T.start(c), end: s.stop }, cue: { cue: i, cueEnd: i + 1, speaker: sp } } : null;
}

function clauseReport(ctx: QuoteContext, s: Sentence): Report | null {
  for (let i = s.a; i < s.end; i++) {
    if (!ctx.T.isClauseCue(i) || inQuote(ctx, i) || ctx.usedCues.has(i)) continue;
    const found = (i > s.a + 3 ? cueAtEnd(ctx, s, i) : null) ?? saidThat(ctx, s, i);
    if (found) return found;
  }
  return null;
}

/** Record reported speech unless a direct quote already covers most of it; quoted fragments inside it become partial. */
function addReport(ctx: QuoteContext, { content, cue }: Report): void {
  if (content.end - content.start < 12) return;
  const covered = ctx.out
    .filter((o) => !o.partial && o.start < content.end && o.end > content.start)
    .reduce((n, o) => n + Math.min(o.end, content.end) - Math.max(o.start, content.start), 0);
  if (covered > 0.5 * (content.end - content.start)) return;
  const text = ctx.text.slice(content.start, content.end);
  const attr = attribution(ctx, { ...content, text }, cue, { direct: false, partial: false, block: false }, newRelation(ctx));
  ctx.out.push(attr);
  // Quoted fragments inside this reported speech are partial quotes of the same speaker.
  for (const o of ctx.out) {
    if (!o.direct || o.start < content.start || o.end > content.end + 2) continue;
    o.partial = true;
    if (o.speakerSpan) continue;
    o.speakerSpan = attr.speakerSpan;
    o.speakerText = attr.speakerText;
    o.cue = attr.cue;
    o.cueSpan = attr.cueSpan;
  }
}

/** Find reported speech in every sentence of at least five tokens. */
export function findReportedSpeech(ctx: QuoteContext): void {
  const { T, doc } = ctx;
  for (let k = 0; k < doc.sentStart.length; k++) {
    const [a, b] = sentenceTokens(doc, k);
    let end = b;
    while (end > a && T.pos(end - 1) === 'PUNCT' && !T.isQuoteMark(end - 1)) end--;
    if (end - a < 5) continue;
    const s: Sentence = { a, end, start: T.start(a), stop: T.end(end - 1) };
    const found = accordingTo(ctx, s) ?? clauseReport(ctx, s);
    if (found) addReport(ctx, found);
  }
}
