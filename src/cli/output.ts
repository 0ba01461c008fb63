// Output files: checked before the analysis starts, written atomically so a killed run never leaves half a file.
import { accessSync, closeSync, constants, fsyncSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * Why output paths cannot be written, or null when each names a file in a writable folder. Run before the analysis, so a
 * typo in `-o` costs nothing; the same path twice (`-o x --md x`) is refused too, since one would overwrite the other.
 * @example outputProblem('/tmp', ['out.json']) // null
 */
export function outputProblem(cwd: string, paths: readonly string[]): string | null {
  const seen = new Set<string>();
  for (const p of paths) {
    const abs = resolve(cwd, p);
    if (seen.has(abs)) return `${p} is named for two outputs`;
    seen.add(abs);
    const dir = dirname(abs);
    const info = statSync(dir, { throwIfNoEntry: false });
    if (!info) return `cannot write ${p}: the folder ${dir} does not exist`;
    if (!info.isDirectory()) return `cannot write ${p}: ${dir} is not a folder`;
    try {
      accessSync(dir, constants.W_OK);
    } catch {
      return `cannot write ${p}: the folder ${dir} is not writable`;
    }
    if (statSync(abs, { throwIfNoEntry: false })?.isDirectory()) return `cannot write ${p}: it is a folder`;
  }
  return null;
}

/**
 * Write `content` to `path` atomically: into a temporary file in the same folder (so the rename stays on one file
 * system), flushed to disk, then renamed over the target. A run killed midway leaves the previous file whole and at
 * worst a `.name.*.tmp` beside it; a failed write removes its temporary file and throws.
 */
export function writeFileAtomic(path: string, content: string): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const fd = openSync(tmp, 'wx', 0o644);
  try {
    try {
      writeSync(fd, content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (error) {
    try {
      unlinkSync(tmp);
    } catch {
      // Already gone: nothing to clean.
    }
    throw error;
  }
}

// `--now` is checked by the same rule as the library's `now` option (core/util/date-time.ts).
export { checkedNow } from '../core/util/date-time.js';
