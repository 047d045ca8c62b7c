/**
 * One worker of search-staging.ts. Given `files`, it copies that share of a
 * built site, words spaced; given none, it takes pages as messages
 * (`{ file, html }`, then `null` to finish) while the site renders. Either
 * way it answers with how many pages it copied.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { spaceWordsInHtml } from '../lib/word-spacing';
import type { StagingJob } from './search-staging';

const { siteDir, stagingDir, files } = workerData as StagingJob;
const folders = new Set<string>();
let staged = 0;

function copy(file: string, html: string): void {
  // Pages without a searchable part (posters, lists) are not indexed at all.
  if (!html.includes('data-pagefind-body')) return;
  const target = join(stagingDir, file);
  const folder = dirname(target);
  if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
  folders.add(folder);
  writeFileSync(target, spaceWordsInHtml(html));
  staged++;
}

if (files) {
  for (const file of files) copy(file, readFileSync(join(siteDir!, file), 'utf8'));
  parentPort!.postMessage(staged);
} else {
  parentPort!.on('message', (page: { file: string; html: string } | null) => {
    if (page) return copy(page.file, page.html);
    parentPort!.postMessage(staged);
    parentPort!.close();
  });
}
