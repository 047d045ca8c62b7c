/** One worker of search-staging.ts: copies its share of the pages, words spaced, unless the kept copy is current. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import type { StagingJob } from './search-staging';
import { PageStager } from './search-staging-page';

const { siteDir, stagingDir, files, kept } = workerData as StagingJob;
const stager = new PageStager(stagingDir, kept);
for (const file of files) stager.stage(file, readFileSync(join(siteDir, file), 'utf8'));
parentPort!.postMessage(stager.result);
