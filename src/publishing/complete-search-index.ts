/**
 * A release that went live with a delta search index (src/search/delta-index.ts)
 * gets its full index right after, as the next release: the same pages, hard-
 * linked from it (the index step replaces the search page by a new file, never
 * writing into the linked one), and the full index built over them. It goes
 * live by the same atomic switch. A publish asked for meanwhile stops it: that
 * publish builds its own delta against the full index still live, and then
 * its own full index.
 */
import { CARRIED_LIST, carryForwardAssets } from './carry-forward';
import { linkTree } from './link-tree';
import { activateRelease, currentRelease, discardRelease, prepareRelease, pruneReleases, releaseDir } from './releases';
import type { ProcessesAhead } from './processes-ahead';
import { indexSite } from './site-build';

export type SearchIndexOutcome =
  | { done: true; release: string; seconds: number; indexSeconds: number }
  | { done: false; seconds: number; why: 'newer-publish' | 'failed'; message?: string };

export interface SearchIndexReport {
  /** The release whose pages got their full index. */
  from: string;
  outcome: SearchIndexOutcome;
  at: Date;
}

/** Files of a release that are its pages, not its search index or the list of what it carries. */
const isPage = (path: string) => !path.startsWith('pagefind/') && path !== CARRIED_LIST;

/**
 * Builds release `from`'s full search index into a new release and makes it live, unless `signal` stops it first.
 * @param processes the publisher's index processes started ahead (site-build.ts); none, one is started
 */
export async function completeSearchIndex(outDir: string, from: string, signal: AbortSignal, keep?: number, processes?: ProcessesAhead): Promise<SearchIndexOutcome> {
  const started = performance.now();
  const seconds = () => Math.round((performance.now() - started) / 100) / 10;
  const { id, dir } = prepareRelease(outDir);
  const previous = releaseDir(outDir, from);
  await linkTree(previous, dir, isPage);
  const index = await indexSite(dir, { cacheFor: outDir, signal, processes });
  // An index that finished is put live even if a publish was asked for meanwhile: it is right, and that publish's delta is smaller against it.
  if (!index.ok || currentRelease(outDir) !== from) {
    discardRelease(outDir, id);
    return signal.aborted || index.ok ? { done: false, seconds: seconds(), why: 'newer-publish' } : { done: false, seconds: seconds(), why: 'failed', message: index.failure };
  }
  carryForwardAssets(previous, dir);
  activateRelease(outDir, id);
  pruneReleases(outDir, keep);
  return { done: true, release: id, seconds: seconds(), indexSeconds: index.seconds };
}
