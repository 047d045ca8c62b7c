/**
 * The build's staging worker (search-prestage.ts): each page Astro renders
 * arrives as a message and is cut into words here, on the core the renderer
 * leaves idle. Run by Node as it is: imports name their `.ts` files.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { PageStager } from '../cli/search-staging-page.ts';

export type PrestageMessage = { file: string; html: string } | { done: true };

const { stagingDir, kept } = workerData as { stagingDir: string; kept: Record<string, string> };
const stager = new PageStager(stagingDir, kept);
parentPort!.on('message', (message: PrestageMessage) => {
  if ('done' in message) {
    parentPort!.postMessage(stager.result);
    parentPort!.close();
  } else {
    stager.stage(message.file, message.html);
  }
});
