// `--subjectivity-model <file>`, shared by the commands that score subjectivity (`analyze`, `subjectivity`).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { InvalidArgumentError } from 'commander';
import { readSubjectivityFile, type SubjectivityModel } from '../slant/index.js';
import type { CliContext } from './context.js';

/** The option's help line. */
export const SUBJECTIVITY_MODEL_HELP =
  'score subjectivity with this model file (the format of src/slant/model/subjectivity.json) instead of the shipped one';

/** The option's parser: a model file in the shipped model's format, checked as the shipped one is (a bad file is a usage error). */
export function subjectivityModelFrom(ctx: CliContext): (path: string) => SubjectivityModel {
  return (path) => {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(resolve(ctx.cwd, path), 'utf8'));
    } catch (error) {
      throw new InvalidArgumentError(`cannot read ${path}: ${(error as Error).message}`);
    }
    try {
      return readSubjectivityFile(json, path);
    } catch (error) {
      throw new InvalidArgumentError((error as Error).message);
    }
  };
}
