/** One worker of search-staging.ts: copies its share of the pages, words spaced. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { spaceWordsInHtml } from '../lib/word-spacing';
import type { StagingJob } from './search-staging';

const { siteDir, stagingDir, files } = workerData as StagingJob;
const folders = new Set<string>();
let staged = 0;
for (const file of files) {
  const html = readFileSync(join(siteDir, file), 'utf8');
  // Pages without a searchable part (posters, lists) are not indexed at all.
  if (!html.includes('data-pagefind-body')) continue;
  const target = join(stagingDir, file);
  const folder = dirname(target);
  if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
  folders.add(folder);
  writeFileSync(target, spaceWordsInHtml(html));
  staged++;
}
parentPort!.postMessage(staged);
