// Cuts an article's text at every span boundary so each piece can be marked as text (no HTML is ever built from it).

export interface KeyedSpan {
  start: number;
  end: number;
  key: string;
}

export interface Segment {
  start: number;
  end: number;
  /** Keys of the spans covering the whole segment, in the order the spans were given. */
  keys: string[];
}

/** Segments covering [0, length): one per stretch with the same covering spans. Extra `cuts` split without a key. */
export function segment(length: number, spans: readonly KeyedSpan[], cuts: readonly number[] = []): Segment[] {
  const bounds = new Set<number>([0, length]);
  const inRange = (n: number): number => Math.max(0, Math.min(length, n));
  for (const span of spans) {
    bounds.add(inRange(span.start));
    bounds.add(inRange(span.end));
  }
  for (const cut of cuts) bounds.add(inRange(cut));
  const sorted = [...bounds].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const start = sorted[i]!;
    const end = sorted[i + 1]!;
    const keys = spans.filter((span) => span.start <= start && span.end >= end).map((span) => span.key);
    segments.push({ start, end, keys });
  }
  return segments;
}
