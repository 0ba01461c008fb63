// The server's options and their defaults, typed and documented once (`triangulate serve`'s flag help prints them).

export interface ServerOptions {
  /** Largest request body, in bytes (default 20 MB). */
  maxBodyBytes: number;
  /** Most inputs (URLs, feeds, texts, files together) in one request (default 200). */
  maxInputs: number;
  /** Creating requests (new dossier, add articles) allowed per client IP per minute (default 60). */
  ratePerMinute: number;
  /** Analyses running at once; the rest wait in a queue (default 2). */
  jobConcurrency: number;
  /** Jobs waiting beyond the running ones before creating requests get 503 `unavailable` (default 100): queued uploads are held in memory. */
  maxQueuedJobs: number;
  /** Let URLs reach loopback, private and link-local addresses (default false: the CLI's SSRF policy). */
  allowPrivate: boolean;
}

export const SERVER_DEFAULTS: ServerOptions = {
  maxBodyBytes: 20 * 1024 * 1024,
  maxInputs: 200,
  ratePerMinute: 60,
  jobConcurrency: 2,
  maxQueuedJobs: 100,
  allowPrivate: false,
};

/** The file extensions an upload may have (the contract's list). */
export const UPLOAD_EXTENSIONS: readonly string[] = ['.html', '.htm', '.txt', '.md', '.jsonl', '.rss', '.atom', '.xml', '.json', '.opml'];
