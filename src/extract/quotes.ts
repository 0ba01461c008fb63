// Who said what, by surface cues: quotation-mark spans in any style, block quotes, reported speech, their cue verbs and speaker phrases.
import type { Span } from '../core/types.js';
import { type Doc, sentenceAt, sentenceTokens, tokenCount, tokenPos, tokenText } from '../nlp/index.js';
import { isRoleHead, LEX } from './entities.js';

/** One run of quoted words found by its marks. Offsets: `start/end` the words inside the marks, `open/close` with them. */
export interface QuoteMarks extends Span {
  open: number;
  close: number;
  closed: boolean;
  single: boolean;
  /** Offsets of continuation marks at the start of later paragraphs (a quote running over paragraphs). */
  inner: number[];
}

/** An attribution relation found in one article, before speakers are tied to entities. */
export interface RawAttribution extends Span {
  /** The content, without outer quote marks (and without the marks that reopen a quote at a paragraph start). */
  text: string;
  direct: boolean;
  /** A quoted fragment inside reported speech ("insisted Witkoff was doing 'what a dealmaker does'"). */
  partial: boolean;
  /** The quote is a block quote (a paragraph after "said:" without marks). */
  block: boolean;
  cue: string | null;
  cueSpan: Span | null;
  speakerSpan: Span | null;
  speakerText: string | null;
  /** Attributions with the same relation number share one cue (`“A,” he said. “B.”`). */
  relation: number;
}

const DOUBLE_OPEN = new Set(['“', '„', '«', '‟']);
const DOUBLE_CLOSE = new Set(['”', '»']);
const WORD = /[\p{L}\p{N}]/u;
const SPACE_OR_START = (c: string | undefined): boolean => c === undefined || /[\s([{\-—–\/]/.test(c);
const CLOSES_BEFORE = (c: string | undefined): boolean => c === undefined || /[\s.,;:!?)\]}\-—–…]/.test(c);

/**
 * Find quotation-mark spans: curly, straight, doubled apostrophes (''…''), guillemets and single marks (not apostrophes),
 * nested quotes folded into their outer quote, unclosed quotes cut at the paragraph end or continued by a paragraph that
 * reopens with a mark.
 */
export function findQuoteMarks(text: string, paragraphs: Span[]): QuoteMarks[] {
  const out: QuoteMarks[] = [];
  let carry: { open: number; start: number; single: boolean; inner: number[] } | null = null;
  paragraphs.forEach((para, p) => {
    // Stack of open marks: [offset of mark, offset after mark, single?]
    const stack: Array<{ open: number; start: number; single: boolean }> = [];
    let i = para.start;
    if (carry) {
      // A continued quote: this paragraph must reopen it with a mark of the same family.
      const m = markAt(text, i);
      if (m && (m.kind === 'open' || m.kind === 'ambiguous') && m.single === carry.single) {
        carry.inner.push(i);
        stack.push({ open: carry.open, start: carry.start, single: carry.single });
        i += m.len;
      } else {
        carry = null;
      }
    }
    const inner = carry?.inner ?? [];
    carry = null;
    const emit = (o: { open: number; start: number; single: boolean }, end: number, close: number, closed: boolean): void => {
      if (stack.length > 0) return; // nested quote: part of its outer quote
      const s = o.start;
      let e = end;
      while (e > s && /\s/.test(text[e - 1]!)) e--;
      if (e <= s) return;
      out.push({ start: s, end: e, open: o.open, close, closed, single: o.single, inner: o.open < para.start ? [...inner] : [] });
    };
    while (i < para.end) {
      const m = markAt(text, i);
      if (!m) {
        i++;
        continue;
      }
      const prev = text[i - 1];
      const next = text[i + m.len];
      const top = stack[stack.length - 1];
      if (m.single && prev !== undefined && next !== undefined && WORD.test(prev) && WORD.test(next)) {
        i += m.len; // apostrophe inside a word: it's, Trump's
        continue;
      }
      const openable = SPACE_OR_START(i === para.start ? undefined : prev) || (prev !== undefined && /[“‘"'«]/.test(prev));
      const closable = !/\s/.test(prev ?? ' ') && CLOSES_BEFORE(next);
      const wantClose =
        m.kind === 'close' ||
        (m.kind === 'ambiguous' && closable && !(openable && !top)) ||
        // A typo'd closing mark (“It's unusual,“ said…): an opening curly mark placed where a quote ends.
        (m.kind === 'open' && !m.single && closable && !openable && stack.some((o) => !o.single));
      const family = (o: { single: boolean }): boolean => o.single === m.single;
      if (wantClose && stack.some(family)) {
        while (stack.length && !family(stack[stack.length - 1]!)) stack.pop();
        const o = stack.pop()!;
        emit(o, i, i + m.len, true);
      } else if (m.kind === 'open' || (m.kind === 'ambiguous' && openable && next !== undefined && !/\s/.test(next))) {
        if (!m.single && top && !top.single && m.kind === 'open' && stack.length === 1) {
          // A second opening curly mark while one is open: the first lost its closing mark.
          const o = stack.pop()!;
          emit(o, i, i, false);
        }
        if (m.single && !openable) {
          i += m.len;
          continue;
        }
        stack.push({ open: i, start: i + m.len, single: m.single });
      }
      i += m.len;
    }
    // Unclosed at the paragraph end: continued if the next paragraph reopens with a mark, else cut here.
    // Unclosed single marks are dropped (most are apostrophes); an unclosed double mark is a quote cut short.
    const bottom = stack.find((o) => !o.single);
    if (bottom) {
      const nextPara = paragraphs[p + 1];
      const m = nextPara ? markAt(text, nextPara.start) : null;
      stack.length = 0;
      if (m && !m.single && m.kind !== 'close') {
        carry = { open: bottom.open, start: bottom.start, single: false, inner: [...(bottom.open < para.start ? inner : [])] };
      } else {
        emit(bottom, para.end, para.end, false);
      }
    }
  });
  return out;
}

function markAt(text: string, i: number): { kind: 'open' | 'close' | 'ambiguous'; single: boolean; len: number } | null {
  const c = text[i]!;
  if (DOUBLE_OPEN.has(c)) return { kind: 'open', single: false, len: 1 };
  if (DOUBLE_CLOSE.has(c)) return { kind: 'close', single: false, len: 1 };
  if (c === '"') return { kind: 'ambiguous', single: false, len: 1 };
  if (c === "'" && text[i + 1] === "'") return { kind: 'ambiguous', single: false, len: 2 };
  if (c === '`' && text[i + 1] === '`') return { kind: 'open', single: false, len: 2 };
  if (c === '‘' || c === '‹') return { kind: 'open', single: true, len: 1 };
  if (c === '’' || c === '›' || c === "'") return { kind: 'ambiguous', single: true, len: 1 };
  return null;
}

/** Words of the quote text without the continuation marks of later paragraphs. */
function quoteText(text: string, q: QuoteMarks): string {
  let out = '';
  let at = q.start;
  for (const m of q.inner) {
    if (m < at || m >= q.end) continue;
    out += text.slice(at, m);
    at = m + (text[m] === "'" && text[m + 1] === "'" ? 2 : 1);
  }
  return out + text.slice(at, q.end);
}

// ---- Token helpers over the document model. ----
class Tokens {
  readonly n: number;
  constructor(readonly doc: Doc) {
    this.n = tokenCount(doc);
  }
  t(i: number): string {
    return i >= 0 && i < this.n ? tokenText(this.doc, i) : '';
  }
  l(i: number): string {
    return i >= 0 && i < this.n ? (this.doc.lemmas[i] ?? '') : '';
  }
  pos(i: number): string {
    return i >= 0 && i < this.n ? tokenPos(this.doc, i) : 'X';
  }
  start(i: number): number {
    return this.doc.tokStart[i] ?? this.doc.text.length;
  }
  end(i: number): number {
    return this.doc.tokEnd[i] ?? this.doc.text.length;
  }
  /** First token starting at or after `offset`. */
  after(offset: number): number {
    let lo = 0;
    let hi = this.n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.doc.tokStart[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  /** Last token ending at or before `offset`. */
  before(offset: number): number {
    let lo = 0;
    let hi = this.n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.doc.tokEnd[mid]! <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }
  /** Length in tokens of a source-first cue phrase ("according to") starting at token i, or 0. */
  sourcePhrase(i: number): number {
    for (const words of LEX.sourcePhrases) if (words.every((w, j) => this.t(i + j).toLowerCase() === w)) return words.length;
    return 0;
  }
  /** POS with tagger slips on names repaired: a capitalised word inside a phrase ("Josh/VERB Earnest") is a proper noun. */
  npPos(i: number): string {
    const p = this.pos(i);
    if ((p === 'VERB' || p === 'NOUN' || p === 'ADJ') && /^\p{Lu}\p{Ll}/u.test(this.t(i)) && i > 0 && (this.pos(i - 1) === 'PROPN' || this.pos(i - 1) === 'NOUN' || this.pos(i + 1) === 'PROPN') && !LEX.speechVerbs.has(this.l(i))) return 'PROPN';
    return p;
  }
  isCue(i: number): boolean {
    const p = this.pos(i);
    if (p !== 'VERB' && p !== 'AUX' && p !== 'NOUN' && p !== 'ADJ') return false;
    if (p === 'NOUN' && !/(s|ed)$/.test(this.t(i))) return false;
    return LEX.speechVerbs.has(this.l(i)) || LEX.speechVerbs.has(this.t(i).toLowerCase());
  }
  isClauseCue(i: number): boolean {
    return (this.pos(i) === 'VERB' || this.pos(i) === 'AUX') && (LEX.clauseVerbs.has(this.l(i)) || LEX.clauseVerbs.has(this.t(i).toLowerCase()));
  }
  isQuoteMark(i: number): boolean {
    return /^(["“”‘’'«»]|'')$/.test(this.t(i));
  }
}

const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM', 'PART']);
const SUBJECT_PRON = /^(he|she|they|i|we|it|you)$/i;
const POSS_PRON = /^(his|her|their|its|my|our|your)$/i;
const SKIP_BEFORE_VERB = /^(also|later|then|again|further|once|previously|earlier|recently|has|have|had|would|will|did|does|do|was|is|were|are|had|not|n't|never|just|only|first|repeatedly|quickly|simply|flatly|reportedly|subsequently|separately|similarly|privately|publicly|directly|angrily|bluntly|told)$/i;

/** The subject phrase ending right before token `v` (skipping adverbs and auxiliaries), as a token range. */
function subjectBefore(T: Tokens, v: number, floor: number): [number, number] | null {
  let k = v - 1;
  while (k >= floor && ((SKIP_BEFORE_VERB.test(T.t(k)) && T.t(k) !== 'told') || T.pos(k) === 'ADV' || T.pos(k) === 'AUX' || T.t(k) === "n't")) k--;
  if (T.t(k) === ')') {
    // A parenthesis between subject and verb: "Gov. John Kasich (R-OH), said".
    while (k >= floor && T.t(k) !== '(') k--;
    k--;
  }
  if (T.t(k) === 'as' && T.t(k - 1) === 'quoted') {
    k -= 2;
    while (k >= floor && /^(is|was|were|are|been|being|has|have|had|also)$/i.test(T.t(k))) k--;
  }
  if (k < floor) return null;
  if (T.t(k) === ')') {
    while (k >= floor && T.t(k) !== '(') k--;
    k--;
  }
  if (T.t(k) === ',' && T.t(k - 1) === ')') {
    k--;
    while (k >= floor && T.t(k) !== '(') k--;
    k--;
  } else if (T.t(k) === ',') {
    // An appositive or relative clause between subject and verb: "Yuri Ushakov, Putin's aide, said".
    let c = k - 1;
    while (c >= floor && c > k - 25 && T.t(c) !== ',' && !T.isQuoteMark(c) && T.t(c) !== '.') c--;
    if (c < floor || T.t(c) !== ',') return null;
    // "Its chief executive, Ruben Aske, told": the name set off after a role phrase is the speaker, not the role.
    let named = c + 1 < k;
    for (let j = c + 1; j < k && named; j++) named = T.npPos(j) === 'PROPN' || (/^[.-]$/.test(T.t(j)) && j > c + 1);
    if (named && isRoleHead(T.t(c - 1)) && T.pos(c - 1) !== 'PROPN') return [c + 1, k];
    k = c - 1;
  }
  if (SUBJECT_PRON.test(T.t(k)) && T.pos(k) === 'PRON') return [k, k + 1];
  const end = k + 1;
  let hasHead = false;
  while (k >= floor && end - k <= 9) {
    const p = T.npPos(k);
    const w = T.t(k);
    if (p === 'PROPN' || p === 'NOUN' || p === 'NUM') hasHead = true;
    else if (w === 'of' && hasHead && T.npPos(k - 1) === 'PROPN' && T.npPos(k + 1) === 'PROPN') {
      /* "Secretary of State Madeleine Albright" */
    } else if (p === 'ADJ' || p === 'PART' || (p === 'PUNCT' && /^[-–.]$/.test(w) && k > floor)) {
      /* part of the phrase */
    } else if (p === 'DET' || (p === 'PRON' && POSS_PRON.test(w))) {
      k--;
      break;
    } else break;
    k--;
  }
  const start = k + 1;
  if (!hasHead || start >= end) return null;
  // The phrase ends in a noun (its head): "the governor", not "the governor's".
  const last = T.npPos(end - 1);
  if (last !== 'PROPN' && last !== 'NOUN' && last !== 'NUM') return null;
  return [start, end];
}

/** The speaker phrase starting at token `k` (after an inverted cue: `said Ayotte campaign manager Jon Kohan`). */
function subjectAfter(T: Tokens, k: number, ceiling: number): [number, number] | null {
  if (k >= ceiling) return null;
  if (T.pos(k) === 'PRON' && SUBJECT_PRON.test(T.t(k))) return [k, k + 1];
  const start = k;
  let lastHead = -1;
  while (k < ceiling && k - start < 12) {
    const p = T.npPos(k);
    const w = T.t(k);
    if (lastHead >= start && T.isCue(k) && p !== 'PROPN') break;
    if (lastHead >= start && (w === 'of' || w === 'and') && (T.pos(k + 1) === 'PROPN' || (w === 'and' && (T.pos(k + 1) === 'ADJ' || T.pos(k + 1) === 'NOUN')))) {
      k++;
      continue;
    }
    if (p === 'PROPN' || p === 'NOUN' || p === 'NUM') lastHead = k;
    else if (NP_POS.has(p) || (p === 'PRON' && POSS_PRON.test(w)) || (p === 'PUNCT' && /^[-–]$/.test(w))) {
      /* inside */
    } else break;
    k++;
  }
  return lastHead >= start ? [start, lastHead + 1] : null;
}

interface Cue {
  cue: number;
  cueEnd: number;
  speaker: [number, number] | null;
}

/** `“…,” he said` / `“…,” said X` / `“…,” according to X`: the cue right after a closing mark. */
function cueAfter(T: Tokens, close: number, paraEnd: number): Cue | null {
  let k = T.after(close);
  const limit = T.after(paraEnd);
  // A quote that ended its sentence (“…peace.” The aide suggested…) is not attributed by the next sentence.
  const text = T.doc.text;
  let m = close - 1;
  while (m > 0 && /["”’'»]/.test(text[m]!)) m--;
  if (text[m] === '.' && /^\p{Lu}/u.test(T.t(k))) return null;
  if (T.t(k) === '.') return null;
  while (k < limit && /^[,;—–-]$/.test(T.t(k))) k++;
  if (k >= limit) return null;
  const phrase = T.sourcePhrase(k);
  if (phrase) return { cue: k, cueEnd: k + phrase, speaker: subjectAfter(T, k + phrase, limit) };
  // Inverted: said X
  let v = k;
  while (v < limit && /^(also|later|then|again)$/i.test(T.t(v))) v++;
  if (T.isCue(v) && T.pos(v) !== 'NOUN') {
    const sp = subjectAfter(T, v + 1, limit);
    return { cue: v, cueEnd: v + 1, speaker: sp };
  }
  // Subject first: X said
  const sp = subjectAfter(T, k, limit);
  if (sp) {
    let w = sp[1];
    // Skip an appositive after the subject ("Mr Dmitriev, the envoy, said")
    if (T.t(w) === ',' || T.t(w) === '(') {
      // Appositives, ages and parentheses before the verb: "Cecelia Purner, 67, a retired teacher in Allentown, Pa., said".
      for (let c = w + 1; c < limit && c < w + 35; c++) {
        if (T.t(c) === '.' || T.isQuoteMark(c)) break;
        if ((T.t(c) === ',' || T.t(c) === ')') && T.isCue(c + 1) && T.pos(c + 1) !== 'NOUN') {
          w = c + 1;
          break;
        }
      }
    }
    while (w < limit && SKIP_BEFORE_VERB.test(T.t(w)) && !T.isCue(w)) w++;
    if (T.isCue(w)) return { cue: w, cueEnd: w + 1, speaker: sp };
  }
  return null;
}

/**
 * The cue before an opening mark. `adjacent` when only the cue's object stands between ("X told Y, '…'", "X said: “…”");
 * otherwise the quote sits inside reported speech whose cue came earlier in the sentence.
 */
function cueBefore(T: Tokens, open: number, sentFloor: number): (Cue & { adjacent: boolean }) | null {
  let k = T.before(open);
  if (k < sentFloor) return null;
  let punct = false;
  if (/^[,:—–]$/.test(T.t(k))) {
    punct = true;
    k--;
  }
  // according to X, “…”
  for (let j = k; j >= sentFloor && j > k - 10; j--) {
    const phrase = T.sourcePhrase(j);
    if (phrase) {
      const sp = subjectAfter(T, j + phrase, k + 1);
      if (sp && sp[1] === k + 1 && punct) return { cue: j, cueEnd: j + phrase, speaker: sp, adjacent: true };
    }
    if (T.isQuoteMark(j) || T.t(j) === '.') break;
  }
  let adjacent = true;
  let objectWords = 0;
  for (let j = k; j >= sentFloor; j--) {
    const w = T.t(j);
    if (T.isQuoteMark(j)) return null;
    if (T.isCue(j) && T.pos(j) !== 'NOUN') {
      const v = j;
      const participle = /ing$/.test(T.t(v)) && (T.t(v - 1) === ',' || T.t(v - 1) === '—');
      let sp = participle ? clauseSubject(T, sentFloor, v - 1) : subjectBefore(T, v, sentFloor);
      // A phrase right after a verb or preposition is its object ("issued a statement Tuesday saying"), not the speaker.
      if (sp && sp[0] > sentFloor && (T.pos(sp[0] - 1) === 'VERB' || T.pos(sp[0] - 1) === 'ADP')) sp = clauseSubject(T, sentFloor, sp[0]) ?? sp;
      if (!sp) sp = clauseSubject(T, sentFloor, v);
      if (!sp) {
        if (adjacent) return { cue: v, cueEnd: v + 1, speaker: null, adjacent };
        continue;
      }
      if (!punct && objectWords > 0 && T.t(k) !== 'that') adjacent = false;
      if (objectWords > 8) adjacent = false;
      return { cue: v, cueEnd: v + 1, speaker: sp, adjacent };
    }
    if (T.pos(j) === 'VERB' || w === 'that' || w === ';') adjacent = false;
    objectWords++;
  }
  return null;
}

/**
 * The subject of the nearest finite clause before token `ceiling`: who a participle cue ("…, telling reporters") or a
 * colon ("X weighed in: “…”") hangs on.
 */
function clauseSubject(T: Tokens, floor: number, ceiling: number): [number, number] | null {
  for (let k = ceiling - 1; k >= floor; k--) {
    if (T.isQuoteMark(k)) return null;
    if (T.pos(k) === 'VERB' || T.pos(k) === 'AUX') {
      const sp = subjectBefore(T, k, floor);
      // A subject opens its clause: sentence start, a comma, a conjunction ("when protesters interrupted").
      if (sp && (sp[0] <= floor || /^[,;:—–(]$/.test(T.t(sp[0] - 1)) || T.pos(sp[0] - 1) === 'CCONJ' || T.pos(sp[0] - 1) === 'SCONJ' || T.isQuoteMark(sp[0] - 1)))
        return sp;
    }
  }
  return null;
}

const wordCount = (s: string): number => (s.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []).length;

/**
 * Find the attributions of one article: direct quotes (with their cue and speaker phrase, continuation quotes sharing
 * their relation), block quotes after "said:", and reported speech ("X said that …", "…, X said", "according to X, …").
 * @param doc the article's document model (`buildDoc(article.text, article.paragraphs)`)
 * @param paragraphs the article's paragraph spans
 * @example extractQuotes(buildDoc('“Fine,” he said.'), [{start: 0, end: 16}])[0].text === 'Fine,'
 */
export function extractQuotes(doc: Doc, paragraphs: Span[]): RawAttribution[] {
  const text = doc.text;
  const T = new Tokens(doc);
  const marks = findQuoteMarks(text, paragraphs);
  const out: RawAttribution[] = [];
  let relation = 0;
  const paraOf = (offset: number): number => {
    let lo = 0;
    let hi = paragraphs.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (offset < paragraphs[mid]!.start) hi = mid - 1;
      else if (offset >= paragraphs[mid]!.end) lo = mid + 1;
      else return mid;
    }
    return Math.max(0, lo - 1);
  };
  const sentFloorAt = (offset: number): number => {
    const s = sentenceAt(doc, offset);
    if (s >= 0) return sentenceTokens(doc, s)[0];
    const p = paragraphs[paraOf(offset)];
    return T.after(p?.start ?? 0);
  };
  const spanOf = (r: [number, number] | null): Span | null => (r ? { start: T.start(r[0]), end: T.end(r[1] - 1) } : null);
  const build = (q: Span & { text: string }, cue: Cue | null, direct: boolean, partial: boolean, block: boolean, rel: number): RawAttribution => ({
    start: q.start,
    end: q.end,
    text: q.text,
    direct,
    partial,
    block,
    cue: cue ? text.slice(T.start(cue.cue), T.end(cue.cueEnd - 1)) : null,
    cueSpan: cue ? { start: T.start(cue.cue), end: T.end(cue.cueEnd - 1) } : null,
    speakerSpan: spanOf(cue?.speaker ?? null),
    speakerText: cue?.speaker ? text.slice(T.start(cue.speaker[0]), T.end(cue.speaker[1] - 1)) : null,
    relation: rel,
  });

  let last: { attr: RawAttribution; para: number; cue: Cue | null } | null = null;
  const usedCues = new Set<number>();
  for (const q of marks) {
    const qText = quoteText(text, q);
    const paraFirst = paraOf(q.open);
    const paraLast = paraOf(Math.max(q.open, q.end - 1));
    const para = paragraphs[paraLast]!;
    const atParaStart = q.open === paragraphs[paraFirst]!.start;
    const floor = sentFloorAt(q.open);
    const paraFloor = T.after(paragraphs[paraFirst]!.start);
    let cue: Cue | null = null;
    let partial = false;
    let side: 'before' | 'after' | 'other' = 'other';
    const before = cueBefore(T, q.open, Math.max(paraFloor, floor));
    if (before?.adjacent) {
      cue = before;
      side = 'before';
    }
    if (!cue && q.closed) {
      cue = cueAfter(T, q.close, para.end);
      if (cue) side = 'after';
    }
    if (!cue && T.t(T.before(q.open)) === ':') {
      // "Republican pollster Daron Shaw: “…”", "Cruz called them on it: “…”": the clause before the colon names the speaker.
      const k = T.before(q.open);
      const f = Math.max(paraFloor, floor);
      const sp = T.pos(k - 1) === 'PROPN' ? subjectBefore(T, k, f) : (clauseSubject(T, f, k) ?? subjectBefore(T, k, f));
      if (sp) cue = { cue: k, cueEnd: k + 1, speaker: sp };
    }
    if (!cue && atParaStart && paraFirst > 0) {
      // "X said:" closing the previous paragraph introduces this one.
      const prev = paragraphs[paraFirst - 1]!;
      if (/:\s*$/.test(text.slice(prev.start, prev.end))) {
        const pf = sentFloorAt(prev.end - 1);
        const c = cueBefore(T, prev.end, pf);
        if (c && c.speaker) cue = c;
        else {
          const k = T.before(prev.end);
          const sp = clauseSubject(T, pf, k);
          if (sp) cue = { cue: k, cueEnd: k + 1, speaker: sp };
        }
      }
    }
    if (!cue && before && before.speaker) {
      cue = before;
      partial = true;
    }
    // A quote woven into a sentence ("Obama said “it gets me mad” every time…", "…a “burn bag,” the Times reported"):
    // the attribution is the whole clause; the quoted words are a partial quote inside it.
    let mixed: Span | null = null;
    if (cue && !partial && side !== 'other') {
      const sOpen = sentenceAt(doc, q.open);
      const sClose = sentenceAt(doc, Math.max(q.open, q.close - 1));
      if (side === 'after' && sOpen >= 0) {
        const [a] = sentenceTokens(doc, sOpen);
        let w = 0;
        for (let k = a; k < T.n && T.start(k) < q.open; k++) if (/[\p{L}\p{N}]/u.test(T.t(k))) w++;
        if (w >= 3) mixed = { start: doc.sentStart[sOpen]!, end: q.close };
      } else if (side === 'before' && sClose >= 0 && q.closed) {
        const [, b] = sentenceTokens(doc, sClose);
        let w = 0;
        let first = -1;
        for (let k = T.after(q.close); k < b; k++) {
          if (!/[\p{L}\p{N}]/u.test(T.t(k))) continue;
          if (first < 0) first = k;
          w++;
        }
        if (w >= 3 && first >= 0 && !T.isCue(first) && !cueAfter(T, q.close, para.end)) {
          let e = doc.sentEnd[sClose]!;
          while (e > q.close && /[.!?\s]/.test(text[e - 1]!)) e--;
          mixed = { start: q.open, end: e };
        }
      }
    }
    if (mixed) partial = true;
    const words = wordCount(qText);
    let rel: number;
    if (cue) {
      // `“A,” he said. “B.”` — a quote right after an attributed one, with the same cue, is the same relation.
      rel = last && last.cue && last.cue.cue === cue.cue ? last.attr.relation : ++relation;
    } else if (last && !last.attr.partial && (last.para === paraFirst || last.para === paraFirst - 1) && !q.single && words >= 3) {
      // A further quote of the same speaker: no cue of its own, right after an attributed quote.
      cue = last.cue;
      rel = last.attr.relation;
    } else {
      // Scare quotes and titles ("the “Gang of Eight”") are not attributions; a long free-standing quote is.
      if (words < 6 || q.single || !/[.!?…,]["'”’]?$/.test(qText.trim())) continue;
      rel = ++relation;
    }
    if (cue && words <= 2 && partial) continue;
    if (q.single && !cue) continue;
    const attr = build({ start: q.start, end: q.end, text: qText }, cue, true, partial, false, rel);
    out.push(attr);
    if (cue && (!partial || mixed)) usedCues.add(cue.cue);
    if (mixed) out.push(build({ ...mixed, text: text.slice(mixed.start, mixed.end) }, cue, false, false, false, ++relation));
    if (!partial) last = { attr, para: paraLast, cue };
  }

  // Block quotes: a paragraph ending "said:" / "during the call:" followed by a paragraph without quote marks.
  paragraphs.forEach((p, k) => {
    const body = text.slice(p.start, p.end);
    const next = paragraphs[k + 1];
    if (!next || !/:\s*$/.test(body)) return;
    const nextBody = text.slice(next.start, next.end);
    if (/^["“‘'«]/.test(nextBody) || marks.some((m) => m.open >= next.start && m.open < next.end)) return;
    const floor = sentFloorAt(p.end - 1);
    let cue = cueBefore(T, p.end, floor);
    if (!cue) {
      const tail = body.toLowerCase();
      if (!LEX.blockIntros.some((b) => tail.replace(/:\s*$/, '').endsWith(b))) return;
      // "During the call:" names no speaker: the subject of the paragraph's last speech verb, if any.
      for (let j = T.before(p.end); j >= T.after(p.start); j--) {
        if (T.isCue(j)) {
          const sp = subjectBefore(T, j, T.after(p.start));
          if (sp) cue = { cue: j, cueEnd: j + 1, speaker: sp, adjacent: true };
          break;
        }
      }
      if (!cue) cue = { cue: T.before(p.end - 1), cueEnd: T.before(p.end - 1) + 1, speaker: null, adjacent: true };
    }
    if (wordCount(nextBody) < 3) return;
    out.push(build({ start: next.start, end: next.end, text: nextBody }, cue, true, false, true, ++relation));
  });

  // Reported speech, sentence by sentence.
  for (let s = 0; s < doc.sentStart.length; s++) {
    const [a, b] = sentenceTokens(doc, s);
    let end = b;
    while (end > a && T.pos(end - 1) === 'PUNCT' && !T.isQuoteMark(end - 1)) end--;
    if (end - a < 5) continue;
    const inQuote = (i: number): boolean => marks.some((m) => T.start(i) >= m.open && T.start(i) < m.close);
    const sStart = T.start(a);
    const sEnd = T.end(end - 1);
    let found: { content: Span; cue: Cue } | null = null;
    // according to X, CLAUSE  |  CLAUSE, according to X
    for (let i = a; i < end - 1 && !found; i++) {
      const phrase = T.sourcePhrase(i);
      if (!phrase || inQuote(i) || usedCues.has(i)) continue;
      const sp = subjectAfter(T, i + phrase, end);
      if (!sp) continue;
      const cue: Cue = { cue: i, cueEnd: i + phrase, speaker: sp };
      if (i === a && T.t(sp[1]) === ',' && end - sp[1] > 4) found = { content: { start: T.start(sp[1] + 1), end: sEnd }, cue };
      else if (i > a + 3 && T.t(i - 1) === ',') found = { content: { start: sStart, end: T.end(i - 2) }, cue };
    }
    for (let i = a; i < end && !found; i++) {
      if (!T.isClauseCue(i) || inQuote(i) || usedCues.has(i)) continue;
      // CLAUSE, X said (…) — the cue near the sentence end.
      if (i > a + 3) {
        const sp = subjectBefore(T, i, a);
        const comma = sp ? sp[0] - 1 : i - 1;
        if (T.t(comma) === ',' && end - i <= 9 && comma - a >= 4) {
          found = { content: { start: sStart, end: T.end(comma - 1) }, cue: { cue: i, cueEnd: i + 1, speaker: sp ?? subjectAfter(T, i + 1, end) } };
          break;
        }
        if (T.t(i - 1) === ',' && end - i <= 12 && i - 1 - a >= 4) {
          const sp2 = subjectAfter(T, i + 1, end);
          // Inverted only when the phrase after the cue ends the clause: in "X, the fire chief, said his teams had
          // rescued…" the phrase after "said" is the subject of the reported clause, and the content has no verb.
          let clauseVerb = false;
          for (let j = a; j < i - 1; j++) if ((T.pos(j) === 'VERB' || T.pos(j) === 'AUX') && !inQuote(j)) clauseVerb = true;
          const runsOn = sp2 !== null && sp2[1] < end && (T.pos(sp2[1]) === 'VERB' || T.pos(sp2[1]) === 'AUX');
          if (sp2 && clauseVerb && !runsOn) {
            found = { content: { start: sStart, end: T.end(i - 2) }, cue: { cue: i, cueEnd: i + 1, speaker: sp2 } };
            break;
          }
        }
      }
      // X said (that) CLAUSE
      const participle = /ing$/.test(T.t(i)) && /^[,—]$/.test(T.t(i - 1));
      let sp = participle ? clauseSubject(T, a, i - 1) : subjectBefore(T, i, a);
      if (sp && sp[0] > a && T.pos(sp[0] - 1) === 'VERB') sp = clauseSubject(T, a, sp[0]) ?? sp;
      if (!sp) continue;
      let c = i + 1;
      if (LEX.speechObjects.has(T.t(c).toLowerCase()) || /^(him|her|them|me|us)$/i.test(T.t(c))) c++;
      else if (T.l(i) === 'tell') {
        const o = subjectAfter(T, c, end);
        if (o) c = o[1];
      }
      while (c < end && /^(on|in|at|last|this|earlier|later)$/i.test(T.t(c)) && c < i + 8) {
        // a time or place adjunct before the clause: "said on Wednesday that"
        let d = c + 1;
        while (d < end && d < c + 5 && T.t(d) !== 'that' && T.pos(d) !== 'VERB' && T.pos(d) !== 'PRON') d++;
        if (T.t(d) !== 'that') break;
        c = d;
      }
      if (T.t(c) === ',' || T.t(c) === ':') c++;
      if (end - c < 4) continue;
      let hasVerb = false;
      for (let j = c; j < end; j++) if (T.pos(j) === 'VERB' || T.pos(j) === 'AUX') hasVerb = true;
      if (!hasVerb || T.isQuoteMark(c)) continue;
      found = { content: { start: T.start(c), end: sEnd }, cue: { cue: i, cueEnd: i + 1, speaker: sp } };
    }
    if (!found) continue;
    const { content, cue } = found;
    if (content.end - content.start < 12) continue;
    // Reported speech that is all one direct quote was found above.
    const covered = out.filter((o) => !o.partial && o.start < content.end && o.end > content.start).reduce((n, o) => n + Math.min(o.end, content.end) - Math.max(o.start, content.start), 0);
    if (covered > 0.5 * (content.end - content.start)) continue;
    const rel = ++relation;
    const attr = build({ start: content.start, end: content.end, text: text.slice(content.start, content.end) }, cue, false, false, false, rel);
    out.push(attr);
    // Quoted fragments inside this reported speech are partial quotes of the same speaker.
    for (const o of out) {
      if (o.direct && o.start >= content.start && o.end <= content.end + 2) {
        o.partial = true;
        if (!o.speakerSpan) {
          o.speakerSpan = attr.speakerSpan;
          o.speakerText = attr.speakerText;
          o.cue = attr.cue;
          o.cueSpan = attr.cueSpan;
        }
      }
    }
  }
  return out.sort((x, y) => x.start - y.start);
}
