// The latest versions' JSON as bytes, kept in memory: GET of a dossier is the hot read, and re-reading and re-encoding
// a few hundred kB from SQLite for every request costs most of its time. Keyed by dossier and version number, so a new
// version (from this process or another) is never answered stale.
import type { Store } from '../store/index.js';

export class VersionCache {
  private readonly entries = new Map<string, Uint8Array<ArrayBuffer>>();
  private bytes = 0;

  /** @param maxBytes most bytes kept; the least recently used versions go first */
  constructor(
    private readonly store: Store,
    private readonly maxBytes = 64 * 1024 * 1024,
  ) {}

  /** The latest version's JSON as UTF-8 bytes with its number, or null when the dossier has no version. */
  latest(dossierId: string): { version: number; bytes: Uint8Array<ArrayBuffer> } | null {
    const version = this.store.latestVersionNumber(dossierId);
    if (version === null) return null;
    const key = `${dossierId}@${version}`;
    let bytes = this.entries.get(key);
    if (bytes) {
      // Map order is insertion order: re-inserting marks it most recently used.
      this.entries.delete(key);
      this.entries.set(key, bytes);
      return { version, bytes };
    }
    const stored = this.store.latestVersion(dossierId);
    if (!stored) return null;
    bytes = new TextEncoder().encode(stored.json);
    this.remember(`${dossierId}@${stored.version}`, bytes);
    return { version: stored.version, bytes };
  }

  private remember(key: string, bytes: Uint8Array<ArrayBuffer>): void {
    if (bytes.length > this.maxBytes) return;
    this.entries.set(key, bytes);
    this.bytes += bytes.length;
    for (const [old, value] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(old);
      this.bytes -= value.length;
    }
  }
}
