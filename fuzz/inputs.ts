// Hostile inputs for the fuzz harness (issue #11 item 6): mutations of the bundled examples and synthetic pathologies,
// each a file name (whose extension picks the reader, as a user's would) and its bytes. Seeded, so a run can be repeated.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rng } from '../src/core/util/random.js';

/** One generated input: `name` carries the extension the reader goes by. */
export interface FuzzInput {
  kind: string;
  name: string;
  bytes: Uint8Array;
}


const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const pick = <T>(rand: () => number, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const int = (rand: () => number, lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));

/** The bundled example articles, as seeds for mutation. */
export function seeds(dir: string): Array<{ name: string; bytes: Uint8Array }> {
  return readdirSync(dir)
    .filter((f) => !f.startsWith('.'))
    .sort()
    .map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(join(dir, f))) }));
}

/** Byte-level mutations of a seed: truncate, delete, duplicate, insert random bytes, flip bytes, splice another seed. */
function mutate(rand: () => number, bytes: Uint8Array, other: Uint8Array): { how: string; bytes: Uint8Array } {
  const at = int(rand, 0, bytes.length);
  const len = int(rand, 1, Math.max(1, Math.floor(bytes.length / 4)));
  const cat = (...parts: Uint8Array[]): Uint8Array => {
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let o = 0;
    for (const p of parts) out.set(p, (o += p.length) - p.length);
    return out;
  };
  const noise = (n: number): Uint8Array => Uint8Array.from({ length: n }, () => int(rand, 0, 255));
  switch (int(rand, 0, 5)) {
    case 0:
      return { how: 'truncated', bytes: bytes.slice(0, at) };
    case 1:
      return { how: 'span-deleted', bytes: cat(bytes.slice(0, at), bytes.slice(at + len)) };
    case 2:
      return { how: 'span-repeated', bytes: cat(bytes.slice(0, at + len), ...Array.from({ length: int(rand, 2, 50) }, () => bytes.slice(at, at + len)), bytes.slice(at + len)) };
    case 3:
      return { how: 'random-bytes', bytes: cat(bytes.slice(0, at), noise(int(rand, 1, 4096)), bytes.slice(at)) };
    case 4: {
      const out = bytes.slice();
      for (let k = 0; k < int(rand, 1, 200) && out.length; k++) out[int(rand, 0, out.length - 1)] = int(rand, 0, 255);
      return { how: 'bytes-flipped', bytes: out };
    }
    default:
      return { how: 'spliced', bytes: cat(bytes.slice(0, at), other.slice(int(rand, 0, other.length))) };
  }
}

const words = (rand: () => number, n: number): string =>
  Array.from({ length: n }, () => pick(rand, ['the', 'council', 'said', 'Varn', 'flood', 'on', 'Tuesday', '3,000', 'and', 'Mr.', 'U.S.'])).join(' ');

/** Synthetic pathologies, one per call; `size` scales the large ones. */
function synthetic(rand: () => number, size: number): { kind: string; ext: string; text: string | Uint8Array } {
  const depth = int(rand, 1_000, 10 * size);
  const gens: Array<() => { kind: string; ext: string; text: string | Uint8Array }> = [
    () => ({ kind: 'deep-nesting', ext: 'html', text: `<html><body>${'<div>'.repeat(depth)}<p>${words(rand, 40)}.</p>${'</div>'.repeat(depth)}` }),
    () => ({ kind: 'unclosed-nesting', ext: 'html', text: `<p>${'<span><b><i>'.repeat(depth)}${words(rand, 30)}` }),
    () => ({ kind: 'huge-line', ext: 'txt', text: words(rand, 20 * size) }),
    () => ({ kind: 'long-sentence', ext: 'txt', text: `Headline\n\n${words(rand, 2 * size)}.` }),
    () => ({ kind: 'binary', ext: pick(rand, ['txt', 'html', 'md']), text: Uint8Array.from({ length: int(rand, 1, 64 * size) }, () => int(rand, 0, 255)) }),
    () => ({ kind: 'utf16-mislabelled', ext: 'html', text: new Uint8Array(Buffer.from(`<meta charset="utf-8"><p>${words(rand, 50)}.</p>`, 'utf16le')) }),
    () => ({ kind: 'charset-lie', ext: 'html', text: `<meta charset="${pick(rand, ['utf-16', 'x-user-defined', 'shift_jis', 'bogus'])}"><p>${words(rand, 50)}. Café.</p>` }),
    () => ({ kind: 'quote-run', ext: 'txt', text: `${words(rand, 5)} ${pick(rand, ['"', '“', '”', "'", '«']).repeat(int(rand, 100, 20 * size))} ${words(rand, 5)}.` }),
    () => ({ kind: 'dash-run', ext: 'txt', text: `${words(rand, 5)} ${pick(rand, ['-', '—', '–']).repeat(int(rand, 100, 20 * size))} said Varn.` }),
    () => ({ kind: 'caps-run', ext: 'txt', text: `${Array.from({ length: int(rand, 100, 5 * size) }, () => pick(rand, ['Mr.', 'Sen.', 'Varn', 'U.S.', 'Kelby', 'Jr.'])).join(' ')} said.` }),
    () => ({ kind: 'zero-width-rtl', ext: 'txt', text: `${words(rand, 60).replace(/ /g, () => pick(rand, [' \u200b', '\u200d ', ' \u202e', '\u2067 ', ' \ufeff', ' ']))}.` }),
    () => ({ kind: 'empty', ext: pick(rand, ['txt', 'html', 'md', 'jsonl', 'rss']), text: pick(rand, ['', ' ', '\n\n\n', '\u0000']) }),
    () => ({ kind: 'malformed-feed', ext: 'rss', text: `<rss><channel><item><title>${words(rand, 5)}</title><description><![CDATA[<p>${words(rand, 40)}` }),
    () => ({ kind: 'malformed-atom', ext: 'atom', text: `<feed xmlns="http://www.w3.org/2005/Atom"><entry><content type="html">&lt;p&gt;${words(rand, 40)}</entry>` }),
    () => ({ kind: 'malformed-opml', ext: 'opml', text: `<opml><body>${'<outline xmlUrl="http://127.0.0.1:9/feed">'.repeat(int(rand, 1, 50))}` }),
    () => ({ kind: 'malformed-jsonl', ext: 'jsonl', text: [`{"text": "${words(rand, 30)}."}`, '{"html": "<p>', '[1,2', `{"title": 3, "text": ${int(rand, 0, 9)}}`, 'null'].join('\n') }),
    () => ({ kind: 'markdown-link-flood', ext: 'md', text: `# T\n\n${'[a](http://x.invalid/) '.repeat(int(rand, 100, 20 * size))}` }),
  ];
  return pick(rand, gens)();
}

/**
 * `count` inputs from `seed`: about half mutated examples, half synthetic pathologies.
 * @param size scales the large synthetic inputs (1 000 → lines of about 100 KB)
 */
export function* fuzzInputs(seedFiles: ReadonlyArray<{ name: string; bytes: Uint8Array }>, count: number, seed: number, size: number): Generator<FuzzInput> {
  const rand = rng(seed);
  for (let i = 0; i < count; i++) {
    if (rand() < 0.5 && seedFiles.length) {
      const base = pick(rand, seedFiles);
      const m = mutate(rand, base.bytes, pick(rand, seedFiles).bytes);
      yield { kind: `mutated:${m.how}`, name: `${i}-${base.name}`, bytes: m.bytes };
    } else {
      const s = synthetic(rand, size);
      yield { kind: s.kind, name: `${i}-${s.kind}.${s.ext}`, bytes: typeof s.text === 'string' ? utf8(s.text) : s.text };
    }
  }
}
