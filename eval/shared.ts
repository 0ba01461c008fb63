// Where ../shared lives, and small readers for its JSONL files; eval and tests read the data at run time, never copy it.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The shared data folder: $TRIANGULATE_SHARED, else ../shared beside the repository. */
export const sharedDir = process.env['TRIANGULATE_SHARED'] ?? resolve(repoRoot, '..', 'shared');

/** Absolute path of a file under ../shared/data (or ../shared when `under` is 'corpus'). */
export const dataPath = (...parts: string[]): string => resolve(sharedDir, 'data', ...parts);
export const corpusPath = (...parts: string[]): string => resolve(sharedDir, 'corpus', ...parts);

/** Absolute path under ../shared/events: the real events with an editor's gold (not under data/: they are user files). */
export const eventsPath = (...parts: string[]): string => resolve(sharedDir, 'events', ...parts);

/** Data sets that are not under ../shared/data: the real events, the bundled examples, the seed corpus, the team's rewrite sources. */
const SET_DIRS: Record<string, () => string> = {
  events: () => eventsPath(),
  examples: () => resolve(repoRoot, 'examples'),
  'witkoff-leak': () => corpusPath('witkoff-leak'),
  'synthetic-rewrites': () => resolve(repoRoot, 'eval/data/rewrite'),
};

/** The folder a data set lives in: SET_DIRS for those named there, else ../shared/data/<set>. */
export const dataSetDir = (set: string): string => SET_DIRS[set]?.() ?? dataPath(set);

/** True when the data set's folder is present. */
export const hasDataSet = (set: string): boolean => existsSync(dataSetDir(set));
export const hasShared = (): boolean => existsSync(resolve(sharedDir, 'data'));

/** Rows of a JSONL file. */
export function readJsonl<T = unknown>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);
}

/** Message for tests that skip without ../shared. */
export const skipMessage = (set: string): string =>
  `skipped: ../shared/data/${set} not found (set TRIANGULATE_SHARED or clone with ../shared beside the repo)`;
