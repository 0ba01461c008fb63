// The clusterer's public shapes: the article it reads, the assignment it answers, the story it lists.

/** One article as the clusterer reads it. */
export interface ClusterArticle {
  id: string;
  title?: string | null;
  text: string;
  /**
   * Publication time: ISO 8601 text or epoch milliseconds. Absent (or unreadable), the date the text states in its
   * first lines is used; with neither, the article is not decayed against anything.
   */
  published?: string | number | null;
}

/** An article whose story changed after it was assigned (by a merge or a split). */
export interface Move {
  id: string;
  story: string;
  from: string;
}

/** The answer to one `add`. */
export interface Assignment {
  id: string;
  story: string;
  /** The earlier article this one nearly copies (estimated Jaccard of word shingles ≥ settings.duplicateJaccard). */
  duplicateOf?: string;
  /** Earlier articles moved to another story by what this article showed (merges and splits), in article order. */
  moved: Move[];
}

/** A story as listed. */
export interface StorySummary {
  story: string;
  size: number;
  /** Article ids in arrival order. */
  members: string[];
  /** Earliest and latest publication time of a dated member (ms), null when none is dated. */
  first: number | null;
  last: number | null;
}
