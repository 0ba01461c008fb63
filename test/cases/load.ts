// The one loader of golden cases: test/cases/<stage>/<case>/ holds the article files and one expected.json (see README.md).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Article } from '../../src/index.js';
import { articleFromText } from '../../src/index.js';

export const casesDir = resolve(import.meta.dirname);

/** The stages that have golden cases, named after their src/ folder. */
export const STAGES = ['readable', 'extract', 'align', 'reuse', 'slant', 'cluster'] as const;
export type Stage = (typeof STAGES)[number];

/** One input file of a case. */
export interface CaseFile {
  /** File name in the case folder (`a.txt`, `input.html`). */
  name: string;
  /** Article id: the front matter's `id`, else the file name without its extension. */
  id: string;
  /** The raw bytes, as a reader would get them (front matter included). */
  bytes: Buffer;
  /** The text after the front matter, byte for byte. */
  text: string;
  /** Article fields from the front matter (`outlet`, `published`, `syndication`, …), for stages that take articles. */
  fields: Partial<Article>;
}

export interface GoldenCase {
  stage: Stage;
  name: string;
  dir: string;
  files: CaseFile[];
  /** The pattern the stage's output must match (keys `note` and `input` removed). */
  expected: Record<string, unknown>;
  /** Hints for the stage that are not article text, e.g. the page URL for the reader. */
  input: Record<string, unknown>;
  note?: string;
}

const INPUT_EXT = new Set(['.txt', '.html', '.htm', '.md']);

export function listCases(stage: Stage): string[] {
  const dir = join(casesDir, stage);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

/** Splits a `---` YAML block off the top of a text file (only for stages that take articles; the reader sees bytes). */
function frontMatter(raw: string): { fields: Record<string, unknown>; text: string } {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(raw);
  if (!m) return { fields: {}, text: raw };
  return { fields: (parseYaml(m[1]!) ?? {}) as Record<string, unknown>, text: raw.slice(m[0].length) };
}

/**
 * Reads one case. Input files are every `.txt`/`.html`/`.md` in the folder, in name order.
 * @example loadCase('extract', 'curly-quotes').files[0].text
 */
export function loadCase(stage: Stage, name: string): GoldenCase {
  const dir = join(casesDir, stage, name);
  const expectedPath = join(dir, 'expected.json');
  if (!existsSync(expectedPath)) throw new Error(`${stage}/${name}: no expected.json (write one with scripts/new-case.ts)`);
  const { note, input, ...expected } = JSON.parse(readFileSync(expectedPath, 'utf8')) as Record<string, unknown>;
  const files = readdirSync(dir)
    .filter((f) => INPUT_EXT.has(extname(f).toLowerCase()))
    .sort()
    .map((f): CaseFile => {
      const bytes = readFileSync(join(dir, f));
      // The reader gets the whole file (its own front-matter rule is under test); other stages get articles.
      const { fields, text } = stage === 'readable' ? { fields: {}, text: bytes.toString('utf8') } : frontMatter(bytes.toString('utf8'));
      const id = typeof fields['id'] === 'string' ? fields['id'] : f.slice(0, f.length - extname(f).length);
      const { id: _id, ...rest } = fields;
      return { name: f, id, bytes, text, fields: rest as Partial<Article> };
    });
  if (!files.length) throw new Error(`${stage}/${name}: no input file (.txt, .html or .md)`);
  return {
    stage, name, dir, files, expected,
    input: (input ?? {}) as Record<string, unknown>,
    ...(typeof note === 'string' ? { note } : {}),
  };
}

/** The case's files as articles (id and front-matter fields applied; `source` is the file name unless given). */
export const caseArticles = (c: GoldenCase): Article[] =>
  c.files.map((f) => articleFromText(f.id, f.text, { source: f.name, ...f.fields }));
