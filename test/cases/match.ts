// Matches a stage's output view against a case's expected.json pattern and names the first difference, not a wall of diff.
//
// A pattern is an object whose keys are fields of the view, each with an optional operator suffix:
//   "field": v        equal (deep; arrays in order); an object value is a pattern itself (fields it does not name are free)
//   "field~": v       holds: a string contains v (or every string of v); an array holds each element of v, where an
//                     object element is found by its FIRST key, then must match on its other keys (patterns again)
//   "field!~": v      holds none: a string contains none of v; an array has no element matching any element of v
//   "field>=": n, "field<=": n   numeric bounds
//   "field#": n       array length
// Nested objects in `~` elements and under plain object keys are patterns too, so suffixes work at any depth.

export interface Difference {
  /** Where: a path like `quotes~[2].speakerName`. */
  path: string;
  message: string;
}

const show = (v: unknown, n = 160): string => {
  const s = JSON.stringify(v);
  return s === undefined ? 'undefined' : s.length > n ? `${s.slice(0, n)}…` : s;
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => deepEqual(a[k], b[k]));
  }
  return false;
}

/** First position where two strings part, with a little context: "offset 41: …got… vs …want…". */
function firstStringDiff(got: string, want: string): string {
  let i = 0;
  while (i < got.length && i < want.length && got[i] === want[i]) i++;
  const around = (s: string): string => show(s.slice(Math.max(0, i - 20), i + 40));
  return `differ at offset ${i}: got ${around(got)}, expected ${around(want)}`;
}

function equalDiff(path: string, got: unknown, want: unknown): Difference | null {
  if (deepEqual(got, want)) return null;
  if (typeof got === 'string' && typeof want === 'string') return { path, message: firstStringDiff(got, want) };
  if (Array.isArray(got) && Array.isArray(want)) {
    const i = want.findIndex((w, k) => !deepEqual(got[k], w));
    const at = i < 0 ? want.length : i;
    return { path: `${path}[${at}]`, message: `got ${show(got[at])}, expected ${show(want[at])} (got ${got.length} items, expected ${want.length}: ${show(got)})` };
  }
  return { path, message: `got ${show(got)}, expected ${show(want)}` };
}

/** The key, operator and field of a pattern key: `quotes~` → ['quotes', '~']. */
function splitKey(key: string): [string, string] {
  const m = /^(.*?)(!~|~|>=|<=|#)?$/.exec(key)!;
  return [m[1]!, m[2] ?? ''];
}

/** Does `element` match `want` (a pattern object, or a plain value compared for equality)? */
const elementMatches = (element: unknown, want: unknown): boolean =>
  isObject(want) ? isObject(element) && matchPattern(element, want, '') === null : deepEqual(element, want);

function holds(path: string, got: unknown, want: unknown): Difference | null {
  if (typeof got === 'string') {
    for (const s of Array.isArray(want) ? want : [want]) {
      if (typeof s !== 'string') return { path, message: `expected a string to look for, got ${show(s)}` };
      if (!got.includes(s)) return { path, message: `does not contain ${show(s)}` };
    }
    return null;
  }
  if (!Array.isArray(got)) return { path, message: `expected text or a list, got ${show(got)}` };
  const wants = Array.isArray(want) ? want : [want];
  for (let k = 0; k < wants.length; k++) {
    const w = wants[k];
    if (!isObject(w)) {
      if (!got.some((g) => deepEqual(g, w))) return { path: `${path}[${k}]`, message: `no element ${show(w)}; got ${show(got, 400)}` };
      continue;
    }
    // Found by the first key, then checked on the rest: the difference names the field that is wrong.
    const [firstKey] = Object.keys(w);
    const keyPattern = firstKey === undefined ? {} : { [firstKey]: w[firstKey] };
    const candidate = got.find((g) => elementMatches(g, keyPattern));
    if (candidate === undefined) {
      const [field] = splitKey(firstKey ?? '');
      const seen = got.map((g) => (isObject(g) ? g[field] : g));
      return { path: `${path}[${k}]`, message: `no element with ${show(keyPattern)}; got ${field}: ${show(seen, 400)}` };
    }
    const d = matchPattern(candidate as Record<string, unknown>, w, `${path}[${k}]`);
    if (d) return { ...d, message: `${d.message} (in the element with ${show(keyPattern)})` };
  }
  return null;
}

function holdsNone(path: string, got: unknown, want: unknown): Difference | null {
  const wants = Array.isArray(want) ? want : [want];
  if (typeof got === 'string') {
    const bad = wants.find((s) => typeof s === 'string' && got.includes(s));
    return bad === undefined ? null : { path, message: `contains ${show(bad)}` };
  }
  if (!Array.isArray(got)) return { path, message: `expected text or a list, got ${show(got)}` };
  for (const w of wants) {
    const hit = got.find((g) => elementMatches(g, w));
    if (hit !== undefined) return { path, message: `has ${show(hit)}, which matches ${show(w)}` };
  }
  return null;
}

/**
 * The first difference between `view` and `pattern`, or null when the view matches.
 * @example matchPattern({ quotes: [{ text: 'a', speakerName: 'B' }] }, { 'quotes~': [{ text: 'a', speakerName: 'C' }] })
 *   // { path: 'quotes~[0].speakerName', message: 'got "B", expected "C" (in the element with {"text":"a"})' }
 */
export function matchPattern(view: Record<string, unknown>, pattern: Record<string, unknown>, at = ''): Difference | null {
  for (const [key, want] of Object.entries(pattern)) {
    const [field, op] = splitKey(key);
    const path = at ? `${at}.${key}` : key;
    if (!(field in view)) return { path, message: `the output has no field "${field}" (fields: ${Object.keys(view).join(', ')})` };
    const got = view[field];
    let d: Difference | null = null;
    if (op === '~') d = holds(path, got, want);
    else if (op === '!~') d = holdsNone(path, got, want);
    else if (op === '>=' || op === '<=') {
      if (typeof got !== 'number' || typeof want !== 'number') d = { path, message: `expected numbers, got ${show(got)} vs ${show(want)}` };
      else if (op === '>=' ? got < want : got > want) d = { path, message: `got ${got}, expected ${op} ${want}` };
    } else if (op === '#') {
      if (!Array.isArray(got)) d = { path, message: `expected a list, got ${show(got)}` };
      else if (got.length !== want) d = { path, message: `got ${got.length} items, expected ${show(want)}: ${show(got, 400)}` };
    } else if (isObject(want) && isObject(got)) d = matchPattern(got, want, path);
    else d = equalDiff(path, got, want);
    if (d) return d;
  }
  return null;
}

const NEVER = '\u0000no such value';

/**
 * Variants of `pattern` that the same view must NOT match, one per check (each key, and each field of each `~`
 * element): the guard that every check in an expected.json can fail. A `!~` over an empty output has no variant.
 * @example mutants({ n: 1 }, { 'n>=': 1 }) // [{ 'n>=': 2 }]
 */
export function mutants(view: Record<string, unknown>, pattern: Record<string, unknown>): Array<{ where: string; pattern: Record<string, unknown> }> {
  const out: Array<{ where: string; pattern: Record<string, unknown> }> = [];
  const withKey = (key: string, value: unknown): Record<string, unknown> => ({ ...pattern, [key]: value });
  for (const [key, want] of Object.entries(pattern)) {
    const [field, op] = splitKey(key);
    const got = view[field];
    if (op === '>=' && typeof got === 'number') out.push({ where: key, pattern: withKey(key, got + 1) });
    else if (op === '<=' && typeof got === 'number') out.push({ where: key, pattern: withKey(key, got - 1) });
    else if (op === '#') out.push({ where: key, pattern: withKey(key, (want as number) + 1) });
    else if (op === '!~') {
      const present = typeof got === 'string' ? got.slice(0, 1) : Array.isArray(got) ? got[0] : undefined;
      if (present !== undefined && present !== '') out.push({ where: key, pattern: withKey(key, [...(Array.isArray(want) ? want : [want]), present]) });
    } else if (op === '~') {
      const wants = Array.isArray(want) ? want : [want];
      out.push({ where: `${key} (one more item)`, pattern: withKey(key, [...wants, isObject(wants[0]) ? { [Object.keys(wants[0])[0]!]: NEVER } : NEVER]) });
      // Each field after the key of each element: the element is found by its key, so a wrong field must show.
      wants.forEach((w, k) => {
        if (!isObject(w)) return;
        const candidate = Array.isArray(got) ? got.find((g) => elementMatches(g, { [Object.keys(w)[0]!]: w[Object.keys(w)[0]!] })) : undefined;
        for (const sub of mutants(isObject(candidate) ? candidate : {}, w).filter((m) => m.where !== Object.keys(w)[0])) {
          const copy = [...wants];
          copy[k] = sub.pattern;
          out.push({ where: `${key}[${k}].${sub.where}`, pattern: withKey(key, copy) });
        }
      });
    } else out.push({ where: key, pattern: withKey(key, NEVER) });
  }
  return out;
}

/**
 * Bounds that hold for any output, given each field's range (`"score>=": 0`, `"score<=": 1`): checks that cannot fail.
 * @example alwaysTrue({ 'pairs~': [{ 'score>=': 0 }] }, { score: [0, 1] }) // ['pairs~[0].score>=']
 */
export function alwaysTrue(pattern: unknown, ranges: Record<string, [number, number]>, at = ''): string[] {
  if (Array.isArray(pattern)) return pattern.flatMap((p, i) => alwaysTrue(p, ranges, `${at}[${i}]`));
  if (!isObject(pattern)) return [];
  return Object.entries(pattern).flatMap(([key, want]) => {
    const [field, op] = splitKey(key);
    const path = at ? `${at}.${key}` : key;
    const range = ranges[field];
    if (range && typeof want === 'number' && ((op === '>=' && want <= range[0]) || (op === '<=' && want >= range[1]))) return [path];
    return alwaysTrue(want, ranges, path);
  });
}
