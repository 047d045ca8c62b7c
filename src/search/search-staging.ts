/**
 * The pages the search index reads: copies of the searchable pages with their
 * words spaced (src/search/word-spacing.ts), kept in a folder between builds
 * (search-cache.ts). A page is not cut again while its search digest is the
 * same (search-digest.ts; not its HTML, which also changes with the status
 * data and banners search does not read), and not even read while it is the
 * very file staged last time (a hard link from the release before,
 * src/page-reuse/). Cutting Chinese into words costs about a microsecond a
 * character, so many pages are shared out among worker threads, one per core:
 * nothing else runs while the index is built.
 */
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { stagePages, stillStaged } from './stage-pages';

/** What staging learnt of one built page: which file it was, and its search digest if it is searchable. */
export interface SeenPage {
  /** The file's identity (src/page-reuse/file-identity.ts): a hard link to it, as page reuse makes, is the same file. */
  file: string;
  digest?: string;
}

export interface StagingJob {
  siteDir: string;
  stagingDir: string;
  /** Paths of built pages, relative to `siteDir`. */
  files: string[];
  /** What the last staging saw of each page: a page still the same file is not read again. */
  kept: Record<string, SeenPage>;
}

export interface StagedPages {
  /**
   * Each searchable page (relative path) and its search digest (search-digest.ts): its copy is kept by it,
   * and a delta index compares it.
   */
  hashes: Record<string, string>;
  /** Those cut into words this time (the rest were kept as they were). */
  cut: string[];
  /** Every page looked at, searchable or not: the next staging's `kept`. */
  seen: Record<string, SeenPage>;
}

/** What one worker sends back for its share of the pages (the digests are in `seen`). */
export type StagedShare = Pick<StagedPages, 'cut' | 'seen'>;

/** What the last staging saw; nothing if the list is missing, unreadable or of an older form (every page is read again). */
function readManifest(path: string): Record<string, SeenPage> {
  try {
    const seen = JSON.parse(readFileSync(path, 'utf8')) as Record<string, SeenPage>;
    return Object.values(seen).every((page) => typeof page === 'object' && page !== null && typeof page.file === 'string') ? seen : {};
  } catch {
    return {};
  }
}

const htmlFiles = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.html'));

function runWorker(job: StagingJob, started: Worker[]): Promise<StagedShare> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./search-staging-worker.ts', import.meta.url), { workerData: job });
    started.push(worker);
    worker.once('message', (result: StagedShare) => resolve(result));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`搜索索引的分词线程异常退出（代码 ${code}）`));
    });
  });
}

/** At most this many changed pages are staged in the indexer's thread: starting the threads took longer than cutting them (about half a second). */
const STAGED_WITHOUT_THREADS = 100;

/** Stages `files` shared out among worker threads, one per core. */
async function inThreads(siteDir: string, stagingDir: string, files: string[], kept: Record<string, SeenPage>): Promise<StagedShare[]> {
  const workers = Math.max(1, Math.min(availableParallelism(), 4, files.length));
  const shares = Array.from({ length: workers }, (_, w) => files.filter((_, i) => i % workers === w));
  const started: Worker[] = [];
  try {
    return await Promise.all(shares.map((share) => runWorker({ siteDir, stagingDir, files: share, kept: Object.fromEntries(share.flatMap((file) => (kept[file] ? [[file, kept[file]]] : []))) }, started)));
  } catch (error) {
    // Stop the others before the caller goes on.
    await Promise.all(started.map((worker) => worker.terminate()));
    throw error;
  }
}

/**
 * Brings `stagingDir` up to date with the searchable pages of `siteDir`:
 * changed and new pages are copied with their words spaced, copies of pages
 * that are gone (or no longer searchable) are deleted.
 */
export async function stageSearchPages(siteDir: string, stagingDir: string): Promise<StagedPages> {
  const manifest = `${stagingDir}.json`;
  const kept = readManifest(manifest);
  // Written again only when the folder matches it: a run that stops halfway leaves none, and the next cuts every page.
  rmSync(manifest, { force: true });
  // Every built page except Pagefind's own output.
  const pages = htmlFiles(siteDir).filter((path) => !path.startsWith('pagefind/'));
  // The pages still the files staged last time are known without reading them: after a live
  // publish, all but the few it rendered. Those few are staged here; many go to the threads.
  const unchanged: StagedShare = { cut: [], seen: {} };
  const changed: string[] = [];
  for (const file of pages) {
    const staged = stillStaged({ siteDir, stagingDir, kept }, file);
    if (staged) unchanged.seen[file] = staged;
    else changed.push(file);
  }
  const results = [unchanged, ...(changed.length <= STAGED_WITHOUT_THREADS ? [stagePages({ siteDir, stagingDir, files: changed, kept })] : await inThreads(siteDir, stagingDir, changed, kept))];
  const seen = Object.assign({}, ...results.map((r) => r.seen)) as Record<string, SeenPage>;
  const hashes = Object.fromEntries(Object.entries(seen).flatMap(([file, page]) => (page.digest === undefined ? [] : [[file, page.digest]])));
  // Whatever else is in the folder (a removed page, a draft again, a run that stopped halfway) must not be indexed.
  for (const file of htmlFiles(stagingDir)) if (!(file in hashes)) rmSync(join(stagingDir, file));
  // Written whole or not at all: a half-written list would be read as the truth next time.
  writeFileSync(`${manifest}.new`, JSON.stringify(seen));
  renameSync(`${manifest}.new`, manifest);
  return { hashes, cut: results.flatMap((r) => r.cut), seen };
}
