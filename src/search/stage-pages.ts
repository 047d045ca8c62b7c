/**
 * Stages a share of the built pages for the search index (search-staging.ts): each is copied with
 * its words spaced, unless the kept copy is current. Run in a worker thread for many pages, in the
 * indexer's own thread for the few a live publish changed.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileIdentity } from '../page-reuse/file-identity';
import { searchDigest } from './search-digest';
import { spaceWordsInHtml } from './word-spacing';
import type { SeenPage, StagedShare, StagingJob } from './search-staging';

/** The page as staged last time, if it is still the very same file and its copy (if searchable) is there. */
export function stillStaged(job: Pick<StagingJob, 'siteDir' | 'stagingDir' | 'kept'>, file: string): SeenPage | undefined {
  const before = job.kept[file];
  // The same file as last time (a page reused by hard link): the same digest, and its copy is current.
  return before?.file === fileIdentity(join(job.siteDir, file)) && (before.digest === undefined || existsSync(join(job.stagingDir, file))) ? before : undefined;
}

/** Stages `files`, none of them still the file staged last time (search-staging.ts has taken those). */
export function stagePages({ siteDir, stagingDir, files, kept }: StagingJob): StagedShare {
  const folders = new Set<string>();
  const result: StagedShare = { cut: [], seen: {} };
  for (const file of files) {
    const path = join(siteDir, file);
    const identity = fileIdentity(path)!;
    const target = join(stagingDir, file);
    const html = readFileSync(path, 'utf8');
    // Pages without a searchable part (posters, lists) are not indexed at all.
    if (!html.includes('data-pagefind-body')) {
      result.seen[file] = { file: identity };
      continue;
    }
    // A copy is kept while what search reads of the page is the same (its status data and the urgent
    // banner change more often, and search does not read them): only pages that changed for search are cut again.
    const hash = searchDigest(html);
    result.seen[file] = { file: identity, digest: hash };
    if (kept[file]?.digest === hash && existsSync(target)) continue;
    const folder = dirname(target);
    if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
    folders.add(folder);
    writeFileSync(target, spaceWordsInHtml(html));
    result.cut.push(file);
  }
  return result;
}
