/**
 * Build hook: the search index step (src/cli/search-index.ts) reads copies of
 * the pages with their Chinese cut into words (search-staging.ts), seconds of
 * work at a few thousand pages. Astro renders on one core and leaves the other
 * mostly idle, so the copies are made here instead, in a worker thread, from
 * each page as it is rendered (docs/performance.md, round 7). The index step
 * then finds them current and only checks them. Nothing depends on this: a page
 * the worker missed, or saw otherwise than it was written, is cut by the index
 * step as before.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { pagefindVersion } from '../cli/pagefind-command';
import { openSearchCache, type SearchCache } from '../cli/search-cache';
import { addCutBeforeIndex, keepCopies, takeKeptCopies, type StagedPages } from '../cli/search-staging';
import { PRESTAGE, type Prestage } from './search-prestage-hand';
import type { PrestageMessage, PrestageReply } from './search-prestage-worker';

/** `/notices/x/` → `notices/x/index.html`, `/404` → `404.html`: where a directory-format build writes a page. */
export function builtPageFile(pathname: string): string {
  const path = decodeURIComponent(pathname).replace(/^\/+/, '');
  return path === '' || path.endsWith('/') ? `${path}index.html` : `${path}.html`;
}

interface Run {
  cache: SearchCache;
  worker: Worker;
  queue: PageQueue;
  /** Set while the end of the build waits for the worker's result. */
  result?: (staged: StagedPages) => void;
  failed?: unknown;
}

/** Pages sent at most; past it the renderer waits, so a worker that falls behind never holds the whole site in memory. */
const MAX_WAITING = 256;

/** Far more than cutting needs (a page at a time); what a worker that kept its garbage grew to at 20 000 entries, it no longer can. */
const WORKER_HEAP_MB = 256;

/** Counts pages sent to the worker and not yet cut, and holds back the renderer while too many wait. */
class PageQueue {
  private waiting = 0;
  private held: Array<() => void> = [];

  add(): Promise<void> | undefined {
    this.waiting++;
    return this.waiting <= MAX_WAITING ? undefined : new Promise((resume) => this.held.push(resume));
  }

  done(): void {
    this.waiting--;
    if (this.waiting <= MAX_WAITING) this.held.shift()?.();
  }

  /** The worker stopped: nothing is held back any more. */
  release(): void {
    for (const resume of this.held.splice(0)) resume();
  }
}

const hand = globalThis as { [PRESTAGE]?: Prestage };

export function searchPrestage(): AstroIntegration {
  let outDir: string | undefined;
  let run: Run | undefined;
  return {
    name: 'search-prestage',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware }) => {
        if (command === 'build') addMiddleware({ entrypoint: new URL('./search-prestage-middleware.ts', import.meta.url), order: 'post' });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': ({ logger }) => {
        if (!outDir) return;
        let cache: SearchCache;
        try {
          cache = openSearchCache(outDir, pagefindVersion());
        } catch (error) {
          // The index step says the same, and stops, if it still holds then.
          logger.warn(`搜索索引不在生成页面时预先分词：${error instanceof Error ? error.message : String(error)}`);
          return;
        }
        const kept = takeKeptCopies(cache.pages);
        const worker = new Worker(new URL('./search-prestage-worker.ts', import.meta.url), {
          workerData: { stagingDir: cache.pages, kept },
          // It holds one page at a time: collected early, its heap stays small beside the build's at 20 000 entries.
          resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
        });
        // A build that fails must still exit; the worker is waited for only at the end of one that succeeds.
        worker.unref();
        const started: Run = { cache, worker, queue: new PageQueue() };
        const stop = (error: unknown) => {
          started.failed ??= error;
          delete hand[PRESTAGE];
          started.queue.release();
        };
        worker.on('error', stop);
        worker.on('exit', (code) => stop(new Error(`分词线程退出（代码 ${code}）`)));
        worker.on('message', (reply: PrestageReply) => {
          if (reply === 1) started.queue.done();
          else started.result?.(reply);
        });
        run = started;
        hand[PRESTAGE] = (pathname, html) => {
          worker.postMessage({ file: builtPageFile(pathname), html } satisfies PrestageMessage);
          return started.queue.add();
        };
      },
      'astro:build:done': async ({ logger }) => {
        delete hand[PRESTAGE];
        if (!run) return;
        const current = run;
        run = undefined;
        const { cache, worker } = current;
        try {
          if (!current.failed) {
            worker.ref();
            const staged = await new Promise<StagedPages>((resolve, reject) => {
              current.result = resolve;
              worker.once('exit', () => reject(current.failed ?? new Error('分词线程提前退出')));
              worker.postMessage({ done: true } satisfies PrestageMessage);
            });
            keepCopies(cache.pages, staged.hashes);
            addCutBeforeIndex(cache.pages, staged.cut);
          }
        } catch (error) {
          current.failed ??= error;
        } finally {
          if (current.failed) logger.warn(`搜索索引的预先分词没有完成，索引步骤会重新分词（较慢，但结果一样）：${String(current.failed)}`);
          worker.removeAllListeners('exit');
          await worker.terminate();
          cache.release();
        }
      },
    },
  };
}
