/**
 * The build's staging worker (search-prestage.ts): each page Astro renders
 * arrives as a message and is cut into words here, on the core the renderer
 * leaves idle. Run by Node as it is: imports name their `.ts` files.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { PageStager } from '../cli/search-staging-page.ts';
import type { StagedPages } from '../cli/search-staging.ts';

export type PrestageMessage = { file: string; html: string } | { done: true };
/** What the worker says: one more page done (`1`), or, after `done`, everything it staged. */
export type PrestageReply = 1 | StagedPages;

const { stagingDir, kept } = workerData as { stagingDir: string; kept: Record<string, string> };
const stager = new PageStager(stagingDir, kept);
parentPort!.on('message', (message: PrestageMessage) => {
  if ('done' in message) {
    // The build terminates the worker once it has this.
    parentPort!.postMessage(stager.result);
  } else {
    stager.stage(message.file, message.html);
    parentPort!.postMessage(1 satisfies PrestageReply);
  }
});
