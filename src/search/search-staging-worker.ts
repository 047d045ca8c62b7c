/** One worker of search-staging.ts: stages its share of the pages (stage-pages.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { stagePages } from './stage-pages';
import type { StagingJob } from './search-staging';

parentPort!.postMessage(stagePages(workerData as StagingJob));
