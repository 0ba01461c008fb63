// The article stream over the store: articles in (deduplicated by canonical URL and content hash), a story each out,
// with the clusterer rebuilt from the stored stream when the store opens. Used by `triangulate ingest` and `watch`.
import { Clusterer, type ClusterSettings } from '../cluster/index.js';
import type { Db } from './db.js';
import { storeArticle, type NewArticle } from './articles.js';
import { recordArrival, setStories, streamRows, streamStory } from './stories.js';

/** What became of one article offered to the stream. */
export interface Arrival {
  /** The store's article id (an earlier one when this was a duplicate). */
  id: string;
  story: string;
  /** 'new': clustered now; 'duplicate': the stream had it (same canonical URL or normalised text), nothing changed. */
  status: 'new' | 'duplicate';
  /** Earlier articles moved to another story by this one (merges and splits). */
  moved: Array<{ id: string; story: string; from: string }>;
}

export interface ArticleStream {
  /** Store and cluster one article. */
  add(a: NewArticle & { published: string | null }): Arrival;
  /** Articles the clusterer holds. */
  readonly size: number;
}

/**
 * Open the stream over `db`, replaying its stored articles through a fresh clusterer in arrival order.
 * @param settings clusterer settings (defaults: src/cluster/data/settings.json); a replay that disagrees with the
 *   stored stories (settings changed) rewrites them
 */
export function openStream(db: Db, settings: Partial<ClusterSettings> = {}): ArticleStream {
  const clusterer = new Clusterer(settings);
  const changed: Array<{ id: string; story: string }> = [];
  const stored = new Map<string, string>();
  for (const row of streamRows(db)) {
    stored.set(row.id, row.story);
    clusterer.add({ id: row.id, title: row.title, text: row.text, published: row.published });
  }
  for (const a of clusterer.assignments()) if (stored.get(a.id) !== a.story) changed.push(a);
  if (changed.length) setStories(db, changed);
  return {
    add(a) {
      const { id, added } = storeArticle(db, a);
      // The clusterer forgets the articles of stories it retires; the store keeps the story last recorded for them.
      const stored = added ? undefined : streamStory(db, id);
      if (stored !== undefined) return { id, story: clusterer.storyOf(id) ?? stored, status: 'duplicate', moved: [] };
      const got = clusterer.add({ id, title: a.title, text: a.text, published: a.published });
      recordArrival(db, id, a.published, got.story, got.moved);
      // Stored before but new to the stream (an article of a dossier): it joins the stream now.
      return { id, story: got.story, status: 'new', moved: got.moved };
    },
    get size() {
      return clusterer.stats().articles;
    },
  };
}
