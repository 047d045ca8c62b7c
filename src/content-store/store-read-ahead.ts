/**
 * A live build's process reads Astro's content store before its build is
 * asked for. Each sync starts by reading the store file the build before
 * wrote (23 MB at 5000 entries) and parsing it: 0.5–0.8 s of every publish
 * (docs/performance.md, round 20), spent while the reader waited. The process
 * started ahead (src/publishing/build-process-child.ts) now reads it while it
 * waits, and Astro's sync is handed that store when it asks for the same file
 * and the file is still the one read: same device, inode, size and times.
 * Astro replaces the file by renaming a new one over it, so a store written
 * since is another inode: the sync then reads the file itself, as always.
 *
 * Rests on Astro's sync getting its store from `MutableDataStore.fromFile`
 * (astro/dist/core/sync/index.js); tests/unit/store-read-ahead.test.ts fails
 * when an update of Astro stops doing so (docs/upgrading.md).
 */
import { statSync, type BigIntStats } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** What `fromFile` is a static method of (astro/dist/content/mutable-data-store.js). */
export interface StoreClass {
  fromFile(file: URL): Promise<unknown>;
}

/** The file's identity: a store written since differs in inode or time. */
function identity(path: string): string | undefined {
  let stats: BigIntStats;
  try {
    stats = statSync(path, { bigint: true });
  } catch {
    return undefined;
  }
  return [stats.dev, stats.ino, stats.size, stats.mtimeNs, stats.ctimeNs].join(':');
}

/**
 * Starts reading the store file now, and hands that store to the first
 * `fromFile` call if it asks for the same file and the file was the same
 * before the read, after it, and at the call (a call during the read waits
 * for it); any other call reads as Astro does.
 */
export function readStoreAhead(store: StoreClass, path: string): void {
  const url = pathToFileURL(path);
  const before = identity(path);
  if (before === undefined) return;
  const fromFile = store.fromFile.bind(store);
  const ahead = fromFile(url).then((read) => ({ read, after: identity(path) }));
  // A failed read is Astro's to meet again, at the call.
  ahead.catch(() => undefined);
  store.fromFile = async (file: URL) => {
    // Only the first call: a second sync in the same process (there is none today) reads the file.
    store.fromFile = fromFile;
    if (String(file) !== String(url)) return fromFile(file);
    const taken = await ahead.catch(() => undefined);
    return taken && taken.after === before && identity(path) === before ? taken.read : fromFile(file);
  };
}
