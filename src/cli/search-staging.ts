/**
 * The pages the search index reads, copied into a temporary folder beside the
 * site with their words spaced (src/lib/word-spacing.ts). Cutting Chinese into words costs
 * about a microsecond a character, so the pages are shared out among worker
 * threads, one per core: nothing else runs while the index is built.
 */
import { readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

export interface StagingJob {
  siteDir: string;
  stagingDir: string;
  /** Paths of built pages, relative to `siteDir`. */
  files: string[];
}

/** Every built page except Pagefind's own output, relative to the site folder. */
function builtPages(siteDir: string): string[] {
  return readdirSync(siteDir, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.html') && !path.startsWith('pagefind/'));
}

function runWorker(job: StagingJob, started: Worker[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./search-staging-worker.ts', import.meta.url), { workerData: job });
    started.push(worker);
    worker.once('message', (staged: number) => resolve(staged));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`搜索索引的分词线程异常退出（代码 ${code}）`));
    });
  });
}

/** Copies the searchable pages of `siteDir` into `stagingDir`, words spaced; returns how many. */
export async function stageSearchPages(siteDir: string, stagingDir: string): Promise<number> {
  const pages = builtPages(siteDir);
  const workers = Math.max(1, Math.min(availableParallelism(), 4, pages.length));
  const shares = Array.from({ length: workers }, (_, w) => pages.filter((_, i) => i % workers === w));
  const started: Worker[] = [];
  try {
    const counts = await Promise.all(shares.map((files) => runWorker({ siteDir, stagingDir, files }, started)));
    return counts.reduce((sum, n) => sum + n, 0);
  } catch (error) {
    // Stop the others before the caller removes the folder they write into.
    await Promise.all(started.map((worker) => worker.terminate()));
    throw error;
  }
}
