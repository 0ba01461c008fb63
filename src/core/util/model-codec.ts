// The one codec for shipped model files: readable JSON for what a review should see, base64 byte tables for the rest.

/** Name of the table encodings below, stored in each model file so a reader can refuse a file it cannot decode. */
export const TABLE_CODEC = 'uint8-scaled-base64 + leb128-int8-sparse-base64';

/** A dense table quantised to one unsigned byte per entry: value = byte / scale. */
export interface ByteTable {
  b64: string;
  scale: number;
}

/** A sparse table: keys with a non-zero weight, delta-coded as unsigned LEB128 varints, then one signed byte per key (weight = byte / scale). */
export interface SparseTable {
  keys: string;
  weights: string;
  scale: number;
  buckets: number;
}

/** Quantise a non-negative table to bytes with the scale that maps its maximum to 255. */
export function encodeTable(t: Float32Array): ByteTable {
  let max = 0;
  for (const v of t) max = Math.max(max, v);
  const scale = max > 0 ? 255 / max : 1;
  const bytes = Uint8Array.from(t, (v) => Math.max(0, Math.min(255, Math.round(v * scale))));
  return { b64: Buffer.from(bytes).toString('base64'), scale };
}

/** Decode a base64 Uint8 table into floats. */
export function decodeTable(b64: string, scale: number): Float32Array {
  const bytes = Buffer.from(b64, 'base64');
  return Float32Array.from(bytes, (x) => x / scale);
}

/** Encode a mostly-zero table: non-zero keys delta-coded as LEB128 varints, weights as signed bytes. */
export function encodeSparse(t: Float32Array): SparseTable {
  let max = 0;
  for (const v of t) max = Math.max(max, Math.abs(v));
  const scale = max > 0 ? 127 / max : 1;
  const keys: number[] = [];
  const weights: number[] = [];
  let last = 0;
  t.forEach((v, k) => {
    const q = Math.max(-127, Math.min(127, Math.round(v * scale)));
    if (!q) return;
    let delta = k - last;
    last = k;
    do {
      const byte = delta & 0x7f;
      delta = Math.floor(delta / 128);
      keys.push(delta ? byte | 0x80 : byte);
    } while (delta);
    weights.push(q);
  });
  return {
    keys: Buffer.from(Uint8Array.from(keys)).toString('base64'),
    weights: Buffer.from(Int8Array.from(weights).buffer).toString('base64'),
    scale,
    buckets: t.length,
  };
}

/** The keys of a sparse table, in ascending order. */
export function sparseKeys(keysB64: string): number[] {
  const bytes = Buffer.from(keysB64, 'base64');
  const out: number[] = [];
  let key = 0;
  for (let i = 0; i < bytes.length; ) {
    let delta = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = bytes[i++]!;
      delta += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    key += delta;
    out.push(key);
  }
  return out;
}

/** Decode a sparse table into a dense one of `buckets` entries. */
export function decodeSparse(t: SparseTable): Float32Array {
  const out = new Float32Array(t.buckets);
  const weights = new Int8Array(Buffer.from(t.weights, 'base64'));
  sparseKeys(t.keys).forEach((key, n) => {
    out[key] = weights[n]! / t.scale;
  });
  return out;
}

const isLeaf = (v: unknown): boolean => v === null || typeof v !== 'object';

/**
 * JSON laid out for review: an object or array of plain values that fits on a short line stays on one line (one
 * feature's mean, std and weight), anything larger gets one entry per line, so a refit shows as a line diff.
 * @example formatModelJson({ a: [1, 2], b: { x: 1 } })
 */
export function formatModelJson(value: unknown, indent = ''): string {
  if (isLeaf(value)) return JSON.stringify(value);
  const inner = `${indent}  `;
  const entries: Array<[string | null, unknown]> = Array.isArray(value)
    ? value.map((v) => [null, v])
    : Object.entries(value as Record<string, unknown>);
  const open = Array.isArray(value) ? '[' : '{';
  const close = Array.isArray(value) ? ']' : '}';
  const item = ([k, v]: [string | null, unknown], pad: string): string => `${k === null ? '' : `${JSON.stringify(k)}: `}${formatModelJson(v, pad)}`;
  if (entries.every(([, v]) => isLeaf(v))) {
    const line = `${open}${entries.map((e) => item(e, inner)).join(', ')}${close}`;
    if (line.length + indent.length <= 120 && !(Array.isArray(value) && value.length > 8)) return line;
  }
  if (!entries.length) return `${open}${close}`;
  return `${open}\n${entries.map((e) => `${inner}${item(e, inner)}`).join(',\n')}\n${indent}${close}`;
}

/**
 * The error for a shipped model file that does not fit the code: names the file, the problem and the command to refit.
 * @example throw modelMismatch('src/align/model/matcher.json', 'feature 3 is x, the code has y', 'npx tsx scripts/fit-matcher.ts')
 */
export function modelMismatch(file: string, problem: string, fitCommand: string): Error {
  return new Error(`${file}: ${problem}; the model no longer fits the code: refit it with \`${fitCommand}\``);
}

/** First index where two name lists differ, or -1 when they are equal. */
export function firstDifference(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) return i;
  return -1;
}
