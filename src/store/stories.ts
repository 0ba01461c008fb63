// Stories over the article stream: every article the stream took in (ingest, watch) with its story, in arrival order,
// and the polling state of each watched feed. The clusterer itself keeps no file: it is rebuilt by replaying the stored
// stream in order (clustering is deterministic for one order), so the store stays the one source of truth.
import { nowIso, type Db } from './db.js';

/** One stream article as the clusterer reads it again on replay. */
export interface StreamRow {
  id: string;
  title: string | null;
  text: string;
  published: string | null;
  story: string;
}

/** A story as listed by `triangulate stories`. */
export interface StoryRow {
  story: string;
  size: number;
  outlets: string[];
  /** When the stream first and last took in an article of it (ISO 8601). */
  firstSeen: string;
  lastSeen: string;
  /** The headline of its first article with one, else null. */
  headline: string | null;
}

/** The stream's articles in arrival order, with their texts, for the clusterer's replay. */
export function streamRows(db: Db): StreamRow[] {
  return db
    .prepare('SELECT s.article_id AS id, a.title, a.text, s.published, s.story FROM story_articles s JOIN articles a ON a.id = s.article_id ORDER BY s.seq')
    .all() as StreamRow[];
}

/** The story recorded for an article of the stream, or undefined when the article is not in the stream. */
export const streamStory = (db: Db, articleId: string): string | undefined => (db.prepare('SELECT story FROM story_articles WHERE article_id = ?').get(articleId) as { story: string } | undefined)?.story;

/** Record an article's arrival and story, and the stories of earlier articles it moved, in one transaction. */
export function recordArrival(db: Db, articleId: string, published: string | null, story: string, moved: ReadonlyArray<{ id: string; story: string }>): void {
  db.transaction(() => {
    const seq = (db.prepare('SELECT COALESCE(MAX(seq), 0) + 1 AS n FROM story_articles').get() as { n: number }).n;
    db.prepare('INSERT INTO story_articles (article_id, seq, story, published, arrived_at) VALUES (?, ?, ?, ?, ?)').run(articleId, seq, story, published, nowIso());
    const move = db.prepare('UPDATE story_articles SET story = ? WHERE article_id = ?');
    for (const m of moved) move.run(m.story, m.id);
  })();
}

/** Set stories after a replay that disagreed with the stored ones (other settings): the replay wins. */
export function setStories(db: Db, rows: ReadonlyArray<{ id: string; story: string }>): void {
  db.transaction(() => {
    const move = db.prepare('UPDATE story_articles SET story = ? WHERE article_id = ?');
    for (const r of rows) move.run(r.story, r.id);
  })();
}

interface StoryAgg {
  story: string;
  size: number;
  outlets: string | null;
  first_seen: string;
  last_seen: string;
  headline: string | null;
}

/** Stories, most recently active first (ties: larger first), at most `limit`. */
export function listStories(db: Db, limit: number, minSize = 1): StoryRow[] {
  const rows = db
    .prepare(
      `SELECT s.story, COUNT(*) AS size, GROUP_CONCAT(DISTINCT a.outlet) AS outlets, MIN(s.arrived_at) AS first_seen, MAX(s.arrived_at) AS last_seen,
        (SELECT a2.title FROM story_articles s2 JOIN articles a2 ON a2.id = s2.article_id WHERE s2.story = s.story AND a2.title IS NOT NULL ORDER BY s2.seq LIMIT 1) AS headline
       FROM story_articles s JOIN articles a ON a.id = s.article_id
       GROUP BY s.story HAVING COUNT(*) >= ? ORDER BY last_seen DESC, size DESC, s.story LIMIT ?`,
    )
    .all(minSize, limit) as StoryAgg[];
  return rows.map((r) => ({
    story: r.story,
    size: r.size,
    outlets: r.outlets ? r.outlets.split(',').sort() : [],
    firstSeen: r.first_seen,
    lastSeen: r.last_seen,
    headline: r.headline,
  }));
}

/** What the watcher remembers of one feed between polls. */
export interface FeedState {
  url: string;
  etag: string | null;
  lastModified: string | null;
  failures: number;
  /** Not before this time (ISO 8601), or null: poll now. */
  nextPollAt: string | null;
  lastStatus: string | null;
}

interface FeedRow {
  url: string;
  etag: string | null;
  last_modified: string | null;
  failures: number;
  next_poll_at: string | null;
  last_status: string | null;
}

export function feedState(db: Db, url: string): FeedState {
  const r = db.prepare('SELECT url, etag, last_modified, failures, next_poll_at, last_status FROM feeds WHERE url = ?').get(url) as FeedRow | undefined;
  if (!r) return { url, etag: null, lastModified: null, failures: 0, nextPollAt: null, lastStatus: null };
  return { url, etag: r.etag, lastModified: r.last_modified, failures: r.failures, nextPollAt: r.next_poll_at, lastStatus: r.last_status };
}

export function saveFeedState(db: Db, s: FeedState): void {
  db.prepare(
    `INSERT INTO feeds (url, etag, last_modified, failures, next_poll_at, last_status, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT(url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, failures = excluded.failures,
       next_poll_at = excluded.next_poll_at, last_status = excluded.last_status, updated_at = excluded.updated_at`,
  ).run(s.url, s.etag, s.lastModified, s.failures, s.nextPollAt, s.lastStatus, nowIso());
}
