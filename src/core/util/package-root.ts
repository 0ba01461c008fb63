// Where triangulate's own files are (examples, the page, built models), whether a module runs from src/ (tsx), from the
// compiled dist/src/, or from the one-file bundle dist/triangulate.mjs.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * The package's folder: the nearest folder at or above `from` holding triangulate's package.json.
 * @throws when there is none (a module copied out of the package)
 */
export function packageRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const file = resolve(dir, 'package.json');
    if (existsSync(file) && (JSON.parse(readFileSync(file, 'utf8')) as { name?: string }).name === 'triangulate') return dir;
    if (dirname(dir) === dir) throw new Error(`triangulate's package.json not found above ${from}`);
  }
}
