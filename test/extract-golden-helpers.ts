// Shared by the extract/align golden tests: read a golden case folder into articles.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Article } from '../src/core/types.js';
import { articleFromText } from '../src/core/article.js';

export const goldenDir = (area: string): string => resolve(import.meta.dirname, 'golden', area);

export function cases(area: string): string[] {
  const dir = goldenDir(area);
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}

export function articleFrom(id: string, text: string): Article {
  return articleFromText(id, text);
}

/** The case's articles: input.txt, or a.txt, b.txt, … in order. */
export function caseArticles(area: string, name: string): Article[] {
  const dir = resolve(goldenDir(area), name);
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  return files.map((f) => articleFrom(f.replace(/\.txt$/, ''), readFileSync(resolve(dir, f), 'utf8')));
}

export function caseExpected<T>(area: string, name: string): T {
  return JSON.parse(readFileSync(resolve(goldenDir(area), name, 'expected.json'), 'utf8')) as T;
}
