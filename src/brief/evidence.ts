// Small readers over evidence spans shared by the brief and the timeline: which claim covers a span, how the slant stage
// read the sentences under it, and span text.
import type { Article, Claim, SentenceSlant, Slant, SourceRef, Span } from '../core/types.js';

export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** Two source spans of one article that overlap. */
export const refsOverlap = (a: SourceRef, b: SourceRef): boolean => a.article === b.article && overlaps(a, b);

/** Text a source reference points at, or '' when the article is unknown. */
export function refText(byId: ReadonlyMap<string, Article>, ref: SourceRef): string {
  return byId.get(ref.article)?.text.slice(ref.start, ref.end) ?? '';
}

/** Per article, the claim source spans sorted by start, to find the claim a sentence belongs to. */
export class ClaimIndex {
  private readonly byArticle = new Map<string, Array<{ span: Span; claim: Claim }>>();

  constructor(claims: readonly Claim[]) {
    for (const claim of claims) {
      for (const ref of claim.sources) {
        const list = this.byArticle.get(ref.article) ?? [];
        list.push({ span: ref, claim });
        this.byArticle.set(ref.article, list);
      }
    }
    for (const list of this.byArticle.values()) list.sort((x, y) => x.span.start - y.span.start);
  }

  /** Claims with a source span overlapping `span` in `article`, best-overlapping first. */
  claimsAt(article: string, span: Span): Claim[] {
    const list = this.byArticle.get(article) ?? [];
    const hits = list.filter((entry) => overlaps(entry.span, span));
    const overlap = (s: Span): number => Math.min(s.end, span.end) - Math.max(s.start, span.start);
    return hits.sort((x, y) => overlap(y.span) - overlap(x.span)).map((entry) => entry.claim);
  }
}

/** Per article, the slant stage's sentence readings (subjectivity, opinion), to look them up by span. */
export class SlantIndex {
  private readonly byArticle = new Map<string, readonly SentenceSlant[]>();
  private readonly loaded = new Map<string, readonly Span[]>();

  constructor(slant: readonly Slant[]) {
    for (const s of slant) {
      this.byArticle.set(s.article, [...s.sentences].sort((x, y) => x.start - y.start));
      this.loaded.set(s.article, s.loaded.filter((m) => m.category.startsWith('loaded')));
    }
  }

  /** Does `span` of `article` hold one of the outlet's own loaded words ("slammed", "bombshell"), by the slant stage? */
  loadedWithin(article: string, span: Span): boolean {
    return (this.loaded.get(article) ?? []).some((m) => m.start >= span.start && m.end <= span.end);
  }

  /** The slant sentences of `article` that overlap `span`, in order; none when the slant stage did not read the article. */
  sentencesAt(article: string, span: Span): SentenceSlant[] {
    return (this.byArticle.get(article) ?? []).filter((s) => overlaps(s, span));
  }
}

/** Distinct article ids of a list of references, in first-seen order. */
export function articlesOf(refs: readonly SourceRef[]): string[] {
  return [...new Set(refs.map((r) => r.article))];
}
