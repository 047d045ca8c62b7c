/** One worker of search-staging.ts: copies its share of the pages, words spaced, unless the kept copy is current. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { fileIdentity } from '../page-reuse/file-identity';
import { searchDigest } from './search-digest';
import { spaceWordsInHtml } from './word-spacing';
import type { StagedShare, StagingJob } from './search-staging';

const { siteDir, stagingDir, files, kept } = workerData as StagingJob;
const folders = new Set<string>();
const result: StagedShare = { cut: [], seen: {} };
for (const file of files) {
  const path = join(siteDir, file);
  const identity = fileIdentity(path)!;
  const target = join(stagingDir, file);
  const before = kept[file];
  // The same file as last time (a page reused by hard link): the same digest, and its copy is current.
  if (before?.file === identity && (before.digest === undefined || existsSync(target))) {
    result.seen[file] = before;
    continue;
  }
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
  if (before?.digest === hash && existsSync(target)) continue;
  const folder = dirname(target);
  if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
  folders.add(folder);
  writeFileSync(target, spaceWordsInHtml(html));
  result.cut.push(file);
}
parentPort!.postMessage(result);
