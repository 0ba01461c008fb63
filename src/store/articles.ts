// Articles in the store: deduplicated by the sha256 of their normalised text and by their canonical URL, kept with the
// raw bytes they were read from so a dossier can be re-run from its articles alone.
import type { DocumentHints, RawDocument } from '../core/types.js';
import type { ArticleRecord } from '../core/article-record.js';
import { normaliseText, textHash } from '../core/util/text-hash.js';
import { newId, nowIso, type Db } from './db.js';

/** An article as the reader produced it, with the document it came from (core/article-record.ts). */
export type NewArticle = ArticleRecord;

export interface ArticleSummary {
  id: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  sha256: string;
  addedAt: string;
}

export interface StoredArticle extends ArticleSummary {
  text: string;
}

interface ArticleRow {
  id: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  sha256: string;
  added_at: string;
  text: string;
}

/** The content key of a text (core/util/text-hash.ts): the store's sha256 column and the scale-out queue's job ids. */
export { normaliseText, textHash };

/** Query parameters that only track the reader, never choose the page. */
const TRACKING = /^(utm_[a-z_]+|fbclid|gclid|mc_cid|mc_eid|ref|cmpid|ocid)$/i;

/**
 * The URL as compared for duplicates: http(s) only, no fragment, no tracking parameters, the rest sorted, no trailing slash.
 * @example canonicalUrl('https://Example.org/a/?utm_source=x&b=1#top') // 'https://example.org/a?b=1'
 */
export function canonicalUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  u.hash = '';
  const kept = [...u.searchParams.entries()].filter(([k]) => !TRACKING.test(k)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  u.search = new URLSearchParams(kept).toString();
  if (u.pathname.length > 1) u.pathname = u.pathname.replace(/\/+$/, '');
  return u.toString();
}

const summary = (r: ArticleRow): ArticleSummary => ({ id: r.id, title: r.title, outlet: r.outlet, url: r.url, sha256: r.sha256, addedAt: r.added_at });

/** The id of a stored article with this text hash or canonical URL, or null. */
function findDuplicate(db: Db, sha: string, url: string | null): string | null {
  const row = db.prepare('SELECT id FROM articles WHERE sha256 = ? OR (canonical_url IS NOT NULL AND canonical_url = ?) LIMIT 1').get(sha, url) as { id: string } | undefined;
  return row?.id ?? null;
}

/** Store one article unless a duplicate is stored already; the id either way. Call inside a transaction. */
function upsertArticle(db: Db, a: NewArticle): string {
  return storeArticle(db, a).id;
}

/**
 * Store one article unless a duplicate (same normalised text, or same canonical URL) is stored already.
 * @returns its id, and whether it was new
 */
export function storeArticle(db: Db, a: NewArticle): { id: string; added: boolean } {
  const sha = textHash(a.text);
  const url = canonicalUrl(a.canonicalUrl) ?? canonicalUrl(a.url);
  const existing = findDuplicate(db, sha, url);
  if (existing) return { id: existing, added: false };
  const id = newId('art');
  db.prepare(
    `INSERT INTO articles (id, sha256, canonical_url, title, outlet, url, source, text, raw, content_type, fetched_at, hints, added_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, sha, url, a.title, a.outlet, a.url, a.source, a.text, Buffer.from(a.raw.bytes), a.raw.contentType ?? null, a.raw.fetchedAt ?? null, a.raw.hints ? JSON.stringify(a.raw.hints) : null, nowIso());
  return { id, added: true };
}

/** True when an article with this canonical URL is stored (a feed item need not be fetched again). */
export function hasUrl(db: Db, url: string): boolean {
  const c = canonicalUrl(url);
  return c !== null && db.prepare('SELECT 1 FROM articles WHERE canonical_url = ? OR url = ? LIMIT 1').get(c, url) !== undefined;
}

/**
 * Store articles (deduplicated) and link them to a dossier after the ones it has, in one transaction.
 * @returns the ids linked now (new to the dossier) and the ids of every input in order (duplicates resolved)
 */
export function addArticles(db: Db, dossierId: string, articles: readonly NewArticle[]): { added: string[]; ids: string[] } {
  return db.transaction(() => {
    const ids = articles.map((a) => upsertArticle(db, a));
    const linked = new Set((db.prepare('SELECT article_id FROM dossier_articles WHERE dossier_id = ?').all(dossierId) as Array<{ article_id: string }>).map((r) => r.article_id));
    let position = (db.prepare('SELECT COALESCE(MAX(position), 0) AS p FROM dossier_articles WHERE dossier_id = ?').get(dossierId) as { p: number }).p;
    const added: string[] = [];
    const link = db.prepare('INSERT INTO dossier_articles (dossier_id, article_id, position, added_at) VALUES (?, ?, ?, ?)');
    const at = nowIso();
    for (const id of ids) {
      if (linked.has(id)) continue;
      linked.add(id);
      link.run(dossierId, id, ++position, at);
      added.push(id);
    }
    return { added, ids };
  })();
}

/** One article with its text, or null. */
export function getArticle(db: Db, id: string): StoredArticle | null {
  const row = db.prepare('SELECT id, title, outlet, url, sha256, added_at, text FROM articles WHERE id = ?').get(id) as ArticleRow | undefined;
  return row ? { ...summary(row), text: row.text } : null;
}

/** A dossier's articles in the order they were added. */
export function dossierArticles(db: Db, dossierId: string): ArticleSummary[] {
  const rows = db
    .prepare('SELECT a.id, a.title, a.outlet, a.url, a.sha256, d.added_at FROM dossier_articles d JOIN articles a ON a.id = d.article_id WHERE d.dossier_id = ? ORDER BY d.position')
    .all(dossierId) as ArticleRow[];
  return rows.map(summary);
}

interface RawRow {
  id: string;
  source: string;
  raw: Buffer;
  content_type: string | null;
  fetched_at: string | null;
  hints: string | null;
}

/** The documents a dossier's articles were read from, in order, with their store ids: the input of a re-run. */
export function dossierDocuments(db: Db, dossierId: string): { ids: string[]; docs: RawDocument[] } {
  const rows = db
    .prepare('SELECT a.id, a.source, a.raw, a.content_type, a.fetched_at, a.hints FROM dossier_articles d JOIN articles a ON a.id = d.article_id WHERE d.dossier_id = ? ORDER BY d.position')
    .all(dossierId) as RawRow[];
  const docs = rows.map((r): RawDocument => {
    const doc: RawDocument = { source: r.source, bytes: new Uint8Array(r.raw.buffer, r.raw.byteOffset, r.raw.byteLength) };
    if (r.content_type) doc.contentType = r.content_type;
    if (r.fetched_at) doc.fetchedAt = r.fetched_at;
    if (r.hints) doc.hints = JSON.parse(r.hints) as DocumentHints;
    return doc;
  });
  return { ids: rows.map((r) => r.id), docs };
}
