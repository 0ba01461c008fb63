// The page: files from web/dist, with the SPA fallback to index.html; 503 `unavailable` while the page is not built.
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import type { Context } from 'hono';
import { ApiError } from './errors.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** The file under `root` a URL path names, or null when it escapes `root` or is no file. */
async function fileFor(root: string, path: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const file = resolve(root, `.${decoded}`);
  if (file !== root && !file.startsWith(root + sep)) return null;
  try {
    return (await stat(file)).isFile() ? file : null;
  } catch {
    return null;
  }
}

/**
 * A handler serving the built page from `root` (web/dist): a file when the path names one, else index.html (the page
 * routes itself: `/`, `/d/<id>`).
 */
export function servePage(root: string): (c: Context) => Promise<Response> {
  const dir = resolve(root);
  return async (c) => {
    if (!existsSync(resolve(dir, 'index.html'))) throw new ApiError('unavailable', 'the page is not built: run `npm run build:web` (or `npm start`, which builds it) and reload');
    const file = (await fileFor(dir, c.req.path)) ?? resolve(dir, 'index.html');
    const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    // Hashed assets never change; index.html must be re-read to pick up a new build.
    const cache = file.endsWith('index.html') ? 'no-cache' : /\/assets\//.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache';
    const headers = { 'Content-Type': type, 'Cache-Control': cache };
    if (c.req.method === 'HEAD') return c.body(null, 200, headers);
    return c.body(new Uint8Array(await readFile(file)), 200, headers);
  };
}
