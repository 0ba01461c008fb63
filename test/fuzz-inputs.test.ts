// The fuzz harness's inputs (fuzz/inputs.ts): repeatable from a seed, and covering every kind of hostile input.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fuzzInputs, seeds } from '../fuzz/inputs.js';

const examples = seeds(join(import.meta.dirname, '..', 'examples', 'corpus'));
const run = (seed: number, count = 300) => [...fuzzInputs(examples, count, seed, 50)];

describe('fuzz inputs', () => {
  it('are the same for the same seed and differ for another', () => {
    const a = run(7);
    const b = run(7);
    expect(a.map((x) => [x.name, Buffer.from(x.bytes).toString('base64')])).toEqual(b.map((x) => [x.name, Buffer.from(x.bytes).toString('base64')]));
    expect(run(8).map((x) => x.name)).not.toEqual(a.map((x) => x.name));
  });
  it('cover mutated examples and every synthetic pathology', () => {
    const kinds = new Set(run(1, 600).map((x) => x.kind.split(':')[0]));
    for (const k of ['mutated', 'deep-nesting', 'huge-line', 'long-sentence', 'binary', 'utf16-mislabelled', 'malformed-feed', 'malformed-opml', 'malformed-jsonl', 'quote-run', 'zero-width-rtl', 'empty'])
      expect(kinds, k).toContain(k);
  });
});
