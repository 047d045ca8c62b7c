/**
 * The pages the search index reads, copied into a folder beside the site with
 * their words spaced (src/lib/word-spacing.ts). Cutting Chinese into words
 * costs about a microsecond a character, so it runs in worker threads: during
 * `astro build`, one worker takes each searchable page as it is rendered
 * (`startPageCopies`, on the core the rendering leaves idle); the index step
 * uses those copies, or copies a built site itself with a worker per core
 * (`stageSearchPages`).
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { pageFile } from '../lib/page-copier';

export interface StagingJob {
  stagingDir: string;
  siteDir?: string;
  /** Paths of built pages, relative to `siteDir`; without them the worker takes pages as messages. */
  files?: string[];
}

/** Where the copies of a site's searchable pages go: `dist` → `.search-pages-dist` beside it. */
export const copiesDirFor = (siteDir: string): string => join(dirname(siteDir), `.search-pages-${basename(siteDir)}`);

/** Written into the copies folder when a build has copied every searchable page. */
export const COPIES_DONE = '.copies-done';

const startWorker = (job: StagingJob) => new Worker(new URL('./search-staging-boot.mjs', import.meta.url), { workerData: job });

/** Every built page except Pagefind's own output, relative to the site folder. */
function builtPages(siteDir: string): string[] {
  return readdirSync(siteDir, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.html') && !path.startsWith('pagefind/'));
}

function runWorker(job: StagingJob, started: Worker[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const worker = startWorker(job);
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

/**
 * Copies pages while a build renders them: `copy` is given every rendered
 * page and keeps the searchable ones; `finish` waits for the worker and marks
 * the folder complete — only if it saw as many pages as the build made, so a
 * page that went past it can never go missing from the index.
 */
export function startPageCopies(siteDir: string): { copy(pathname: string, html: string): void; finish(builtPages: number): Promise<number> } {
  const stagingDir = copiesDirFor(siteDir);
  rmSync(stagingDir, { recursive: true, force: true });
  mkdirSync(stagingDir, { recursive: true });
  const worker = startWorker({ stagingDir });
  let failure: unknown;
  worker.once('error', (error) => (failure = error));
  const copied = new Promise<number>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('exit', (code) => reject(failure ?? new Error(`搜索副本线程提前退出（代码 ${code}）`)));
  });
  let seen = 0;
  return {
    copy(pathname, html) {
      seen++;
      if (html.includes('data-pagefind-body')) worker.postMessage({ file: pageFile(pathname), html });
    },
    async finish(builtPages) {
      worker.postMessage(null);
      const count = await copied;
      if (seen !== builtPages) throw new Error(`看到 ${seen} 个页面，网站有 ${builtPages} 个`);
      writeFileSync(join(stagingDir, COPIES_DONE), `${count}\n`);
      return count;
    },
  };
}
