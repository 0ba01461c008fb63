// Outlet names as a reader should see them: the dossier's `outlet` (front matter, site metadata, masthead), else the
// URL's domain, else the input's file name cleaned of numbering and hashes; unique per article.
import type { Article } from '../../src/core/types.js';

const HASH_OR_NUMBER = /^(?:\d+|[0-9a-f]{6,}|[0-9a-f]*\d[0-9a-f]*…?)$/i;

/** `www.example.co.uk` → `example.co.uk`; null for anything that is not an http(s) URL. */
function domain(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return parsed.hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** `corpus/000_97bf12.northline-news.txt` → `Northline News`; null when nothing readable is left. */
export function nameFromFile(source: string): string | null {
  const base = source.split(/[\\/]/).pop() ?? '';
  const stem = base.replace(/\.[a-z0-9]{1,5}$/i, '');
  const words = stem.split(/[\s._-]+/).filter((word) => word && !HASH_OR_NUMBER.test(word));
  if (!words.length) return null;
  return words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(' ');
}

function baseName(article: Article): string {
  const outlet = article.outlet?.trim();
  if (outlet) return outlet;
  return (
    domain(article.url) ??
    domain(article.canonicalUrl) ??
    domain(article.source) ??
    nameFromFile(article.source) ??
    `Unknown outlet (${article.id})`
  );
}

/** Article id → the name shown for its outlet; a second article of one outlet is told apart by its number. */
export function outletNames(articles: readonly Article[]): Map<string, string> {
  const names = new Map<string, string>();
  const seen = new Map<string, number>();
  for (const article of articles) {
    const name = baseName(article);
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    names.set(article.id, count === 1 ? name : `${name} (${count})`);
  }
  return names;
}
