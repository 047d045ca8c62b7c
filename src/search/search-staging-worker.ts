/** One worker of search-staging.ts: copies its share of the pages, words spaced, unless the kept copy is current. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { searchDigest } from './search-digest';
import { spaceWordsInHtml } from './word-spacing';
import type { StagedPages, StagingJob } from './search-staging';

const { siteDir, stagingDir, files, kept } = workerData as StagingJob;
const folders = new Set<string>();
const result: StagedPages = { hashes: {}, cut: [] };
for (const file of files) {
  const html = readFileSync(join(siteDir, file), 'utf8');
  // Pages without a searchable part (posters, lists) are not indexed at all.
  if (!html.includes('data-pagefind-body')) continue;
  // A copy is kept while what search reads of the page is the same (every notice page carries its build
  // time, which search does not read): only pages that changed for search are cut again.
  const hash = searchDigest(html);
  result.hashes[file] = hash;
  const target = join(stagingDir, file);
  if (kept[file] === hash && existsSync(target)) continue;
  const folder = dirname(target);
  if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
  folders.add(folder);
  writeFileSync(target, spaceWordsInHtml(html));
  result.cut.push(file);
}
parentPort!.postMessage(result);
